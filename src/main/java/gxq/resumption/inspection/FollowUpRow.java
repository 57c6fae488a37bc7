package gxq.resumption.inspection;

import java.time.LocalDate;

/** A finding that still needs someone's action, with its inspection and enterprise. */
public record FollowUpRow(Finding finding, LocalDate inspectedOn, String enterpriseName) {
}
