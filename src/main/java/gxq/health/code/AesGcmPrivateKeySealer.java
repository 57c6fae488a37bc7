package gxq.health.code;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@link PrivateKeySealer} with AES-256-GCM: blob = 0x01 || 12-byte random IV || ciphertext || 16-byte tag, with
 * additional authenticated data "gxq/health/signing-key/v1" || kid.
 */
public final class AesGcmPrivateKeySealer implements PrivateKeySealer {

    private static final byte VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final byte[] AAD_PREFIX = "gxq/health/signing-key/v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    /** @param key32 a 32-byte AES key, kept outside the database (configuration or a KMS) */
    public AesGcmPrivateKeySealer(byte[] key32) {
        if (key32 == null || key32.length != 32) {
            throw new IllegalArgumentException("The sealing key must have 32 bytes");
        }
        this.key = new SecretKeySpec(key32, "AES");
    }

    @Override
    public byte[] seal(byte[] privateKey, KeyId keyId) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = init(Cipher.ENCRYPT_MODE, iv, keyId);
            byte[] out = new byte[1 + IV_BYTES + cipher.getOutputSize(privateKey.length)];
            out[0] = VERSION;
            System.arraycopy(iv, 0, out, 1, IV_BYTES);
            cipher.doFinal(privateKey, 0, privateKey.length, out, 1 + IV_BYTES);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing key could not be sealed (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    @Override
    public byte[] open(byte[] sealed, KeyId keyId) {
        if (sealed == null || sealed.length < 1 + IV_BYTES + 16 || sealed[0] != VERSION) {
            throw new IllegalStateException("Not a sealed signing key");
        }
        try {
            Cipher cipher = init(Cipher.DECRYPT_MODE, Arrays.copyOfRange(sealed, 1, 1 + IV_BYTES), keyId);
            return cipher.doFinal(sealed, 1 + IV_BYTES, sealed.length - 1 - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing key " + keyId + " could not be opened (altered, or another sealing key)");
        }
    }

    private Cipher init(int mode, byte[] iv, KeyId keyId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(128, iv));
        cipher.updateAAD(AAD_PREFIX);
        cipher.updateAAD(keyId.bytes());
        return cipher;
    }
}
