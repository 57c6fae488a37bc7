package gxq.common.validation;

import java.util.Locale;
import java.util.Optional;

/**
 * 统一社会信用代码 (Unified Social Credit Code) per GB 32100-2015.
 *
 * <p>Checks are strict: the code must already be trimmed and upper-case. Call {@link #normalize(String)}
 * on user input first.
 */
public final class Uscc {

    /** Message key: wrong length, characters or area code. */
    public static final String PROBLEM_FORMAT = "gxq.validation.uscc.format";
    /** Message key: well-formed, but the 18th character does not match. */
    public static final String PROBLEM_CHECK_CHARACTER = "gxq.validation.uscc.checkCharacter";

    /** The 31 code characters; a character's index is its numeric value (no I, O, Z, S, V). */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int LENGTH = 18;

    private Uscc() {
    }

    /** Trims and upper-cases; {@code null} stays {@code null}. */
    public static String normalize(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /** {@code true} if {@code code} is a well-formed code with a correct check character (null-safe). */
    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }

    /**
     * The message key describing what is wrong with {@code code}, or empty when it is valid.
     * {@code null} yields {@link #PROBLEM_FORMAT}.
     */
    public static Optional<String> problem(String code) {
        if (!hasValidFormat(code)) {
            return Optional.of(PROBLEM_FORMAT);
        }
        if (code.charAt(17) != checkCharacter(code.substring(0, 17))) {
            return Optional.of(PROBLEM_CHECK_CHARACTER);
        }
        return Optional.empty();
    }

    /**
     * Computes the 18th (check) character for the first 17 characters of a code.
     *
     * @throws IllegalArgumentException if {@code first17} is not 17 characters from the code alphabet
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("Expected the first 17 characters of a USCC");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("Character " + (i + 1) + " is not allowed in a USCC");
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /**
     * Appends the check character, e.g. for demo data.
     *
     * @throws IllegalArgumentException if the result would not be a valid code (bad characters or area code)
     */
    public static String complete(String first17) {
        String code = first17 + checkCharacter(first17);
        if (!hasValidFormat(code)) {
            throw new IllegalArgumentException("Characters 3-8 of a USCC must be a numeric area code");
        }
        return code;
    }

    private static boolean hasValidFormat(String code) {
        if (code == null || code.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = code.charAt(i);
            if (ALPHABET.indexOf(c) < 0) {
                return false;
            }
            // characters 3-8: 登记管理机关行政区划码
            if (i >= 2 && i <= 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }
}
