package gxq.account;

import java.io.Serializable;

/**
 * What an account may see: the ministry sees every zone; zone roles one zone; enterprise roles one enterprise;
 * an employee only themself. Every query of scoped rows goes through {@link #permitsZone}, {@link #permitsEnterprise}
 * or a SQL filter built from this scope.
 */
public record TenantScope(long userId, Role role, Long zoneId, Long enterpriseId, Long employeeId) implements Serializable {

    public boolean isMinistry() {
        return role == Role.MINISTRY_ADMIN;
    }

    public boolean isZoneLevel() {
        return role.isZoneLevel();
    }

    public boolean isEnterpriseAdmin() {
        return role == Role.ENTERPRISE_ADMIN;
    }

    /** May this account see data of the given zone as a whole (zone dashboards, zone lists)? */
    public boolean permitsZone(Long zone) {
        return isMinistry() || (isZoneLevel() && zone != null && zone.equals(zoneId));
    }

    /** May this account see data of the given enterprise, which lies in the given zone? */
    public boolean permitsEnterprise(Long zone, Long enterprise) {
        if (isMinistry()) {
            return true;
        }
        if (isZoneLevel()) {
            return zone != null && zone.equals(zoneId);
        }
        return enterprise != null && enterprise.equals(enterpriseId)
                && (role == Role.ENTERPRISE_ADMIN || role == Role.EMPLOYEE || role == Role.GATE_GUARD);
    }

    /**
     * A SQL condition restricting rows that carry {@code zone_id} and {@code enterprise_id} columns (with the given
     * table alias prefix, e.g. {@code "e."}) to this scope. Parameters are {@code :scopeZone} and
     * {@code :scopeEnterprise}; bind them with {@link #bind}.
     */
    public String sqlFilter(String alias) {
        if (isMinistry()) {
            return "1=1";
        }
        if (isZoneLevel() || (role == Role.GATE_GUARD && enterpriseId == null) || role == Role.SERVICE_PROVIDER) {
            return zoneId == null ? "1=0" : alias + "zone_id = :scopeZone";
        }
        return enterpriseId == null ? "1=0" : alias + "enterprise_id = :scopeEnterprise";
    }

    public org.springframework.jdbc.core.simple.JdbcClient.StatementSpec bind(
            org.springframework.jdbc.core.simple.JdbcClient.StatementSpec spec) {
        return spec.param("scopeZone", zoneId == null ? -1L : zoneId)
                .param("scopeEnterprise", enterpriseId == null ? -1L : enterpriseId);
    }
}
