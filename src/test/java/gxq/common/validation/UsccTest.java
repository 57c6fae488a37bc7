package gxq.common.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

    /*
     * Hand-computed check characters. Alphabet values: 0-9 = 0-9, A=10 B=11 C=12 D=13 E=14 F=15 G=16 H=17 J=18
     * K=19 L=20 M=21 N=22 P=23 Q=24 R=25 T=26 U=27 W=28 X=29 Y=30.
     * Weights:                   1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28
     *
     * 91110000802100433B: chars  9 1 1 1  0  0  0  0  8  0  2  1 0  0  4  3  3
     *   products 9+3+9+27+0+0+0+0+160+0+50+13+0+0+40+90+84 = 485; 485 % 31 = 20; 31-20 = 11 -> 'B'
     * 91350100M000100Y43: chars  9 1 3 5  0  1  0  0 M=21 0 0 0 1 0 0 Y=30 4
     *   products 9+3+27+135+0+26+0+0+420+0+0+0+8+0+0+900+112 = 1640; 1640 % 31 = 28; 31-28 = 3 -> '3'
     * 91110108551385082Q: chars  9 1 1 1  0  1  0  8  5  5  1  3 8  5  0  8  2
     *   products 9+3+9+27+0+26+0+136+100+145+25+39+64+120+0+240+56 = 999; 999 % 31 = 7; 31-7 = 24 -> 'Q'
     */
    private static final String[] VALID = {"91110000802100433B", "91350100M000100Y43", "91110108551385082Q"};

    @Test
    void handComputedCodesAreValid() {
        for (String code : VALID) {
            assertThat(Uscc.isValid(code)).as(code).isTrue();
            assertThat(Uscc.problem(code)).as(code).isEmpty();
        }
        assertThat(Uscc.checkCharacter("91110000802100433")).isEqualTo('B');
        assertThat(Uscc.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(Uscc.checkCharacter("91110108551385082")).isEqualTo('Q');
    }

    @Test
    void checkCharacterZeroMapsToZero() {
        // sum 0 -> (31 - 0) % 31 = 0 -> '0' (not index 31)
        // "Y0000000000000000": 30*1 = 30 -> 31-30 = 1 -> '1'
        // "1U000000000000000": 1*1 + 27*3 = 82 = 2*31+20 -> 11 -> 'B'
        assertThat(Uscc.checkCharacter("00000000000000000")).isEqualTo('0');
        assertThat(Uscc.checkCharacter("Y0000000000000000")).isEqualTo('1');
        assertThat(Uscc.checkCharacter("1U000000000000000")).isEqualTo('B');
    }

    @Test
    void alteredCodesFailTheCheck() {
        assertThat(Uscc.problem("91110000802100433C")).hasValue(Uscc.PROBLEM_CHECK_CHARACTER);
        assertThat(Uscc.problem("91110000802100434B")).hasValue(Uscc.PROBLEM_CHECK_CHARACTER);
        assertThat(Uscc.problem("91350100M000100Y44")).hasValue(Uscc.PROBLEM_CHECK_CHARACTER);
        // adjacent transposition
        assertThat(Uscc.isValid("91110108553185082Q")).isFalse();
        assertThat(Uscc.isValid("19110000802100433B")).isFalse();
    }

    @Test
    void everySingleCharacterSubstitutionIsDetected() {
        for (String code : VALID) {
            for (int i = 0; i < 18; i++) {
                for (char c : Uscc.ALPHABET.toCharArray()) {
                    if (c == code.charAt(i)) {
                        continue;
                    }
                    String altered = code.substring(0, i) + c + code.substring(i + 1);
                    assertThat(Uscc.isValid(altered)).as(altered).isFalse();
                }
            }
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "91110000802100433",      // 17 chars
            "91110000802100433BB",    // 19 chars
            "91110000802100433b",     // lower case: normalize first
            " 91110000802100433B",    // untrimmed
            "9111000080210043IB",     // I not allowed
            "9111000080210043OB",     // O not allowed
            "9111000080210043ZB",     // Z not allowed
            "9111000080210043SB",     // S not allowed
            "9111000080210043VB",     // V not allowed
            "911A0000802100433B",     // area code (chars 3-8) must be digits
            "9111000080210043-B",
            "９1110000802100433B"      // full-width digit
    })
    void malformedCodesAreFormatProblems(String code) {
        assertThat(Uscc.isValid(code)).isFalse();
        assertThat(Uscc.problem(code)).hasValue(Uscc.PROBLEM_FORMAT);
    }

    @Test
    void normalizeTrimsAndUpperCases() {
        assertThat(Uscc.normalize("  91350100m000100y43\t")).isEqualTo("91350100M000100Y43");
        assertThat(Uscc.isValid(Uscc.normalize(" 91110000802100433b "))).isTrue();
        assertThat(Uscc.normalize(null)).isNull();
    }

    @Test
    void completeAppendsTheCheckCharacter() {
        assertThat(Uscc.complete("91110000802100433")).isEqualTo("91110000802100433B");
        String generated = Uscc.complete("92320505MA1XYW12A");
        assertThat(generated).hasSize(18);
        assertThat(Uscc.isValid(generated)).isTrue();
    }

    @Test
    void badInputIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Uscc.checkCharacter(null));
        assertThatIllegalArgumentException().isThrownBy(() -> Uscc.checkCharacter("9111000080210043"));
        assertThatIllegalArgumentException().isThrownBy(() -> Uscc.checkCharacter("91110000802100433B"));
        assertThatIllegalArgumentException().isThrownBy(() -> Uscc.checkCharacter("9111000080210043i"));
        assertThatIllegalArgumentException().isThrownBy(() -> Uscc.complete("911A0000802100433"));
    }
}
