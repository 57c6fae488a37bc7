package gxq.health.code;

import gxq.health.Colour;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Signs health codes with the active key of a {@link SigningKeys} ring. A code lives for a few minutes
 * ({@link #DEFAULT_LIFETIME}); the page showing it asks for a fresh one before it runs out, so a screenshot soon
 * fails at the gate.
 */
public final class HealthCodeIssuer {

    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(3);

    private final SigningKeys keys;
    private final Clock clock;
    private final Duration lifetime;

    public HealthCodeIssuer(SigningKeys keys, Clock clock, Duration lifetime) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (lifetime.compareTo(Duration.ofSeconds(1)) < 0 || lifetime.compareTo(keys.grace()) >= 0) {
            throw new IllegalArgumentException(
                    "The lifetime must be at least a second and shorter than the key grace period " + keys.grace());
        }
        this.lifetime = lifetime;
    }

    /**
     * Issues a code for {@code subject}'s current status.
     *
     * @param sequence the subject's status sequence number (grows with each status change)
     */
    public IssuedHealthCode issue(Pseudonym subject, Colour colour, long zoneId, long sequence) {
        SigningKeys.ActiveKey key = keys.activeKey();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        HealthCodeClaims claims = new HealthCodeClaims(subject, colour, zoneId, sequence, now,
                now.plusSeconds(Math.max(1, lifetime.toSeconds())), key.keyId());
        byte[] protectedHeader = HealthCodeFormat.protectedHeader(key.keyId());
        byte[] payload = HealthCodeFormat.claims(claims);
        byte[] signature = key.sign(HealthCodeFormat.toBeSigned(protectedHeader, payload));
        String token = HealthCodeFormat.token(HealthCodeFormat.coseSign1(protectedHeader, payload, signature));
        return new IssuedHealthCode(token, claims);
    }

    public Duration lifetime() {
        return lifetime;
    }
}
