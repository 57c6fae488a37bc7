package gxq.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

@IntegrationTest
@Tag("db")
class FirstEnabledAccountTest {

    @Autowired Accounts accounts;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;

    @Test
    void answersTheOldestEnabledAccountOfTheRoleInTheTenantWithoutItsPassword() {
        long enterprise = fixtures.enterprise(1);
        GxqUser first = fixtures.enterpriseAdmin(enterprise);
        GxqUser second = fixtures.enterpriseAdmin(enterprise);
        fixtures.enterpriseAdmin(fixtures.enterprise(1));

        GxqUser found = accounts.firstEnabled(Role.ENTERPRISE_ADMIN, enterprise).orElseThrow();
        assertThat(found.id()).isEqualTo(first.id());
        assertThat(found.getPassword()).isNull();

        db.sql("update app_user set enabled = false where id = :id").param("id", first.id()).update();
        assertThat(accounts.firstEnabled(Role.ENTERPRISE_ADMIN, enterprise).orElseThrow().id()).isEqualTo(second.id());
        assertThat(accounts.firstEnabled(Role.ZONE_STAFF, enterprise + 1_000_000)).isEmpty();
    }

    @Test
    void listsTheZonesWithAnEnabledAccountOfTheRoleInOrder() {
        fixtures.zoneStaff(1);
        fixtures.zoneStaff(2);
        var zones = accounts.zonesWithEnabled(Role.ZONE_STAFF, Integer.MAX_VALUE);
        assertThat(zones).contains(1L, 2L).isSorted().doesNotHaveDuplicates();
        assertThat(accounts.zonesWithEnabled(Role.ZONE_STAFF, 1)).containsExactly(zones.get(0));
    }
}
