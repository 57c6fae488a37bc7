package gxq.report.reports;

/** A zone's report: DRAFT (private to the zone) → SUBMITTED → RETURNED (back to the zone) or ACCEPTED. */
enum ReportState {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED;

    /** The zone may still change and submit it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
