package gxq.org;

/**
 * PENDING: self-registered, awaiting the zone's review; ACTIVE: registered by the zone or approved;
 * REJECTED: the zone refused the self-registration (with a reason).
 */
public enum EnterpriseStatus {
    PENDING, ACTIVE, REJECTED;

    public String labelKey() {
        return "org.status." + name();
    }
}
