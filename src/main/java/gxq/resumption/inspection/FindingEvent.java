package gxq.resumption.inspection;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A step in a finding's follow-up: RECTIFY, ACCEPT or REOPEN, by whom and when. */
public record FindingEvent(long id, long findingId, String action, String text, LocalDate deadline, String actorName,
        OffsetDateTime at) {
}
