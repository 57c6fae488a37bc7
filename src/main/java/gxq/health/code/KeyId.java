package gxq.health.code;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Key id: the first 8 bytes of SHA-256 over the raw 32-byte Ed25519 public key (as the EU DCC derives its kid from
 * the certificate). Carried as an 8-byte CBOR byte string in the COSE protected header; written as unpadded
 * base64url text (11 characters) in JWKS, PEM comments and logs.
 */
public final class KeyId {

    public static final int LENGTH = 8;

    private final long value;

    private KeyId(long value) {
        this.value = value;
    }

    /** Derives the key id of a raw 32-byte Ed25519 public key. */
    public static KeyId ofPublicKey(byte[] rawPublicKey) {
        if (rawPublicKey == null || rawPublicKey.length != 32) {
            throw new IllegalArgumentException("An Ed25519 public key has 32 bytes");
        }
        try {
            return ofBytes(MessageDigest.getInstance("SHA-256").digest(rawPublicKey), 0);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The 8 bytes at {@code bytes[offset..offset+8)}. */
    public static KeyId ofBytes(byte[] bytes, int offset) {
        if (offset < 0 || bytes.length - offset < LENGTH) {
            throw new IllegalArgumentException("A key id has " + LENGTH + " bytes");
        }
        long v = 0;
        for (int i = 0; i < LENGTH; i++) {
            v = (v << 8) | (bytes[offset + i] & 0xff);
        }
        return new KeyId(v);
    }

    /** Parses the base64url form produced by {@link #toString()}. */
    public static KeyId parse(String text) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a base64url key id: " + text, e);
        }
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("A key id has " + LENGTH + " bytes: " + text);
        }
        return ofBytes(bytes, 0);
    }

    public byte[] bytes() {
        byte[] b = new byte[LENGTH];
        long v = value;
        for (int i = LENGTH - 1; i >= 0; i--) {
            b[i] = (byte) v;
            v >>>= 8;
        }
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyId other && other.value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    /** Unpadded base64url of the 8 bytes, e.g. {@code "q3Zb0p1xYcE"}. */
    @Override
    public String toString() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes());
    }
}
