package gxq.resumption;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import gxq.account.GxqUser;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/** Daily resumption reports: first report, corrections, validation, pre-fill, zone sums and scope. Zones 130–136. */
@IntegrationTest
@Tag("db")
class DailyReportPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired @Qualifier("healthClock") Clock clock;

    long enterpriseWithStaff(long zone, int staff) {
        long ent = fixtures.enterprise(zone);
        for (int i = 0; i < staff; i++) {
            fixtures.employee(ent, "员工" + i);
        }
        return ent;
    }

    ResultActions report(GxqUser admin, String onDuty, String remote, String quarantine, String notReturned,
            String capacity, String version) throws Exception {
        var req = post("/resumption/daily").with(csrf()).with(as(admin)).param("onDuty", onDuty).param("remote", remote)
                .param("quarantine", quarantine).param("notReturned", notReturned).param("capacity", capacity);
        if (version != null) {
            req = req.param("version", version);
        }
        return mvc.perform(req);
    }

    long count(String sql, Object p) {
        return db.sql(sql).param("p", p).query(Long.class).single();
    }

    @Test
    void firstReportThenCorrectionKeepsPreviousValuesAndStaleVersionLosesNothing() throws Exception {
        long ent = enterpriseWithStaff(130, 3);
        var admin = fixtures.enterpriseAdmin(ent);
        mvc.perform(get("/resumption/daily").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("在职员工总数：3 人")));
        report(admin, "2", "1", "0", "0", "80", null).andExpect(status().is3xxRedirection());
        long id = count("select id from resumption_daily_report where enterprise_id = :p", ent);
        assertThat(count("select version from resumption_daily_report where id = :p", id)).isZero();
        assertThat(db.sql("select report_date from resumption_daily_report where id = :p").param("p", id)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.now(clock));

        report(admin, "1", "1", "1", "0", "70", "0").andExpect(status().is3xxRedirection());
        assertThat(count("select on_duty from resumption_daily_report where id = :p", id)).isEqualTo(1);
        assertThat(count("select version from resumption_daily_report where id = :p", id)).isEqualTo(1);
        assertThat(count("select on_duty from resumption_daily_report_revision where report_id = :p", id)).isEqualTo(2);
        assertThat(count("select capacity_pct from resumption_daily_report_revision where report_id = :p", id)).isEqualTo(80);

        report(admin, "3", "0", "0", "0", "55", "0").andExpect(status().isConflict())
                .andExpect(content().string(containsString("今日日报已被他人上报或更正")))
                .andExpect(content().string(containsString("value=\"55\"")));
        report(admin, "3", "0", "0", "0", "56", null).andExpect(status().isConflict());
        assertThat(count("select on_duty from resumption_daily_report where id = :p", id)).isEqualTo(1);
        assertThat(count("select capacity_pct from resumption_daily_report where id = :p", id)).isEqualTo(70);
        assertThat(count("select count(*) from resumption_daily_report where enterprise_id = :p", ent)).isEqualTo(1);

        assertThat(count("select count(*) from audit_log where action = 'RESUMPTION_DAILY_REPORT' and target_id = :p",
                String.valueOf(id))).isEqualTo(1);
        assertThat(count("select count(*) from audit_log where action = 'RESUMPTION_DAILY_CORRECT' and target_id = :p",
                String.valueOf(id))).isEqualTo(1);
        assertThat(db.sql("select detail from audit_log where action = 'RESUMPTION_DAILY_CORRECT' and target_id = :p")
                .param("p", String.valueOf(id)).query(String.class).single()).contains("onDuty=1").contains("was")
                .contains("onDuty=2").contains("capacity=80%");
        mvc.perform(get("/resumption/daily").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("更正今日日报")))
                .andExpect(content().string(containsString(LocalDate.now(clock).toString())))
                .andExpect(content().string(containsString("value=\"70\"")));
    }

    @Test
    void invalidFiguresAnswer422WithClearMessagesAndTheTypedInput() throws Exception {
        long ent = enterpriseWithStaff(131, 2);
        var admin = fixtures.enterpriseAdmin(ent);
        report(admin, "-1", "abc", "", "0", "50", null).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("在岗人数须为不小于 0 的整数，您填写的是“-1”")))
                .andExpect(content().string(containsString("远程办公人数须为不小于 0 的整数，您填写的是“abc”")))
                .andExpect(content().string(containsString("请填写隔离观察人数。")))
                .andExpect(content().string(containsString("value=\"-1\"")));
        report(admin, "2", "1", "0", "0", "50", null).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("在岗 2 + 远程办公 1 + 隔离观察 0 + 未返岗 0 = 3 人，超过了在职员工总数 2 人。")));
        report(admin, "1", "0", "0", "0", "101", null).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("产能利用率须为 0 到 100 之间的整数，您填写的是“101”")));
        report(admin, "1", "0", "0", "0", "99999999999999", "x").andExpect(status().isUnprocessableEntity());
        report(admin, "99999999999", "0", "0", "0", "5", null).andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/resumption/daily").with(csrf()).with(as(admin)).param("lang", "en").param("onDuty", "2")
                        .param("remote", "1").param("quarantine", "0").param("notReturned", "0").param("capacity", "50"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("On duty 2 + remote 1 + quarantine 0 + not returned 0 = 3, more than the 2 active staff.")));
        assertThat(count("select count(*) from resumption_daily_report where enterprise_id = :p", ent)).isZero();
        report(admin, "2", "0", "0", "0", "100", null).andExpect(status().is3xxRedirection());
    }

    @Test
    void quarantineIsPrefilledFromRedAndYellowHealthStatus() throws Exception {
        long zone = 132;
        long ent = fixtures.enterprise(zone);
        long red = fixtures.employee(ent, "红码员工");
        long yellow = fixtures.employee(ent, "黄码员工");
        long green = fixtures.employee(ent, "绿码员工");
        healthStatus(red, ent, zone, "RED");
        healthStatus(yellow, ent, zone, "YELLOW");
        healthStatus(green, ent, zone, "GREEN");
        long other = fixtures.enterprise(zone);
        healthStatus(fixtures.employee(other, "他企红码"), other, zone, "RED");
        var admin = fixtures.enterpriseAdmin(ent);
        mvc.perform(get("/resumption/daily").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("健康状态为红色或黄色的共 2 人")))
                .andExpect(content().string(containsString("id=\"quarantine\" name=\"quarantine\" inputmode=\"numeric\" value=\"2\"")))
                .andExpect(content().string(containsString("在职员工总数：3 人")));
    }

    void healthStatus(long employee, long ent, long zone, String colour) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        db.sql("""
                insert into health_status (employee_id, enterprise_id, zone_id, subject, colour, since, rule_version, updated_at)
                values (:emp, :ent, :zone, :subject, :colour, :now, 'test', :now)
                """).param("emp", employee).param("ent", ent).param("zone", zone).param("subject", "t" + Fixtures.next())
                .param("colour", colour).param("now", now).update();
    }

    @Test
    void zoneSeesWhoReportedTheSumsAndTheRate() throws Exception {
        long zone = 133;
        long a = enterpriseWithStaff(zone, 4);
        long b = enterpriseWithStaff(zone, 5);
        long c = enterpriseWithStaff(zone, 2);
        long elsewhere = enterpriseWithStaff(134, 6);
        report(fixtures.enterpriseAdmin(a), "3", "1", "0", "0", "90", null).andExpect(status().is3xxRedirection());
        report(fixtures.enterpriseAdmin(b), "2", "0", "1", "2", "40", null).andExpect(status().is3xxRedirection());
        report(fixtures.enterpriseAdmin(elsewhere), "6", "0", "0", "0", "100", null).andExpect(status().is3xxRedirection());
        // hand-computed: on duty 3 + 2 = 5, remote 1, quarantine 1, not returned 2, staff 4 + 5 = 9, rate 5 / 9 = 55.6%
        mvc.perform(get("/resumption/daily/zone").with(as(fixtures.zoneStaff(zone)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("已上报 2 家，未上报 1 家")))
                .andExpect(content().string(containsString("id=\"sumOnDuty\">5<")))
                .andExpect(content().string(containsString("id=\"sumRemote\">1<")))
                .andExpect(content().string(containsString("id=\"sumQuarantine\">1<")))
                .andExpect(content().string(containsString("id=\"sumNotReturned\">2<")))
                .andExpect(content().string(containsString("id=\"sumTotal\">9<")))
                .andExpect(content().string(containsString("id=\"rate\">55.6%<")))
                .andExpect(content().string(containsString("复岗率 = 已上报企业的在岗人数之和 ÷ 已上报企业的在职员工总数之和")))
                .andExpect(content().string(containsString("data-enterprise=\"" + c + "\"")))
                .andExpect(content().string(not(containsString("data-enterprise=\"" + elsewhere + "\""))));
        String yesterday = LocalDate.now(clock).minusDays(1).toString();
        mvc.perform(get("/resumption/daily/zone").param("day", yesterday).with(as(fixtures.zoneAdmin(zone))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已上报 0 家，未上报 3 家")))
                .andExpect(content().string(containsString("id=\"rate\">—<")));
        mvc.perform(get("/resumption/daily/zone").param("day", "2020-13-45").with(as(fixtures.zoneAdmin(zone))))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("日期“2020-13-45”无效")));
        String today = LocalDate.now(clock).toString();
        for (String day : new String[] {"+999999999-12-31", "-999999999-01-01", "0001-01-01", "9999-12-31",
                "+5874898-01-01", "1999-12-31", LocalDate.now(clock).plusDays(1).toString()}) {
            mvc.perform(get("/resumption/daily/zone").param("day", day).with(as(fixtures.zoneAdmin(zone))))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(content().string(containsString("日期“" + day + "”超出范围（2000-01-01 至 " + today)))
                    .andExpect(content().string(containsString("已上报 2 家，未上报 1 家")));
        }
        mvc.perform(get("/resumption/daily/zone").param("day", "0001-01-01").param("lang", "en")
                .with(as(fixtures.zoneAdmin(zone)))).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("The date &quot;0001-01-01&quot; is out of range")));
        mvc.perform(get("/resumption/daily/zone").param("day", "2000-01-01").with(as(fixtures.zoneAdmin(zone))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已上报 0 家，未上报 3 家")));
        mvc.perform(get("/resumption/daily/zone/enterprises/99999999999999999999").with(as(fixtures.zoneAdmin(zone))))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/resumption/daily/zone/remind/99999999999999999999").with(csrf())
                .with(as(fixtures.zoneAdmin(zone)))).andExpect(status().isBadRequest());
    }

    @Test
    void otherTenantsGet404AndOtherRoles403() throws Exception {
        long zone = 135;
        long a = enterpriseWithStaff(zone, 3);
        long b = enterpriseWithStaff(zone, 3);
        var adminA = fixtures.enterpriseAdmin(a);
        var adminB = fixtures.enterpriseAdmin(b);
        report(adminA, "1", "1", "0", "0", "77", null).andExpect(status().is3xxRedirection());
        long idA = count("select id from resumption_daily_report where enterprise_id = :p", a);

        mvc.perform(get("/resumption/daily").with(as(adminB))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("value=\"77\""))))
                .andExpect(content().string(not(containsString("更正今日日报"))));
        // B's save with A's version creates B's own report; A's is untouched
        report(adminB, "3", "0", "0", "0", "10", "0").andExpect(status().isConflict());
        report(adminB, "3", "0", "0", "0", "10", null).andExpect(status().is3xxRedirection());
        assertThat(count("select capacity_pct from resumption_daily_report where id = :p", idA)).isEqualTo(77);
        assertThat(count("select version from resumption_daily_report where id = :p", idA)).isZero();

        mvc.perform(get("/resumption/daily/zone/enterprises/" + a).with(as(fixtures.zoneAdmin(zone))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("77%")));
        mvc.perform(get("/resumption/daily/zone/enterprises/" + a).with(as(fixtures.zoneAdmin(136))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/resumption/daily/zone/enterprises/" + a).with(as(fixtures.zoneStaff(136))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/resumption/daily/zone").with(as(fixtures.zoneAdmin(136)))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-enterprise=\"" + a + "\""))));

        var employee = fixtures.employeeAccount(fixtures.employee(a, "张三"));
        var ministry = fixtures.ministry();
        mvc.perform(get("/resumption/daily").with(as(employee))).andExpect(status().isForbidden());
        report(employee, "0", "0", "0", "0", "0", null).andExpect(status().isForbidden());
        mvc.perform(get("/resumption/daily/zone").with(as(employee))).andExpect(status().isForbidden());
        mvc.perform(get("/resumption/daily/zone").with(as(ministry))).andExpect(status().isForbidden());
        mvc.perform(get("/resumption/daily/zone/enterprises/" + a).with(as(ministry))).andExpect(status().isForbidden());
        mvc.perform(get("/resumption/daily").with(as(ministry))).andExpect(status().isForbidden());
        mvc.perform(get("/resumption/daily/zone").with(as(adminA))).andExpect(status().isForbidden());
        report(fixtures.zoneAdmin(zone), "0", "0", "0", "0", "0", null).andExpect(status().isForbidden());
        assertThat(count("select count(*) from resumption_daily_report where zone_id = :p", zone)).isEqualTo(2);
    }

    /** The indicators count only ACTIVE enterprises: a pending or rejected one's admin cannot report (409). */
    @Test
    void anEnterpriseNotActiveCannotReport() throws Exception {
        for (String status : new String[] {"PENDING", "REJECTED"}) {
            long ent = fixtures.enterprise(130, "未审核企业" + Fixtures.next(), status);
            fixtures.employee(ent, "员工");
            fixtures.employee(ent, "员工");
            var admin = fixtures.enterpriseAdmin(ent);
            assertThat(admin.isEnabled()).isTrue();
            mvc.perform(get("/resumption/daily").with(as(admin))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("本企业尚未通过园区审核，暂不能上报复工日报")));
            report(admin, "1", "0", "0", "0", "50", null).andExpect(status().isConflict())
                    .andExpect(content().string(containsString("本企业尚未通过园区审核，暂不能上报复工日报")));
            mvc.perform(post("/resumption/daily").with(csrf()).with(as(admin)).param("lang", "en").param("onDuty", "1")
                    .param("remote", "0").param("quarantine", "0").param("notReturned", "0").param("capacity", "50"))
                    .andExpect(status().isConflict())
                    .andExpect(content().string(containsString("is not approved by the zone")));
            assertThat(count("select count(*) from resumption_daily_report where enterprise_id = :p", ent)).isZero();
            assertThat(count("select count(*) from audit_log where action = 'RESUMPTION_DAILY_REPORT' and enterprise_id = :p",
                    ent)).isZero();
        }
        long active = enterpriseWithStaff(130, 1);
        mvc.perform(get("/resumption/daily").with(as(fixtures.enterpriseAdmin(active)))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("暂不能上报复工日报"))));
        report(fixtures.enterpriseAdmin(active), "1", "0", "0", "0", "50", null).andExpect(status().is3xxRedirection());
    }
}
