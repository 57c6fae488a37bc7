package gxq.health.code;

import java.nio.charset.StandardCharsets;

/**
 * Base45 as specified by RFC 9285: two bytes become three characters of the QR alphanumeric alphabet, a trailing
 * single byte becomes two. Decoding is strict: characters outside the alphabet, a length of 1 modulo 3, and
 * groups whose value exceeds 65535 (or 255 for a trailing pair) are rejected.
 */
final class Base45 {

    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    private static final byte[] ENCODE = ALPHABET.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DECODE = new byte[128];

    static {
        java.util.Arrays.fill(DECODE, (byte) -1);
        for (int i = 0; i < ENCODE.length; i++) {
            DECODE[ENCODE[i]] = (byte) i;
        }
    }

    private Base45() {
    }

    static String encode(byte[] data) {
        byte[] out = new byte[data.length / 2 * 3 + (data.length % 2) * 2];
        int o = 0;
        int i = 0;
        for (; i + 1 < data.length; i += 2) {
            int n = ((data[i] & 0xff) << 8) | (data[i + 1] & 0xff);
            out[o++] = ENCODE[n % 45];
            n /= 45;
            out[o++] = ENCODE[n % 45];
            out[o++] = ENCODE[n / 45];
        }
        if (i < data.length) {
            int n = data[i] & 0xff;
            out[o++] = ENCODE[n % 45];
            out[o] = ENCODE[n / 45];
        }
        return new String(out, StandardCharsets.US_ASCII);
    }

    /** Decodes {@code text[from, text.length())}. @throws IllegalArgumentException if it is not valid Base45 */
    static byte[] decode(CharSequence text, int from) {
        int length = text.length() - from;
        if (length < 0 || length % 3 == 1) {
            throw new IllegalArgumentException("Base45 length " + length + " is invalid");
        }
        byte[] out = new byte[length / 3 * 2 + (length % 3 == 2 ? 1 : 0)];
        int o = 0;
        int i = from;
        int end = text.length();
        for (; i + 2 < end; i += 3) {
            int n = digit(text.charAt(i)) + digit(text.charAt(i + 1)) * 45 + digit(text.charAt(i + 2)) * 2025;
            if (n > 0xffff) {
                throw new IllegalArgumentException("Base45 group at " + (i - from) + " exceeds 65535");
            }
            out[o++] = (byte) (n >> 8);
            out[o++] = (byte) n;
        }
        if (i < end) {
            int n = digit(text.charAt(i)) + digit(text.charAt(i + 1)) * 45;
            if (n > 0xff) {
                throw new IllegalArgumentException("Base45 trailing pair exceeds 255");
            }
            out[o] = (byte) n;
        }
        return out;
    }

    private static int digit(char c) {
        int d = c < 128 ? DECODE[c] : -1;
        if (d < 0) {
            throw new IllegalArgumentException("Not a Base45 character: U+" + Integer.toHexString(c));
        }
        return d;
    }
}
