package gxq.common.validation;

import java.util.regex.Pattern;

/**
 * Mainland China mobile numbers (11 digits, {@code 1[3-9]xxxxxxxxx}).
 *
 * <p>{@link #isValid(String)} is strict (canonical 11-digit form only); call {@link #normalize(String)} on user
 * input first.
 */
public final class MobileNumber {

    private static final Pattern CANONICAL = Pattern.compile("^1[3-9]\\d{9}$");
    // whitespace (incl. full-width space) and ASCII / full-width dashes
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000\\-\\uFF0D]+");
    private static final Pattern WITH_86 = Pattern.compile("^86\\d{11}$");

    private MobileNumber() {
    }

    /**
     * Removes spaces and dashes and a leading {@code +86} (or {@code 86} when 13 digits remain);
     * {@code null} stays {@code null}. Does not validate.
     */
    public static String normalize(String number) {
        if (number == null) {
            return null;
        }
        String n = SEPARATORS.matcher(number).replaceAll("");
        if (n.startsWith("+86")) {
            return n.substring(3);
        }
        if (WITH_86.matcher(n).matches()) {
            return n.substring(2);
        }
        return n;
    }

    /** {@code true} if {@code number} is exactly {@code ^1[3-9]\d{9}$} (null-safe). */
    public static boolean isValid(String number) {
        return number != null && CANONICAL.matcher(number).matches();
    }
}
