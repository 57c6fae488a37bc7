package gxq.report.reports;

/** How often a form is reported: each week (Mon–Sun), each calendar month, or once. */
enum PeriodKind {
    WEEKLY, MONTHLY, ONE_OFF;

    public String labelKey() {
        return "report.kind." + name();
    }

    static PeriodKind parse(String text) {
        if (text == null) {
            return null;
        }
        for (PeriodKind k : values()) {
            if (k.name().equals(text.strip())) {
                return k;
            }
        }
        return null;
    }
}
