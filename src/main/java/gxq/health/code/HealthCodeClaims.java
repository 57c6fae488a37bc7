package gxq.health.code;

import gxq.health.Colour;
import java.time.Instant;
import java.util.Objects;

/**
 * What a health code says, and nothing more: a pseudonymous subject, the colour, the issuing zone, the status
 * sequence number, issue and expiry time (whole seconds) and the id of the key that signed it.
 *
 * @param sequence the status sequence number at issue time: it grows with every status change of the subject, so a
 *                 verifier comparing it with the current status can tell a stale code
 */
public record HealthCodeClaims(
        Pseudonym subject,
        Colour colour,
        long zoneId,
        long sequence,
        Instant issuedAt,
        Instant expiresAt,
        KeyId keyId) {

    public HealthCodeClaims {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(keyId, "keyId");
        if (zoneId < 0 || sequence < 0) {
            throw new IllegalArgumentException("zoneId and sequence are non-negative");
        }
        if (issuedAt.getNano() != 0 || expiresAt.getNano() != 0) {
            throw new IllegalArgumentException("issuedAt and expiresAt are whole seconds");
        }
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("expiresAt must be after issuedAt");
        }
    }
}
