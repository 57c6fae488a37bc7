package gxq.resumption.inspection;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One finding of an inspection; {@code overdue} is true when it is still open after its deadline. */
public record Finding(long id, long inspectionId, long zoneId, long enterpriseId, int position, String itemCode,
        String itemTitle, String description, Severity severity, LocalDate deadline, FindingState state,
        String rectification, OffsetDateTime rectifiedAt, int version, boolean overdue) {
}
