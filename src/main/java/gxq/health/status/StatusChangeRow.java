package gxq.health.status;

import gxq.health.Colour;
import java.time.OffsetDateTime;

/** One line of an employee's status history ({@code health_status_change}). {@code actorId} is null for the rules. */
public record StatusChangeRow(long id, Colour fromColour, Colour toColour, String ruleVersion, String reasons,
        Long actorId, OffsetDateTime changedAt) {
}
