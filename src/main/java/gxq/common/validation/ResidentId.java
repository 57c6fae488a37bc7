package gxq.common.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * 居民身份证号码 (18-digit resident identity number) per GB 11643-1999.
 *
 * <p>Checks are strict: the number must already be trimmed with an upper-case {@code X}. Call
 * {@link #normalize(String)} on user input first. Exception messages never contain the number itself.
 */
public final class ResidentId {

    /** Message key: not 17 digits followed by a digit or X. */
    public static final String PROBLEM_FORMAT = "gxq.validation.idNumber.format";
    /** Message key: the 18th character does not match. */
    public static final String PROBLEM_CHECK_DIGIT = "gxq.validation.idNumber.checkDigit";
    /** Message key: digits 7-14 are not a plausible birth date. */
    public static final String PROBLEM_BIRTH_DATE = "gxq.validation.idNumber.birthDate";
    /** Message key: the first two digits are not a province-level region code. */
    public static final String PROBLEM_REGION = "gxq.validation.idNumber.region";

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_TABLE = "10X98765432";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int MIN_YEAR = 1900;

    private ResidentId() {
    }

    /** Trims and upper-cases a trailing {@code x}; {@code null} stays {@code null}. */
    public static String normalize(String idNumber) {
        return idNumber == null ? null : idNumber.strip().toUpperCase(Locale.ROOT);
    }

    /** {@code true} if {@code idNumber} is valid in format, region, birth date and check digit (null-safe). */
    public static boolean isValid(String idNumber) {
        return problem(idNumber).isEmpty();
    }

    /**
     * The message key describing the first problem found (format, region, birth date, check digit in that
     * order), or empty when the number is valid. {@code null} yields {@link #PROBLEM_FORMAT}.
     */
    public static Optional<String> problem(String idNumber) {
        return problem(idNumber, LocalDate.now(CHINA));
    }

    static Optional<String> problem(String idNumber, LocalDate today) {
        if (!hasValidFormat(idNumber)) {
            return Optional.of(PROBLEM_FORMAT);
        }
        if (!isProvinceCode(Integer.parseInt(idNumber, 0, 2, 10))) {
            return Optional.of(PROBLEM_REGION);
        }
        LocalDate birth = parseBirthDate(idNumber);
        if (birth == null || birth.getYear() < MIN_YEAR || birth.isAfter(today)) {
            return Optional.of(PROBLEM_BIRTH_DATE);
        }
        if (idNumber.charAt(17) != checkDigit(idNumber.substring(0, 17))) {
            return Optional.of(PROBLEM_CHECK_DIGIT);
        }
        return Optional.empty();
    }

    /**
     * Computes the 18th character ({@code 0-9} or {@code X}) for the first 17 digits.
     *
     * @throws IllegalArgumentException if {@code first17} is not exactly 17 digits
     */
    public static char checkDigit(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("Expected the first 17 digits of a resident ID number");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("Character " + (i + 1) + " of a resident ID number must be a digit");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK_TABLE.charAt(sum % 11);
    }

    /**
     * Appends the check digit, e.g. for demo data.
     *
     * @throws IllegalArgumentException if the result would not be valid (format, region or birth date)
     */
    public static String complete(String first17) {
        String id = first17 + checkDigit(first17);
        problem(id).ifPresent(key -> {
            throw new IllegalArgumentException("Cannot complete resident ID number: " + key);
        });
        return id;
    }

    /**
     * The birth date encoded in digits 7-14.
     *
     * @throws IllegalArgumentException if {@code validId} is not {@linkplain #isValid(String) valid}
     */
    public static LocalDate birthDate(String validId) {
        requireValid(validId);
        return parseBirthDate(validId);
    }

    /**
     * {@code 'M'} if the 17th digit is odd, otherwise {@code 'F'}.
     *
     * @throws IllegalArgumentException if {@code validId} is not {@linkplain #isValid(String) valid}
     */
    public static char gender(String validId) {
        requireValid(validId);
        return (validId.charAt(16) - '0') % 2 == 1 ? 'M' : 'F';
    }

    private static void requireValid(String id) {
        Optional<String> problem = problem(id);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("Not a valid resident ID number: " + problem.get());
        }
    }

    private static boolean hasValidFormat(String id) {
        if (id == null || id.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        char last = id.charAt(17);
        return (last >= '0' && last <= '9') || last == 'X';
    }

    // 11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71 (台湾), 81 (香港), 82 (澳门), 83 (港澳台居民居住证)
    private static boolean isProvinceCode(int code) {
        return (code >= 11 && code <= 15)
                || (code >= 21 && code <= 23)
                || (code >= 31 && code <= 37)
                || (code >= 41 && code <= 46)
                || (code >= 50 && code <= 54)
                || (code >= 61 && code <= 65)
                || code == 71 || code == 81 || code == 82 || code == 83;
    }

    /** Digits 7-14 as a date, or {@code null} if they are not a calendar date. Expects a well-formed id. */
    private static LocalDate parseBirthDate(String id) {
        try {
            return LocalDate.of(
                    Integer.parseInt(id, 6, 10, 10),
                    Integer.parseInt(id, 10, 12, 10),
                    Integer.parseInt(id, 12, 14, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
