package gxq.health.code;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@link HealthCodeVerifier#verify(String)}. Claims are present only when the signature was valid
 * ({@link VerificationOutcome#authentic()}): an expired genuine code still names its subject for the scan log, a
 * forged one names nobody.
 *
 * <p>The caller's next step for an {@link #ok()} result: look up the subject's current status and refuse the code if
 * its colour or {@link HealthCodeClaims#sequence()} no longer matches (a code issued green whose holder has since
 * turned red is refused), then log the scan.
 */
public record Verification(VerificationOutcome outcome, Optional<HealthCodeClaims> claims) {

    public Verification {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(claims, "claims");
        if (claims.isPresent() != outcome.authentic()) {
            throw new IllegalArgumentException("Claims go with authentic outcomes only");
        }
    }

    static Verification refused(VerificationOutcome outcome) {
        return new Verification(outcome, Optional.empty());
    }

    static Verification of(VerificationOutcome outcome, HealthCodeClaims claims) {
        return new Verification(outcome, Optional.of(claims));
    }

    public boolean ok() {
        return outcome == VerificationOutcome.OK;
    }

    /** The claims of an OK result. @throws IllegalStateException for any other outcome */
    public HealthCodeClaims accepted() {
        if (!ok()) {
            throw new IllegalStateException("The code was refused: " + outcome);
        }
        return claims.orElseThrow();
    }
}
