package gxq.policy.centre;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One policy row (its targets are loaded apart, see {@link Applicability}). */
record Policy(long id, PolicyLevel level, Long zoneId, String title, String issuer, String docNumber,
        PolicyCategory category, LocalDate effectiveFrom, LocalDate effectiveTo, String body, PolicyState state,
        boolean techSmeOnly, boolean highTechOnly, boolean epidemicHitOnly, Long supersedesId, Long supersededById,
        String withdrawReason, OffsetDateTime createdAt, OffsetDateTime publishedAt, OffsetDateTime withdrawnAt,
        int version) {

    public boolean draft() {
        return state == PolicyState.DRAFT;
    }

    public boolean published() {
        return state == PolicyState.PUBLISHED;
    }

    /** In force on the day: started and not expired. */
    public boolean inForceOn(LocalDate day) {
        return !effectiveFrom.isAfter(day) && (effectiveTo == null || !effectiveTo.isBefore(day));
    }
}
