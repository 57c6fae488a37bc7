package gxq.resumption.indicators;

import gxq.common.web.UserInputException;

/** Why an active enterprise does not count as resumed on a day: the state of its latest filing. */
enum Reason {
    /** No filing yet. */
    NONE,
    /** Latest filing saved, not submitted. */
    DRAFT,
    /** Submitted, waiting for the zone's review. */
    SUBMITTED,
    /** Returned by the zone for correction. */
    RETURNED,
    /** Rejected. */
    REJECTED,
    /** Approved, but counting from a later day. */
    APPROVED_LATER;

    public String labelKey() {
        return "rind.reason." + name();
    }

    /** The reason in a query string (case-insensitive); blank: none; anything else is a 400. */
    static Reason parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (Reason r : values()) {
            if (r.name().equalsIgnoreCase(text.strip())) {
                return r;
            }
        }
        throw UserInputException.onField("reason", "rind.reason.invalid", text);
    }
}
