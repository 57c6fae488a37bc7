package gxq.report.reports;

/**
 * A zone's report as the ministry sees it: a draft or no report at all are both NOT_SUBMITTED (drafts are private).
 * OVERDUE is only a filter: not submitted or returned, after the deadline.
 */
public enum Standing {
    NOT_SUBMITTED, SUBMITTED, RETURNED, ACCEPTED;

    static Standing of(ReportState state) {
        if (state == null || state == ReportState.DRAFT) {
            return NOT_SUBMITTED;
        }
        return valueOf(state.name());
    }

    public String labelKey() {
        return "report.standing." + name();
    }

    /** Still owed by the zone (counts as overdue after the deadline). */
    public boolean owed() {
        return this == NOT_SUBMITTED || this == RETURNED;
    }
}
