package gxq.health.code;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Derives a stable {@link Pseudonym} for an employee: the first 16 bytes of
 * HMAC-SHA256(secret, "gxq/health/subject/v1" || employeeId as 8 big-endian bytes). Only the server, holding the
 * secret, can link a pseudonym to an employee (by computing it and storing it beside the employee's status);
 * a verifier or anyone reading the QR learns nothing about the person.
 */
public final class SubjectPseudonyms {

    private static final byte[] DOMAIN = "gxq/health/subject/v1".getBytes(StandardCharsets.US_ASCII);
    private final SecretKeySpec key;

    /** @param secret at least 32 bytes of secret key material, kept server-side */
    public SubjectPseudonyms(byte[] secret) {
        if (secret == null || secret.length < 32) {
            throw new IllegalArgumentException("The pseudonym secret must have at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public Pseudonym of(long employeeId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(DOMAIN);
            mac.update(ByteBuffer.allocate(Long.BYTES).putLong(employeeId).array());
            return Pseudonym.of(Arrays.copyOf(mac.doFinal(), Pseudonym.LENGTH));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
