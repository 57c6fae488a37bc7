package gxq.resumption.internal;

/** Where an enterprise's filing to resume work (复工申请) stands. */
public enum FilingState {
    /** Saved by the enterprise, not yet submitted. */
    DRAFT,
    /** Submitted, waiting for the zone's review. */
    SUBMITTED,
    /** Returned by the zone for correction, with comments per item. */
    RETURNED,
    /** Approved: the enterprise may resume from {@code resumeOn}. */
    APPROVED,
    /** Rejected; the enterprise may start a new filing. */
    REJECTED
}
