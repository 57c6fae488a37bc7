package gxq.health.code;

import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * A trusted Ed25519 public key with its id and the instant from which it is no longer trusted ({@code null}: open).
 * The decoded curve point is computed once here, so a verification pays only for the signature check.
 */
public final class VerificationKey {

    /** DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410): SEQUENCE { SEQUENCE { OID 1.3.101.112 }, BIT STRING }. */
    private static final byte[] SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private final KeyId keyId;
    private final byte[] publicKey;
    private final Instant trustedUntil;
    private final Ed25519.PublicPoint point;

    private VerificationKey(KeyId keyId, byte[] publicKey, Instant trustedUntil, Ed25519.PublicPoint point) {
        this.keyId = keyId;
        this.publicKey = publicKey;
        this.trustedUntil = trustedUntil;
        this.point = point;
    }

    /**
     * @param rawPublicKey the 32-byte Ed25519 public key (RFC 8032 encoding, the JWK {@code x})
     * @throws IllegalArgumentException if it is not a valid point of the curve's prime-order subgroup
     */
    public static VerificationKey of(byte[] rawPublicKey, Instant trustedUntil) {
        if (rawPublicKey == null || rawPublicKey.length != Ed25519.PUBLIC_KEY_SIZE) {
            throw new IllegalArgumentException("An Ed25519 public key has 32 bytes");
        }
        byte[] copy = rawPublicKey.clone();
        Ed25519.PublicPoint point = Ed25519.validatePublicKeyFullExport(copy, 0);
        if (point == null) {
            throw new IllegalArgumentException("Not a valid Ed25519 public key");
        }
        return new VerificationKey(KeyId.ofPublicKey(copy), copy, trustedUntil, point);
    }

    public KeyId keyId() {
        return keyId;
    }

    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** When the key stops verifying, or {@code null} while it is the active signing key. */
    public Instant trustedUntil() {
        return trustedUntil;
    }

    public boolean trustedAt(Instant now) {
        return trustedUntil == null || now.isBefore(trustedUntil);
    }

    VerificationKey until(Instant newTrustedUntil) {
        return Objects.equals(newTrustedUntil, trustedUntil) ? this
                : new VerificationKey(keyId, publicKey, newTrustedUntil, point);
    }

    /** Pure Ed25519 (RFC 8032, no context, no prehash) over {@code message}. */
    boolean verify(byte[] signature, byte[] message) {
        return signature.length == Ed25519.SIGNATURE_SIZE
                && Ed25519.verify(signature, 0, point, message, 0, message.length);
    }

    /** The DER SubjectPublicKeyInfo, as JDK's {@code X509EncodedKeySpec} and OpenSSL expect. */
    public byte[] subjectPublicKeyInfo() {
        byte[] der = new byte[SPKI_PREFIX.length + publicKey.length];
        System.arraycopy(SPKI_PREFIX, 0, der, 0, SPKI_PREFIX.length);
        System.arraycopy(publicKey, 0, der, SPKI_PREFIX.length, publicKey.length);
        return der;
    }

    /** PEM "PUBLIC KEY" block of {@link #subjectPublicKeyInfo()}. */
    public String pem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(subjectPublicKeyInfo())
                + "\n-----END PUBLIC KEY-----\n";
    }

    @Override
    public String toString() {
        return "VerificationKey[" + keyId + (trustedUntil == null ? "" : ", until " + trustedUntil) + "]";
    }
}
