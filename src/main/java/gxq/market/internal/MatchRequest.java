package gxq.market.internal;

import java.time.OffsetDateTime;

/** A request to exchange contact details: from my post {@code fromPostId} to the other side's {@code toPostId}. */
public record MatchRequest(long id, long fromPostId, String fromTitle, long toPostId, String toTitle,
        long requesterZoneId, long requesterEnterpriseId, String requesterName, long ownerZoneId,
        long ownerEnterpriseId, String ownerName, String message, int score, String status, int version,
        OffsetDateTime createdAt, OffsetDateTime decidedAt) {

    public boolean pending() {
        return "PENDING".equals(status);
    }

    public boolean accepted() {
        return "ACCEPTED".equals(status);
    }

    public boolean involves(Long enterprise) {
        return enterprise != null && (enterprise == requesterEnterpriseId || enterprise == ownerEnterpriseId);
    }
}
