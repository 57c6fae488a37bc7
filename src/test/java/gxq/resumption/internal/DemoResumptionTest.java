package gxq.resumption.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import gxq.account.GxqUser;
import gxq.people.Employees;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/**
 * The demo's plan and 14 days of daily reports for one zone (137, used by no other test): the plan is published as
 * version 1, every report is consistent (the four counts add up to the staff), and the indicators' sums equal the
 * raw reports of each day.
 */
@IntegrationTest
@Tag("db")
class DemoResumptionTest {

    static final long ZONE = 137;

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired PlatformTransactionManager transactions;
    @Autowired PlanService plans;
    @Autowired PlanStore planStore;
    @Autowired DailyStore daily;
    @Autowired DailyService dailyService;
    @Autowired ApplicationEventPublisher events;
    @Autowired Employees employees;

    @Test
    void publishesAPlanAndReportsFourteenDaysWhoseSumsEqualTheRawRows() {
        GxqUser admin = fixtures.zoneAdmin(ZONE);
        long withStaff = fixtures.enterprise(ZONE);
        for (int i = 0; i < 20; i++) {
            fixtures.employee(withStaff, "员工" + i);
        }
        long noStaff = fixtures.enterprise(ZONE);

        var demo = new DemoResumption(db, transactions, plans, planStore, daily, dailyService, events, employees);
        int written = demo.populate(ZONE, admin.id());

        assertThat(db.sql("select version_no from resumption_plan_version where zone_id = :z").param("z", ZONE)
                .query(Integer.class).list()).containsExactly(1);
        assertThat(written).isBetween(8, 14);
        assertThat(db.sql("select count(*) from resumption_daily_report where enterprise_id = :e").param("e", noStaff)
                .query(Long.class).single()).isZero();
        assertThat(db.sql("""
                select count(*) from resumption_daily_report where zone_id = :z
                  and (on_duty + remote + quarantine + not_returned <> total_staff or total_staff <> 20
                       or capacity_pct not between 0 and 100)
                """).param("z", ZONE).query(Long.class).single()).isZero();
        assertThat(db.sql("""
                select count(*) from resumption_ind_zone_day d where d.zone_id = :z and (d.reported, d.on_duty, d.total_staff) <>
                  (select count(*), sum(r.on_duty), sum(r.total_staff) from resumption_daily_report r
                   where r.zone_id = d.zone_id and r.report_date = d.report_date)
                """).param("z", ZONE).query(Long.class).single()).isZero();
        assertThat(db.sql("select count(*) from resumption_ind_zone_day where zone_id = :z").param("z", ZONE)
                .query(Long.class).single()).isEqualTo(written);
    }
}
