package gxq.report;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import gxq.account.GxqUser;
import gxq.health.zone.HealthZoneFixtures;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/**
 * A report's figures equal the platform's data at submission, computed by hand, and stay as they were when the data
 * changes afterwards; a resubmission after return freezes the new figures. Zone 70.
 */
@IntegrationTest
@Tag("db")
class ReportPrefillTest {

    static final long ZONE = 70;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager tm;
    @Autowired @Qualifier("healthClock") Clock clock;

    static long n(Map<String, Object> row, String col) {
        return ((Number) row.get(col)).longValue();
    }

    static BigDecimal d(Map<String, Object> row, String col) {
        return (BigDecimal) row.get(col);
    }

    @Test
    void submittedFiguresEqualHandComputedOnesAndStayFrozen() throws Exception {
        var t = new ReportTestSupport(mvc, db);
        var platform = new ReportTestSupport.Platform(db, events, tm);
        var health = new HealthZoneFixtures(db);
        LocalDate today = LocalDate.now(clock);
        GxqUser ministry = fixtures.ministry();
        GxqUser admin = fixtures.zoneAdmin(ZONE);

        // resumption: three active enterprises; E1 and E2 approved (resumed), E3 not; two reports today
        long e1 = fixtures.enterprise(ZONE);
        long e2 = fixtures.enterprise(ZONE);
        long e3 = fixtures.enterprise(ZONE);
        platform.approve(ZONE, e1, 70001, today.minusDays(5), "100", today.minusDays(6));
        platform.approve(ZONE, e2, 70002, today.minusDays(2), "300", today.minusDays(3));
        platform.report(ZONE, e1, today, 10, 8, 50);
        platform.report(ZONE, e2, today, 20, 10, 90);
        // health: five active employees (green, green, yellow under watch, red, none); two declared today; one open alert
        long g1 = fixtures.employee(e1, "张绿");
        long g2 = fixtures.employee(e1, "李绿");
        long y = fixtures.employee(e2, "王黄");
        long r = fixtures.employee(e2, "赵红");
        fixtures.employee(e3, "钱无码");
        health.status(g1, "GREEN", null);
        health.status(g2, "GREEN", null);
        health.status(y, "YELLOW", "返回");
        health.status(r, "RED", "确诊");
        db.sql("update health_status set watch_until = :d where employee_id = :e").param("d", today.plusDays(9))
                .param("e", y).update();
        health.declaration(g1, today, "36.4");
        health.declaration(y, today, "36.9");
        health.alert(r, "RED", "RED", "确诊", OffsetDateTime.now());
        // cases: two raised by an enterprise this week, both still waiting for the zone
        GxqUser entAdmin = fixtures.enterpriseAdmin(e1);
        for (String title : new String[] {"员工返岗需要包车", "流动资金紧张"}) {
            t.post(entAdmin, "/needs", "category", "FINANCING", "urgency", "NORMAL", "title", title, "details", "详情")
                    .andExpect(status().is3xxRedirection());
        }

        long form = t.form(ministry, "预填周报", "");
        long period = t.period(ministry, form, ReportTestSupport.monday(today));
        mvc.perform(get("/reports/periods/" + period + "/mine").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-fig=\"resumptionRate\">66.7%")))
                .andExpect(content().string(containsString("data-fig=\"red\">1")));
        t.write(admin, period, "submit", "", "问题", "需求", "做法").andExpect(status().is3xxRedirection());

        Map<String, Object> row = t.row(period, ZONE);
        assertThat(row.get("f_day").toString()).isEqualTo(today.toString());
        assertThat(n(row, "f_enterprises")).isEqualTo(3);
        assertThat(n(row, "f_resumed")).isEqualTo(2);
        assertThat(n(row, "f_reported")).isEqualTo(2);
        assertThat(n(row, "f_total_staff")).isEqualTo(30);
        assertThat(n(row, "f_on_duty")).isEqualTo(18);
        assertThat(d(row, "f_resumption_rate")).isEqualByComparingTo("66.7");  // 2 / 3
        assertThat(d(row, "f_staff_rate")).isEqualByComparingTo("60.0");      // 18 / 30
        assertThat(d(row, "f_capacity_rate")).isEqualByComparingTo("80.0");   // (50×100 + 90×300) / 400
        assertThat(n(row, "f_employees")).isEqualTo(5);
        assertThat(n(row, "f_green")).isEqualTo(2);
        assertThat(n(row, "f_yellow")).isEqualTo(1);
        assertThat(n(row, "f_red")).isEqualTo(1);
        assertThat(n(row, "f_no_status")).isEqualTo(1);
        assertThat(n(row, "f_declared")).isEqualTo(2);
        assertThat(n(row, "f_observation")).isEqualTo(1);
        assertThat(n(row, "f_open_alerts")).isEqualTo(1);
        assertThat(n(row, "f_cases_raised")).isEqualTo(2);
        assertThat(n(row, "f_cases_open")).isEqualTo(2);
        assertThat(n(row, "f_cases_solved")).isZero();
        assertThat(row.get("f_satisfaction")).isNull();

        // the platform moves on: E3 resumes and reports, another red code, another case
        platform.approve(ZONE, e3, 70003, today.minusDays(1), "100", today.minusDays(1));
        platform.report(ZONE, e3, today, 30, 30, 100);
        db.sql("update health_status set colour = 'RED' where employee_id = :e").param("e", g2).update();
        t.post(entAdmin, "/needs", "category", "POLICY", "urgency", "NORMAL", "title", "政策咨询", "details", "详情")
                .andExpect(status().is3xxRedirection());

        Map<String, Object> after = t.row(period, ZONE);
        for (String col : new String[] {"f_enterprises", "f_resumed", "f_reported", "f_total_staff", "f_on_duty",
                "f_red", "f_green", "f_cases_raised"}) {
            assertThat(after.get(col)).as(col).isEqualTo(row.get(col));
        }
        long id = t.id(period, ZONE);
        mvc.perform(get("/reports/periods/" + period + "/zones/" + ZONE).with(as(ministry)))
                .andExpect(content().string(containsString("data-fig=\"resumptionRate\">66.7%")))
                .andExpect(content().string(containsString("data-fig=\"red\">1")));

        // returned and resubmitted: the figures of the resubmission are frozen
        t.post(ministry, "/reports/" + id + "/return", "version", t.version(period, ZONE), "comment", "请更新数据")
                .andExpect(status().is3xxRedirection());
        t.write(admin, period, "submit", t.version(period, ZONE), "问题", "需求", "做法")
                .andExpect(status().is3xxRedirection());
        Map<String, Object> again = t.row(period, ZONE);
        assertThat(n(again, "f_resumed")).isEqualTo(3);
        assertThat(d(again, "f_resumption_rate")).isEqualByComparingTo("100.0");
        assertThat(n(again, "f_total_staff")).isEqualTo(60);
        assertThat(d(again, "f_staff_rate")).isEqualByComparingTo("80.0");  // 48 / 60
        assertThat(n(again, "f_red")).isEqualTo(2);
        assertThat(n(again, "f_cases_raised")).isEqualTo(3);
    }
}
