package gxq.resumption.inspection;

/** How serious a finding is: a remark ({@code NOTE}, nothing to rectify) or one that must be rectified by a deadline. */
public enum Severity {
    NOTE, GENERAL, SERIOUS;

    public boolean needsRectification() {
        return this != NOTE;
    }

    public String labelKey() {
        return "inspection.severity." + name();
    }

    static Severity parse(String s) {
        for (Severity v : values()) {
            if (v.name().equals(s)) {
                return v;
            }
        }
        return null;
    }
}
