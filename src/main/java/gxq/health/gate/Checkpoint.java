package gxq.health.gate;

import gxq.account.Role;
import gxq.account.TenantScope;

/** A gate of a zone ({@code enterpriseId == null}) or of one enterprise. */
public record Checkpoint(long id, long zoneId, Long enterpriseId, String name, String location, boolean active,
        String enterpriseName) {

    public boolean zoneGate() {
        return enterpriseId == null;
    }

    /**
     * Who may scan here: zone admins and zone staff of the zone; zone gate guards (no enterprise) at zone gates; an
     * enterprise's admin and its guards at its own gates.
     */
    boolean usableBy(TenantScope scope) {
        if (scope.zoneId() == null || scope.zoneId() != zoneId) {
            return false;
        }
        return switch (scope.role()) {
            case ZONE_ADMIN, ZONE_STAFF -> true;
            case GATE_GUARD -> scope.enterpriseId() == null ? zoneGate() : scope.enterpriseId().equals(enterpriseId);
            case ENTERPRISE_ADMIN -> scope.enterpriseId() != null && scope.enterpriseId().equals(enterpriseId);
            default -> false;
        };
    }

    /** Who may manage it (devices, deactivation): the zone admin; an enterprise admin for its own gates. */
    boolean manageableBy(TenantScope scope) {
        return (scope.role() == Role.ZONE_ADMIN && scope.zoneId() != null && scope.zoneId() == zoneId)
                || (scope.role() == Role.ENTERPRISE_ADMIN && scope.enterpriseId() != null
                        && scope.enterpriseId().equals(enterpriseId));
    }
}
