package gxq.common.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MasksTest {

    @Test
    void idNumber() {
        assertThat(Masks.idNumber("11010519491231002X")).isEqualTo("110***********002X");
        assertThat(Masks.idNumber(" 11010519491231002X ")).isEqualTo("110***********002X");
        assertThat(Masks.idNumber("110105491231002")).isEqualTo("110********1002"); // old 15-digit
        assertThat(Masks.idNumber("12345678")).isEqualTo("123*5678");
        assertThat(Masks.idNumber("1234567")).isEqualTo("*******");
        assertThat(Masks.idNumber("12")).isEqualTo("**");
        assertThat(Masks.idNumber("")).isEmpty();
        assertThat(Masks.idNumber(null)).isEmpty();
    }

    @Test
    void phone() {
        assertThat(Masks.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masks.phone("12345")).isEqualTo("*****");
        assertThat(Masks.phone(null)).isEmpty();
        assertThat(Masks.phone("  ")).isEmpty();
    }

    @Test
    void name() {
        assertThat(Masks.name("张三")).isEqualTo("张*");
        assertThat(Masks.name("欧阳娜娜")).isEqualTo("欧***");
        assertThat(Masks.name("王")).isEqualTo("王");
        assertThat(Masks.name("阿卜杜拉·买买提")).isEqualTo("阿*******");
        assertThat(Masks.name("𠀀三")).isEqualTo("𠀀*"); // supplementary character counts once
        assertThat(Masks.name("李𠀀")).isEqualTo("李*");
        assertThat(Masks.name("")).isEmpty();
        assertThat(Masks.name(null)).isEmpty();
    }
}
