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

    /**
     * May this account see the enterprise-wide data (rosters, filings, figures) of the given enterprise, which lies in the
     * given zone? Employees, gate guards and service providers may not: they see only their own records, which the
     * owning module checks by {@link #employeeId()} or {@link #userId()}.
     */
    public boolean permitsEnterprise(Long zone, Long enterprise) {
        if (isMinistry()) {
            return true;
        }
        if (isZoneLevel()) {
            return zone != null && zone.equals(zoneId);
        }
        return role == Role.ENTERPRISE_ADMIN && enterprise != null && enterprise.equals(enterpriseId);
    }

    /**
     * A SQL condition restricting rows that carry {@code zone_id} and {@code enterprise_id} columns (with the given
     * table alias prefix, e.g. {@code "e."}) to this scope: everything for the ministry, one zone for zone roles, one
     * enterprise for its admin, and nothing for the other roles. Parameters are {@code :scopeZone} and
     * {@code :scopeEnterprise}; bind them with {@link #bind}.
     */
    public String sqlFilter(String alias) {
        if (isMinistry()) {
            return "1=1";
        }
        if (isZoneLevel()) {
            return zoneId == null ? "1=0" : alias + "zone_id = :scopeZone";
        }
        if (role == Role.ENTERPRISE_ADMIN) {
            return enterpriseId == null ? "1=0" : alias + "enterprise_id = :scopeEnterprise";
        }
        return "1=0";
    }

    public org.springframework.jdbc.core.simple.JdbcClient.StatementSpec bind(
            org.springframework.jdbc.core.simple.JdbcClient.StatementSpec spec) {
        return spec.param("scopeZone", zoneId == null ? -1L : zoneId)
                .param("scopeEnterprise", enterpriseId == null ? -1L : enterpriseId);
    }
}
