package gxq.policy.centre;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import gxq.account.Accounts;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo policies go through the service as a ministry admin and a zone admin: published, indexed, told. Zone 67. */
@IntegrationTest
@Tag("db")
class DemoPoliciesTest {

    @Autowired Accounts accounts;

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired PlatformTransactionManager transactions;
    @Autowired PolicyService policies;

    @Test
    void publishesNinePoliciesWithInterpretationsAndTellsTheZonesEnterprises() {
        long zone = 67;
        fixtures.ministry();
        fixtures.zoneAdmin(zone);
        long ent = fixtures.enterprise(zone);
        fixtures.enterpriseAdmin(ent);
        long before = db.sql("select count(*) from policy where state = 'PUBLISHED'").query(Long.class).single();
        assertThat(new DemoPolicies(db, transactions, policies, accounts).populate(zone)).isEqualTo(9);
        assertThat(db.sql("select count(*) from policy where state = 'PUBLISHED'").query(Long.class).single())
                .isEqualTo(before + 9);
        assertThat(db.sql("select count(*) from policy where zone_id = 67 and level = 'ZONE' and state = 'PUBLISHED'"
                + " and title = '园区企业稳岗返还实施细则'").query(Long.class).single()).isEqualTo(1);
        long zonePolicy = db.sql("select max(id) from policy where zone_id = 67 and title = '园区企业稳岗返还实施细则'")
                .query(Long.class).single();
        assertThat(db.sql("select count(*) from policy_term where doc_id = :d and term = '稳岗'").param("d", zonePolicy)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(db.sql("select count(*) from policy_interpretation where policy_id = :d and state = 'PUBLISHED'")
                .param("d", zonePolicy).query(Long.class).single()).isEqualTo(1);
        assertThat(db.sql("select count(*) from policy_notice where policy_id = :d and enterprise_id = :e")
                .param("d", zonePolicy).param("e", ent).query(Long.class).single()).isEqualTo(1);
        assertThat(db.sql("select count(*) from audit_log where action = 'POLICY_PUBLISH' and target_id = :d")
                .param("d", String.valueOf(zonePolicy)).query(Long.class).single()).isEqualTo(1);
    }
}
