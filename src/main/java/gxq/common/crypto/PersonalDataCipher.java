package gxq.common.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal identifiers (ID numbers, phone numbers) at rest with AES-256-GCM and derives an
 * HMAC-SHA256 lookup hash so an encrypted column can be searched by equality.
 *
 * <p>Stored form: {@code "v1:" + base64(12-byte random IV || ciphertext || 16-byte tag)}.
 * Thread-safe: {@link Cipher} and {@link Mac} instances are created per call (cheap compared to the I/O around
 * them). Exception messages never contain key material or plaintext.
 */
public final class PersonalDataCipher {

    private static final String PREFIX = "v1:";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final String HMAC = "HmacSHA256";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey dataKey;
    private final SecretKey hashKey;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param dataKey32 32-byte AES key for {@link #encrypt}/{@link #decrypt}
     * @param hashKey32 32-byte HMAC key for {@link #lookupHash}; should differ from the data key
     * @throws IllegalArgumentException if either key is not 32 bytes
     */
    public PersonalDataCipher(byte[] dataKey32, byte[] hashKey32) {
        this.dataKey = new SecretKeySpec(requireKey(dataKey32, "data key"), "AES");
        this.hashKey = new SecretKeySpec(requireKey(hashKey32, "hash key"), HMAC);
    }

    private static byte[] requireKey(byte[] key, String name) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException(
                    "The " + name + " must be " + KEY_BYTES + " bytes, got " + (key == null ? "null" : key.length));
        }
        return key; // SecretKeySpec copies the array
    }

    /** Encrypts {@code plain} with a fresh random IV; {@code null} stays {@code null}. */
    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] input = plain.getBytes(StandardCharsets.UTF_8);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] out = new byte[IV_BYTES + cipher.getOutputSize(input.length)];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            cipher.doFinal(input, 0, input.length, out, IV_BYTES); // exact size for GCM encryption
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Personal data could not be encrypted (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * Decrypts a value produced by {@link #encrypt}; {@code null} stays {@code null}.
     *
     * @throws IllegalStateException if the value is malformed, was tampered with, or was encrypted with another key
     */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("Personal data is not in the expected encrypted format (missing \"v1:\" prefix)");
        }
        byte[] data;
        try {
            data = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Personal data is not in the expected encrypted format (invalid base64)");
        }
        if (data.length < IV_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("Personal data is not in the expected encrypted format (too short)");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, data, 0, IV_BYTES));
            byte[] plain = cipher.doFinal(data, IV_BYTES, data.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException(
                    "Personal data could not be decrypted: integrity check failed (data tampered with or wrong data key)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Personal data could not be decrypted (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * Lower-case hex HMAC-SHA256 (64 chars) of the UTF-8 bytes of {@code normalizedPlain}, for equality search.
     * Normalize first (e.g. {@code ResidentId.normalize}) so equal identifiers hash equally; {@code null} stays
     * {@code null}.
     */
    public String lookupHash(String normalizedPlain) {
        if (normalizedPlain == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(hashKey);
            return HexFormat.of().formatHex(mac.doFinal(normalizedPlain.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Lookup hash could not be computed (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * A 32-byte secret for another purpose (e.g. the health-code subject pseudonyms), derived from the hash key and a
     * fixed {@code label}: SHA-256 of the hex {@link #lookupHash} of the label. Stable across restarts; a different
     * label gives an unrelated key, so no further key has to be managed.
     */
    public byte[] deriveKey(String label) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256")
                    .digest(lookupHash(label).getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "PersonalDataCipher[AES-256-GCM, HMAC-SHA256]";
    }
}
