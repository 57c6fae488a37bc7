package gxq.needs.cases;

import java.time.OffsetDateTime;

import gxq.needs.NeedCategory;

/** One case as stored, with the names the lists show (enterprise and zone names from their modules' tables). */
record NeedCase(long id, long zoneId, Long enterpriseId, Long fromZoneId, NeedCategory category, Urgency urgency,
        String title, String details, CaseState state, String department, Long assigneeId, String assigneeName,
        OffsetDateTime dueAt, long raisedBy, OffsetDateTime raisedAt, OffsetDateTime acceptedAt,
        OffsetDateTime solvedAt, boolean solvedByMinistry, String solution, OffsetDateTime escalatedAt,
        String escalationReason, OffsetDateTime confirmedAt, Integer rating, String ratingComment, int reopenCount,
        OffsetDateTime updatedAt, int version, String enterpriseName, String zoneName, String fromZoneName) {

    public boolean coordination() {
        return enterpriseId == null;
    }

    /** Waiting for the zone or the ministry and past its deadline at {@code now}. */
    public boolean overdueAt(OffsetDateTime now) {
        return state.waiting() && dueAt.isBefore(now);
    }

    /** The assigned person's name as parties outside the zone see it (张*). */
    public String maskedAssignee() {
        return gxq.common.crypto.Masks.name(assigneeName);
    }

    /** Who raised it, as the lists show it: the enterprise, or the requesting zone of a coordination case. */
    public String raiserName() {
        return coordination() ? fromZoneName : enterpriseName;
    }
}
