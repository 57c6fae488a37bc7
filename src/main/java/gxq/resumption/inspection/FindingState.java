package gxq.resumption.inspection;

/**
 * Where a finding stands: {@code NOTED} (a remark), {@code OPEN} (to be rectified), {@code RECTIFIED} (the enterprise
 * reported what it did), {@code CLOSED} (the zone accepted). The zone may reopen a rectified finding.
 */
public enum FindingState {
    NOTED, OPEN, RECTIFIED, CLOSED;

    public String labelKey() {
        return "inspection.state." + name();
    }

    static FindingState parse(String s) {
        for (FindingState v : values()) {
            if (v.name().equals(s)) {
                return v;
            }
        }
        return null;
    }
}
