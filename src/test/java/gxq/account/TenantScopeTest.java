package gxq.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TenantScopeTest {

    private static TenantScope scope(Role role, Long zone, Long enterprise, Long employee) {
        return new TenantScope(1, role, zone, enterprise, employee);
    }

    @Test
    void ministrySeesEverything() {
        TenantScope s = scope(Role.MINISTRY_ADMIN, null, null, null);
        assertThat(s.permitsZone(5L)).isTrue();
        assertThat(s.permitsEnterprise(5L, 9L)).isTrue();
        assertThat(s.sqlFilter("e.")).isEqualTo("1=1");
    }

    @Test
    void zoneRolesSeeTheirZoneOnly() {
        for (Role role : new Role[] {Role.ZONE_ADMIN, Role.ZONE_STAFF}) {
            TenantScope s = scope(role, 5L, null, null);
            assertThat(s.permitsZone(5L)).isTrue();
            assertThat(s.permitsZone(6L)).isFalse();
            assertThat(s.permitsEnterprise(5L, 9L)).isTrue();
            assertThat(s.permitsEnterprise(6L, 9L)).isFalse();
            assertThat(s.sqlFilter("e.")).isEqualTo("e.zone_id = :scopeZone");
        }
    }

    @Test
    void enterpriseAdminSeesTheirEnterpriseOnly() {
        TenantScope s = scope(Role.ENTERPRISE_ADMIN, 5L, 9L, null);
        assertThat(s.permitsZone(5L)).isFalse();
        assertThat(s.permitsEnterprise(5L, 9L)).isTrue();
        assertThat(s.permitsEnterprise(5L, 10L)).isFalse();
        assertThat(s.sqlFilter("")).isEqualTo("enterprise_id = :scopeEnterprise");
    }

    @Test
    void employeesGuardsAndProvidersSeeNoEnterpriseWideData() {
        for (Role role : new Role[] {Role.EMPLOYEE, Role.GATE_GUARD, Role.SERVICE_PROVIDER}) {
            TenantScope s = scope(role, 5L, 9L, 3L);
            assertThat(s.permitsZone(5L)).isFalse();
            assertThat(s.permitsEnterprise(5L, 9L)).isFalse();
            assertThat(s.sqlFilter("e.")).isEqualTo("1=0");
        }
    }
}
