package gxq.report.reports;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import gxq.account.Accounts;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo reports go through the service as the real users: last week closed, this week open. Zones 69, 71, 74. */
@IntegrationTest
@Tag("db")
class DemoReportsTest {

    @Autowired Accounts accounts;

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ReportService reports;
    @Autowired ReportStore store;

    @Test
    void writesLastWeeksClosedPeriodAndThisWeeksOpenOne() {
        List<Long> zones = List.of(69L, 71L, 74L);
        zones.forEach(fixtures::zoneAdmin);
        var ministry = fixtures.ministry();
        assertThat(new DemoReports(db, transactions, reports, store, accounts).populate(ministry, zones)).isEqualTo(6);
        long form = db.sql("select max(id) from report_form where name = :n").param("n", DemoReports.FORM)
                .query(Long.class).single();
        List<Long> periods = db.sql("select id from report_period where form_id = :f order by start_day")
                .param("f", form).query(Long.class).list();
        assertThat(periods).hasSize(2);
        var last = store.period(periods.get(0)).orElseThrow();
        var current = store.period(periods.get(1)).orElseThrow();
        assertThat(last.closed()).isTrue();
        assertThat(current.closed()).isFalse();
        assertThat(current.start()).isEqualTo(last.end().plusDays(1));
        assertThat(states(last.id())).containsExactly("ACCEPTED", "ACCEPTED", "SUBMITTED");
        assertThat(states(current.id())).containsExactly("SUBMITTED", "RETURNED", "DRAFT");
        assertThat(db.sql("select count(*) from audit_log where action = 'REPORT_ACCEPT' and actor_id = :u")
                .param("u", ministry.id()).query(Long.class).single()).isEqualTo(2);
    }

    private List<String> states(long period) {
        return db.sql("select state from zone_report where period_id = :p order by zone_id").param("p", period)
                .query(String.class).list();
    }
}
