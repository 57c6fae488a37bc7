package gxq.exchange.help;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A zone's help request (互帮互助) with its zone's names and the number of offers. */
record HelpRequest(long id, long zoneId, String zoneName, String provinceCode, String provinceName,
        HelpCategory category, String title, String details, int quantity, String unit, LocalDate neededBy,
        String contactName, String contactPhoneEnc, String contactPhoneMasked, RequestState state, long createdBy,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime closedAt, int version, long offers,
        long pendingOffers) {

    /** The state as shown on {@code today}: an open request past its needed-by day is EXPIRED. */
    public RequestState shownState(LocalDate today) {
        return state.open() && neededBy.isBefore(today) ? RequestState.EXPIRED : state;
    }

    /** Does it still take offers on {@code today}? */
    boolean takesOffers(LocalDate today) {
        return shownState(today).open();
    }
}
