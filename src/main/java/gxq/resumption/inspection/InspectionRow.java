package gxq.resumption.inspection;

import java.time.LocalDate;

/** A line of an inspection list with the counts of its findings by state. */
public record InspectionRow(long id, long enterpriseId, String enterpriseName, LocalDate inspectedOn, String inspectors,
        InspectionResult result, int open, int rectified, int closed, int overdue) {
}
