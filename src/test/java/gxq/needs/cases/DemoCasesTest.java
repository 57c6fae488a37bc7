package gxq.needs.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import gxq.account.Accounts;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/** The demo cases go through the service: one in each of six states, with audit and thread. Zone 15. */
@IntegrationTest
@Tag("db")
class DemoCasesTest {

    @Autowired
    Accounts accounts;

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired PlatformTransactionManager transactions;
    @Autowired CaseService cases;

    @Test
    void writesSixCasesInSixStates() {
        long zone = 15;
        for (int i = 0; i < 3; i++) {
            fixtures.enterpriseAdmin(fixtures.enterprise(zone));
        }
        fixtures.zoneStaff(zone);
        int before = db.sql("select count(*) from need_case where zone_id = 15").query(Integer.class).single();
        assertThat(new DemoCases(db, transactions, cases, accounts).populate(zone)).isEqualTo(6);
        assertThat(db.sql("select state from need_case where zone_id = 15 order by id").query(String.class).list()
                .subList(before, before + 6))
                .containsExactly("NEW", "ACCEPTED", "SOLVED", "CONFIRMED", "ESCALATED", "REOPENED");
        assertThat(db.sql("select rating from need_case where zone_id = 15 and state = 'CONFIRMED'")
                .query(Integer.class).list()).contains(5);
        assertThat(db.sql("""
                select count(*) from audit_log where action like 'NEEDS_CASE_%' and zone_id = 15
                """).query(Long.class).single()).isGreaterThanOrEqualTo(13);
    }
}
