package gxq.common.crypto;

/**
 * Masks personal data for display and logs. All methods are null-safe ({@code null} → {@code ""}), strip surrounding
 * whitespace, preserve the length (in characters, counting supplementary CJK characters once), and mask everything
 * when the value is too short to reveal parts safely.
 */
public final class Masks {

    private static final int MASK = '*';

    private Masks() {
    }

    /** {@code "11010519491231002X"} → {@code "110***********002X"} (first 3 and last 4 kept). */
    public static String idNumber(String idNumber) {
        return keepEnds(idNumber, 3, 4);
    }

    /** {@code "13812345678"} → {@code "138****5678"} (first 3 and last 4 kept). */
    public static String phone(String phone) {
        return keepEnds(phone, 3, 4);
    }

    /** {@code "张三"} → {@code "张*"}, {@code "欧阳娜娜"} → {@code "欧***"}; a single character is unchanged. */
    public static String name(String name) {
        return keepEnds(name, 1, 0);
    }

    private static String keepEnds(String value, int head, int tail) {
        if (value == null) {
            return "";
        }
        int[] cps = value.strip().codePoints().toArray();
        int n = cps.length;
        if (n <= 1 && tail == 0) {
            return new String(cps, 0, n); // single-character name
        }
        if (n <= head + tail) {
            head = 0;
            tail = 0;
        }
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(i < head || i >= n - tail ? cps[i] : MASK);
        }
        return sb.toString();
    }
}
