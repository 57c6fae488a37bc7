package gxq.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
import gxq.health.zone.HealthZoneFixtures;
import gxq.testing.IntegrationTest;
import gxq.web.AttentionItems;

/**
 * "今日需关注": the ministry's overdue and to-review reports, escalated cases; a zone's own report due, overdue or
 * returned, its overdue cases and open health alerts. Ministry counts are compared as differences. Zone 73.
 */
@IntegrationTest
@Tag("db")
class ReportAttentionTest {

    static final long ZONE = 73;

    @Autowired MockMvc mvc;
    @Autowired gxq.testing.Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired List<AttentionItems> sources;
    @Autowired @Qualifier("healthClock") Clock clock;

    long count(GxqUser user, String key) {
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        return sources.stream().flatMap(s -> s.items(auth).stream()).filter(i -> i.messageKey().equals(key))
                .mapToLong(AttentionItems.Item::count).sum();
    }

    @Test
    void itemsFollowTheReportsCasesAndAlerts() throws Exception {
        var t = new ReportTestSupport(mvc, db);
        GxqUser ministry = fixtures.ministry();
        GxqUser admin = fixtures.zoneAdmin(ZONE);
        GxqUser staff = fixtures.zoneStaff(ZONE);
        long form = t.form(ministry, "关注周报", "");
        long period = t.period(ministry, form, ReportTestSupport.monday(LocalDate.now(clock)).plusWeeks(9));
        // other tests' open periods count too (every zone owes a report in every open period): differences only
        long dueBefore = count(staff, "report.attention.ownDue");
        long ownOverdueBefore = count(admin, "report.attention.ownOverdue");
        long returnedBefore = count(admin, "report.attention.returned");
        long overdueBefore = count(ministry, "report.attention.overdue");
        long reviewBefore = count(ministry, "report.attention.toReview");

        assertThat(count(staff, "report.attention.ownDue")).isEqualTo(dueBefore); // due in about nine weeks
        // the deadline moves to within two days: due soon for the zone
        db.sql("update report_period set deadline_at = :d where id = :p")
                .param("d", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1)).param("p", period).update();
        assertThat(count(staff, "report.attention.ownDue") - dueBefore).isEqualTo(1);
        // past the deadline: overdue for the zone and, for every zone, for the ministry
        db.sql("update report_period set deadline_at = :d where id = :p")
                .param("d", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1)).param("p", period).update();
        assertThat(count(admin, "report.attention.ownOverdue") - ownOverdueBefore).isEqualTo(1);
        assertThat(count(admin, "report.attention.ownDue")).isEqualTo(dueBefore);
        assertThat(count(ministry, "report.attention.overdue") - overdueBefore).isEqualTo(176);

        t.write(admin, period, "submit", "", "问题", "需求", "做法").andExpect(status().is3xxRedirection());
        assertThat(count(admin, "report.attention.ownOverdue")).isEqualTo(ownOverdueBefore);
        assertThat(count(ministry, "report.attention.overdue") - overdueBefore).isEqualTo(175);
        assertThat(count(ministry, "report.attention.toReview") - reviewBefore).isEqualTo(1);

        t.post(ministry, "/reports/" + t.id(period, ZONE) + "/return", "version", t.version(period, ZONE), "comment",
                "请补充").andExpect(status().is3xxRedirection());
        assertThat(count(admin, "report.attention.returned") - returnedBefore).isEqualTo(1);
        assertThat(count(admin, "report.attention.ownOverdue") - ownOverdueBefore).isEqualTo(1);
        assertThat(count(ministry, "report.attention.toReview") - reviewBefore).isZero();

        // cases and alerts
        long ent = fixtures.enterprise(ZONE);
        GxqUser entAdmin = fixtures.enterpriseAdmin(ent);
        t.post(entAdmin, "/needs", "category", "POLICY", "urgency", "NORMAL", "title", "政策咨询", "details", "详情")
                .andExpect(status().is3xxRedirection());
        long caseId = db.sql("select max(id) from need_case where enterprise_id = :e").param("e", ent)
                .query(Long.class).single();
        long overdueCases = count(staff, "report.attention.casesOverdue");
        db.sql("update need_case set due_at = :d where id = :id").param("d", OffsetDateTime.now(ZoneOffset.UTC)
                .minusHours(1)).param("id", caseId).update();
        assertThat(count(staff, "report.attention.casesOverdue") - overdueCases).isEqualTo(1);
        long escalated = count(ministry, "report.attention.casesEscalated");
        db.sql("update need_case set state = 'ESCALATED' where id = :id").param("id", caseId).update();
        assertThat(count(ministry, "report.attention.casesEscalated") - escalated).isEqualTo(1);

        long alerts = count(staff, "report.attention.healthAlerts");
        new HealthZoneFixtures(db).alert(fixtures.employee(ent, "预警员工"), "FEVER", null, "37.8", OffsetDateTime.now());
        assertThat(count(staff, "report.attention.healthAlerts") - alerts).isEqualTo(1);
        assertThat(count(entAdmin, "report.attention.healthAlerts")).isZero();
        assertThat(count(entAdmin, "report.attention.ownOverdue")).isZero();
    }
}
