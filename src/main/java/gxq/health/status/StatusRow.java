package gxq.health.status;

import gxq.health.Colour;
import gxq.health.rules.Diagnosis;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One row of {@code health_status}: the current colour of an employee, why ({@code reasons} in their stored form,
 * joined by "; "), until when, the staff-set diagnosis and override, and the end of a returnee's observation.
 */
public record StatusRow(long employeeId, long enterpriseId, long zoneId, String subject, Colour colour,
        OffsetDateTime since, LocalDate untilDate, String ruleVersion, String reasons, Diagnosis diagnosis,
        Colour overrideColour, String overrideReason, LocalDate overrideUntil, Long overrideBy, LocalDate watchUntil,
        long sequence, OffsetDateTime updatedAt) {
}
