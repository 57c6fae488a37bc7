package gxq.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "13812345678        | 13812345678",
            "' 13812345678 '    | 13812345678",
            "138 1234 5678      | 13812345678",
            "138-1234-5678      | 13812345678",
            "+86 138 1234 5678  | 13812345678",
            "+86-13812345678    | 13812345678",
            "+8613812345678     | 13812345678",
            "8613812345678      | 13812345678",
            "86 138 1234 5678   | 13812345678",
            "138　1234　5678     | 13812345678",   // full-width spaces
            "86138              | 86138",          // 86 only stripped from 13 digits
            "861381234567       | 861381234567",
    })
    void normalize(String input, String expected) {
        assertThat(MobileNumber.normalize(input)).isEqualTo(expected);
    }

    @Test
    void normalizeKeepsNull() {
        assertThat(MobileNumber.normalize(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "14512345678", "15012345678", "16612345678", "17712345678",
            "18812345678", "19912345678"})
    void validNumbers(String number) {
        assertThat(MobileNumber.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12812345678", "10812345678", "23812345678", "1381234567", "138123456789",
            "138 1234 5678", "+8613812345678", "1381234567a", "１3812345678"})
    void invalidNumbers(String number) {
        assertThat(MobileNumber.isValid(number)).isFalse();
    }

    @Test
    void normalizedInputValidates() {
        assertThat(MobileNumber.isValid(MobileNumber.normalize("+86 138-1234-5678"))).isTrue();
        assertThat(MobileNumber.isValid(MobileNumber.normalize("8613812345678"))).isTrue();
    }
}
