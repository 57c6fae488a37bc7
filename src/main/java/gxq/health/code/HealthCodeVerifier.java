package gxq.health.code;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a scanned token, in this order, stopping at the first failure:
 * <ol>
 *   <li>decode: prefix, Base45, zlib if present, COSE_Sign1 structure, protected header (alg EdDSA, kid) —
 *       {@link VerificationOutcome#MALFORMED};</li>
 *   <li>find the key by kid — {@link VerificationOutcome#UNKNOWN_KEY};</li>
 *   <li>verify the signature over the Sig_structure, <em>before any claim is read</em> —
 *       {@link VerificationOutcome#BAD_SIGNATURE};</li>
 *   <li>read the claims, then check the validity window with a small clock-skew allowance —
 *       {@link VerificationOutcome#EXPIRED}, {@link VerificationOutcome#NOT_YET_VALID}.</li>
 * </ol>
 * The caller then compares the claims with the subject's current status and logs the scan (see {@link Verification}).
 * Thread-safe and allocation-light; the Ed25519 check dominates its cost.
 */
public final class HealthCodeVerifier {

    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(30);

    private final VerificationKeys keys;
    private final Clock clock;
    private final long skewSeconds;

    public HealthCodeVerifier(VerificationKeys keys, Clock clock, Duration clockSkew) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (clockSkew.isNegative() || clockSkew.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("The clock skew allowance must be between 0 and 5 minutes");
        }
        this.skewSeconds = clockSkew.toSeconds();
    }

    public Verification verify(String token) {
        HealthCodeFormat.CoseSign1 cose;
        try {
            cose = HealthCodeFormat.parseCose(HealthCodeFormat.unwrap(token));
        } catch (MalformedCodeException e) {
            return Verification.refused(VerificationOutcome.MALFORMED);
        }
        Optional<VerificationKey> key = keys.find(cose.keyId());
        if (key.isEmpty()) {
            return Verification.refused(VerificationOutcome.UNKNOWN_KEY);
        }
        byte[] toBeSigned = HealthCodeFormat.toBeSigned(cose.protectedHeader(), cose.payload());
        if (!key.get().verify(cose.signature(), toBeSigned)) {
            return Verification.refused(VerificationOutcome.BAD_SIGNATURE);
        }
        HealthCodeClaims claims;
        try {
            claims = HealthCodeFormat.parseClaims(cose.payload(), cose.keyId());
        } catch (MalformedCodeException e) {
            return Verification.refused(VerificationOutcome.MALFORMED); // signed, yet not our claims layout
        }
        long now = clock.instant().getEpochSecond();
        if (now > claims.expiresAt().getEpochSecond() + skewSeconds) {
            return Verification.of(VerificationOutcome.EXPIRED, claims);
        }
        if (now + skewSeconds < claims.issuedAt().getEpochSecond()) {
            return Verification.of(VerificationOutcome.NOT_YET_VALID, claims);
        }
        return Verification.of(VerificationOutcome.OK, claims);
    }
}
