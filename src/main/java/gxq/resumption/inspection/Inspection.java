package gxq.resumption.inspection;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One recorded on-site inspection of an enterprise. */
public record Inspection(long id, long zoneId, long enterpriseId, String enterpriseName, LocalDate inspectedOn,
        String inspectors, InspectionResult result, String notes, String createdByName, OffsetDateTime createdAt) {
}
