package gxq.org.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import gxq.account.Role;
import gxq.account.TenantScope;

class EnterpriseStoreScopeTest {

    @Test
    void listFilterFollowsTheRole() {
        assertThat(EnterpriseStore.scopeFilter(new TenantScope(1, Role.MINISTRY_ADMIN, null, null, null))).isEqualTo("1=1");
        assertThat(EnterpriseStore.scopeFilter(new TenantScope(1, Role.ZONE_STAFF, 3L, null, null))).isEqualTo("e.zone_id = :scopeZone");
        assertThat(EnterpriseStore.scopeFilter(new TenantScope(1, Role.ENTERPRISE_ADMIN, 3L, 9L, null))).isEqualTo("e.id = :scopeEnterprise");
        assertThat(EnterpriseStore.scopeFilter(new TenantScope(1, Role.EMPLOYEE, 3L, 9L, 4L))).isEqualTo("1=0");
        assertThat(EnterpriseStore.scopeFilter(new TenantScope(1, Role.SERVICE_PROVIDER, 3L, null, null))).isEqualTo("1=0");
        assertThat(EnterpriseStore.scopeFilter(new TenantScope(1, Role.ZONE_ADMIN, null, null, null))).isEqualTo("1=0");
    }

    @Test
    void likeTermsAreEscaped() {
        assertThat(EnterpriseStore.likeEscape("50%_a\\b")).isEqualTo("50\\%\\_a\\\\b");
    }
}
