package gxq.needs;

import java.time.Instant;
import java.util.Objects;

/**
 * A case changed state (also its creation: {@code fromState} is {@code null}). Published inside the transaction of
 * the change; it carries no text of the case.
 *
 * @param zoneId       the zone responsible for the case
 * @param enterpriseId the enterprise that raised it, {@code null} for a coordination case between zones
 * @param open         whether the case still needs work after this change (not solved-and-confirmed, not closed)
 */
public record NeedCaseChanged(long caseId, long zoneId, Long enterpriseId, NeedCategory category, String fromState,
        String toState, boolean open, Instant at) {

    public NeedCaseChanged {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(toState, "toState");
        Objects.requireNonNull(at, "at");
    }
}
