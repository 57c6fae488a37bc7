package gxq.common.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdTest {

    /*
     * Hand-computed check digits. Weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, table "10X98765432"[sum % 11].
     *
     * 11010519491231002X: digits 1 1 0 1 0 5 1 9 4 9 1 2 3 1 0 0 2
     *   7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 % 11 = 2 -> 'X'
     * 110101199003074477: digits 1 1 0 1 0 1 1 9 9 0 0 3 0 7 4 4 7
     *   7+9+0+5+0+4+2+9+54+0+0+27+0+35+32+16+14 = 214; 214 % 11 = 5 -> '7'
     * 440304200002291236: digits 4 4 0 3 0 4 2 0 0 0 0 2 2 9 1 2 3
     *   28+36+0+15+0+16+4+0+0+0+0+18+20+45+8+8+6 = 204; 204 % 11 = 6 -> '6'
     */
    @Test
    void handComputedNumbersAreValid() {
        assertThat(ResidentId.isValid("11010519491231002X")).isTrue();
        assertThat(ResidentId.isValid("110101199003074477")).isTrue();
        assertThat(ResidentId.isValid("440304200002291236")).isTrue();
        assertThat(ResidentId.checkDigit("11010519491231002")).isEqualTo('X');
        assertThat(ResidentId.checkDigit("11010119900307447")).isEqualTo('7');
        assertThat(ResidentId.checkDigit("44030420000229123")).isEqualTo('6');
        assertThat(ResidentId.problem("11010519491231002X")).isEmpty();
    }

    @Test
    void birthDateAndGender() {
        assertThat(ResidentId.birthDate("11010519491231002X")).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(ResidentId.gender("11010519491231002X")).isEqualTo('F'); // 17th digit 2
        assertThat(ResidentId.birthDate("110101199003074477")).isEqualTo(LocalDate.of(1990, 3, 7));
        assertThat(ResidentId.gender("110101199003074477")).isEqualTo('M'); // 17th digit 7
        assertThat(ResidentId.birthDate("440304200002291236")).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(ResidentId.gender("440304200002291236")).isEqualTo('M'); // 17th digit 3
    }

    @ParameterizedTest
    @CsvSource({
            // each has a correct check digit, so only the named rule fails
            "990105194912310023, gxq.validation.idNumber.region",     // 99 is no province
            "100105194912310028, gxq.validation.idNumber.region",     // 10 is no province
            "110105194913310021, gxq.validation.idNumber.birthDate",  // month 13
            "110105190002290017, gxq.validation.idNumber.birthDate",  // 1900 is not a leap year
            "110105189912310023, gxq.validation.idNumber.birthDate",  // before 1900
            "110105209901010012, gxq.validation.idNumber.birthDate",  // in the future
            "110105194912310021, gxq.validation.idNumber.checkDigit",
            "110105194912310020, gxq.validation.idNumber.checkDigit",
            "11010519491231032X, gxq.validation.idNumber.checkDigit", // 16th digit changed
    })
    void problemNamesTheFailingRule(String id, String key) {
        assertThat(ResidentId.problem(id)).hasValue(key);
        assertThat(ResidentId.isValid(id)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "11010519491231002",      // 17 chars
            "11010519491231002XX",    // 19 chars
            "11010519491231002x",     // lower-case x: normalize first
            "1101051949123100X2",     // X not last
            "11010519491231002A",
            " 11010519491231002X",    // untrimmed
            "110105491231002",        // old 15-digit number
            "１10105194912310023"      // full-width digit
    })
    void malformedNumbersAreFormatProblems(String id) {
        assertThat(ResidentId.problem(id)).hasValue(ResidentId.PROBLEM_FORMAT);
        assertThat(ResidentId.isValid(id)).isFalse();
    }

    @Test
    void boundaries() {
        // 1900-01-01 is the earliest accepted date
        assertThat(ResidentId.problem("11010519000101001X")).isEmpty();
        // born "tomorrow" is rejected, born today accepted
        assertThat(ResidentId.problem("440304200002291236", LocalDate.of(2000, 2, 28)))
                .hasValue(ResidentId.PROBLEM_BIRTH_DATE);
        assertThat(ResidentId.problem("440304200002291236", LocalDate.of(2000, 2, 29))).isEmpty();
        // Taiwan, Hong Kong, Macao and residence-permit prefixes
        for (String prefix : new String[] {"71", "81", "82", "83"}) {
            assertThat(ResidentId.isValid(ResidentId.complete(prefix + "000019900101001"))).isTrue();
        }
    }

    @Test
    void everyProvinceCode() {
        Set<String> provinces = Set.of(("11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 "
                + "50 51 52 53 54 61 62 63 64 65 71 81 82 83").split(" "));
        for (int code = 0; code <= 99; code++) {
            String first17 = String.format("%02d", code) + "010519800101001";
            String id = first17 + ResidentId.checkDigit(first17);
            assertThat(ResidentId.isValid(id)).as(id).isEqualTo(provinces.contains(first17.substring(0, 2)));
        }
    }

    @Test
    void normalizeTrimsAndUpperCasesX() {
        assertThat(ResidentId.normalize(" 11010519491231002x ")).isEqualTo("11010519491231002X");
        assertThat(ResidentId.isValid(ResidentId.normalize("11010519491231002x"))).isTrue();
        assertThat(ResidentId.normalize(null)).isNull();
    }

    @Test
    void completeAppendsTheCheckDigit() {
        assertThat(ResidentId.complete("11010519491231002")).isEqualTo("11010519491231002X");
        assertThatIllegalArgumentException().isThrownBy(() -> ResidentId.complete("99010519491231002"));
        assertThatIllegalArgumentException().isThrownBy(() -> ResidentId.complete("11010519491331002"));
    }

    @Test
    void badInputIsRejectedWithoutEchoingTheNumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> ResidentId.checkDigit(null));
        assertThatIllegalArgumentException().isThrownBy(() -> ResidentId.checkDigit("1101051949123100"));
        assertThatIllegalArgumentException().isThrownBy(() -> ResidentId.checkDigit("1101051949123100X"));
        assertThatIllegalArgumentException().isThrownBy(() -> ResidentId.birthDate("110105194912310021"))
                .withMessageNotContaining("110105194912310021");
        assertThatIllegalArgumentException().isThrownBy(() -> ResidentId.gender("11010519491231002x"));
        assertThatIllegalArgumentException().isThrownBy(() -> ResidentId.gender(null));
    }
}
