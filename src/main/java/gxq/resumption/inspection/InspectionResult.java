package gxq.resumption.inspection;

/** Overall result of an on-site inspection: 合格, 限期整改 (keeps working, rectifies by the deadlines), 停工整改. */
public enum InspectionResult {
    PASSED, RECTIFY, SUSPEND;

    public String labelKey() {
        return "inspection.result." + name();
    }

    static InspectionResult parse(String s) {
        for (InspectionResult r : values()) {
            if (r.name().equals(s)) {
                return r;
            }
        }
        return null;
    }
}
