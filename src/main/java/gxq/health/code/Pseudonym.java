package gxq.health.code;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The pseudonymous subject of a health code: 16 bytes that say nothing about the person to anyone without the
 * server's secret (see {@link SubjectPseudonyms}). Never a name, ID number or phone number.
 */
public final class Pseudonym {

    public static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] bytes;

    private Pseudonym(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Pseudonym of(byte[] bytes) {
        if (bytes == null || bytes.length != LENGTH) {
            throw new IllegalArgumentException("A pseudonym has " + LENGTH + " bytes");
        }
        return new Pseudonym(bytes.clone());
    }

    /** 16 random bytes, for a subject that needs no stable mapping. */
    public static Pseudonym random() {
        byte[] b = new byte[LENGTH];
        RANDOM.nextBytes(b);
        return new Pseudonym(b);
    }

    /** Parses the 32-character lower-case hex form of {@link #toString()}. */
    public static Pseudonym parse(String hex) {
        return of(HexFormat.of().parseHex(hex));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pseudonym other && Arrays.equals(other.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Lower-case hex, suitable as a database lookup column. */
    @Override
    public String toString() {
        return HexFormat.of().formatHex(bytes);
    }
}
