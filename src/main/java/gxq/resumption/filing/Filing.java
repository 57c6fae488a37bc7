package gxq.resumption.filing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import gxq.resumption.internal.FilingState;

/**
 * One row of {@code resumption_filing} with its enterprise's name and industry (read-only join). The contact number is
 * kept encrypted ({@code contactPhoneEnc}, see {@code FilingService.contactPhone}) and shown masked.
 */
record Filing(long id, long zoneId, long enterpriseId, String enterpriseName, String industry, FilingState state,
        LocalDate plannedDate, Integer plannedHeadcount, Integer returnees, Integer masksDays, Integer thermometersDays,
        Integer disinfectantDays, BigDecimal monthlyOutput, String contactName, String contactPhoneEnc,
        String contactPhoneMasked,
        OffsetDateTime submittedAt, OffsetDateTime reviewDue, OffsetDateTime decidedAt, String reviewComment,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, int version) {

    /** The enterprise may still change it. */
    public boolean editable() {
        return state == FilingState.DRAFT || state == FilingState.RETURNED;
    }
}
