package gxq.account;

import java.util.Set;

/** The seven roles. Each account has exactly one role and the tenant scope that goes with it. */
public enum Role {
    MINISTRY_ADMIN, ZONE_ADMIN, ZONE_STAFF, ENTERPRISE_ADMIN, EMPLOYEE, GATE_GUARD, SERVICE_PROVIDER;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Message key of the role's display name. */
    public String labelKey() {
        return "role." + name();
    }

    public boolean isZoneLevel() {
        return this == ZONE_ADMIN || this == ZONE_STAFF;
    }

    /** Roles an account of this role may create (within its own scope). */
    public Set<Role> mayCreate() {
        return switch (this) {
            case MINISTRY_ADMIN -> Set.of(MINISTRY_ADMIN, ZONE_ADMIN);
            case ZONE_ADMIN -> Set.of(ZONE_ADMIN, ZONE_STAFF, GATE_GUARD, SERVICE_PROVIDER, ENTERPRISE_ADMIN);
            case ENTERPRISE_ADMIN -> Set.of(ENTERPRISE_ADMIN, EMPLOYEE, GATE_GUARD);
            default -> Set.of();
        };
    }
}
