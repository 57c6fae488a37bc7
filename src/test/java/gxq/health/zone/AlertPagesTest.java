package gxq.health.zone;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/**
 * Alerts of zone 172 (enterprises P and Q) and of zone 173. Alerts are dated 2020 so that the list's date filter has
 * fixed days; every test makes its own rows and looks them up by id.
 */
@IntegrationTest
@Tag("db")
class AlertPagesTest {

    static final long ZONE = 172;
    static final long OTHER_ZONE = 173;
    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;

    HealthZoneFixtures h;
    long entP, entQ, entOther, empP, empQ, empOther;
    long redP, feverQ, yellowP, otherZoneAlert;
    GxqUser staff;

    @BeforeEach
    void alerts() {
        h = new HealthZoneFixtures(db);
        entP = fixtures.enterprise(ZONE, "鹏程科技" + Fixtures.next(), "ACTIVE");
        entQ = fixtures.enterprise(ZONE, "启明生物" + Fixtures.next(), "ACTIVE");
        entOther = fixtures.enterprise(OTHER_ZONE);
        empP = fixtures.employee(entP, "欧阳娜娜");
        empQ = fixtures.employee(entQ, "张三丰");
        empOther = fixtures.employee(entOther, "李外区");
        redP = h.alert(empP, "TURNED_RED", "RED", "HIGH_RISK_ARRIVAL(420100, 2020-02-09)",
                OffsetDateTime.of(2020, 2, 10, 9, 0, 0, 0, CHINA));
        feverQ = h.alert(empQ, "FEVER", "GREEN", "38.2", OffsetDateTime.of(2020, 2, 11, 10, 0, 0, 0, CHINA));
        // 23:30 in Beijing is still 12 February there, though already 15:30 UTC
        yellowP = h.alert(empP, "TURNED_YELLOW", "YELLOW", "FEVER(37.8, 2020-02-12)",
                OffsetDateTime.of(2020, 2, 12, 23, 30, 0, 0, CHINA));
        otherZoneAlert = h.alert(empOther, "TURNED_RED", "RED", "CONFIRMED()", OffsetDateTime.of(2020, 2, 12, 8, 0, 0, 0, CHINA));
        staff = fixtures.zoneStaff(ZONE);
    }

    private String list(GxqUser user, String query) throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/health/alerts" + query).with(as(user))).andReturn().getResponse();
        assertThat(r.getStatus()).as(query).isEqualTo(200);
        return r.getContentAsString();
    }

    private static String row(long id) {
        return "id=\"alert-" + id + "\"";
    }

    @Test
    void zoneStaffSeeTheZonesAlertsNewestFirstWithMaskedNamesAndReasonsInWords() throws Exception {
        String html = list(staff, "?from=2020-02-10&to=2020-02-12");
        assertThat(html).contains(row(redP), row(feverQ), row(yellowP)).doesNotContain(row(otherZoneAlert));
        assertThat(Html.indexOf(html, row(yellowP))).isLessThan(Html.indexOf(html, row(feverQ)));
        assertThat(Html.indexOf(html, row(feverQ))).isLessThan(Html.indexOf(html, row(redP)));
        assertThat(html).contains("欧***", "张**").doesNotContain("欧阳娜娜").doesNotContain("张三丰");
        assertThat(html).contains("14天内到过高风险地区（武汉市，最后一天 2020-02-09）", "体温 38.2 ℃",
                "体温 37.8 ℃（2020-02-12），达到发热标准");
        assertThat(html).contains("/health/status/" + empP, "2020-02-12 23:30", "转为红码", "红码");
        assertThat(html).contains("table-warning"); // open ones stand out
        assertThat(html).contains("id=\"openCount\"");
    }

    @Test
    void everyTextOfTheListExistsInBothLanguages() throws Exception {
        h.acknowledge(redP, staff.id());
        for (GxqUser u : List.of(staff, fixtures.enterpriseAdmin(entP))) {
            assertThat(list(u, "?from=2020-02-10&to=2020-02-12&lang=zh-CN")).doesNotContain("??");
            assertThat(list(u, "?from=2020-02-10&to=2020-02-12&lang=en")).doesNotContain("??")
                    .contains("Turned red", "Turned yellow", "Acknowledged", "Open");
        }
        assertThat(list(staff, "?kind=FEVER&from=2020-02-11&to=2020-02-11&lang=en")).contains("Temperature 38.2 °C");
    }

    @Test
    void filtersByStateKindEnterpriseAndDay() throws Exception {
        h.acknowledge(redP, staff.id());
        String days = "&from=2020-02-10&to=2020-02-12";
        assertThat(list(staff, "?state=open" + days)).contains(row(feverQ), row(yellowP)).doesNotContain(row(redP));
        assertThat(list(staff, "?state=acknowledged" + days)).contains(row(redP)).doesNotContain(row(feverQ), row(yellowP));
        assertThat(list(staff, "?kind=FEVER" + days)).contains(row(feverQ)).doesNotContain(row(redP), row(yellowP));
        assertThat(list(staff, "?enterprise=" + entP + days)).contains(row(redP), row(yellowP)).doesNotContain(row(feverQ));
        assertThat(list(staff, "?from=2020-02-12&to=2020-02-12")).contains(row(yellowP)).doesNotContain(row(redP), row(feverQ));
        assertThat(list(staff, "?to=2020-02-10")).contains(row(redP)).doesNotContain(row(yellowP), row(feverQ));
    }

    @Test
    void badFiltersAnswer400WithAMessageNever500() throws Exception {
        assertBad("?state=closed", "状态“closed”无效");
        assertBad("?kind=COUGH", "预警类型“COUGH”无效");
        assertBad("?from=2020-13-01", "日期“2020-13-01”无效");
        assertBad("?from=2020-02-12&to=2020-02-10", "截止日期 2020-02-10 早于起始日期 2020-02-12");
        assertBad("?enterprise=abc", "参数“enterprise”格式不正确");
        assertBad("?page=x", "参数“page”格式不正确");
        var en = mvc.perform(get("/health/alerts").param("kind", "COUGH").param("lang", "en").with(as(staff))).andReturn().getResponse();
        assertThat(en.getStatus()).isEqualTo(400);
        assertThat(en.getContentAsString()).contains("is not valid; use TURNED_RED, TURNED_YELLOW or FEVER.");
        // an enterprise of another zone is not found, like its alerts
        assertThat(mvc.perform(get("/health/alerts").param("enterprise", String.valueOf(entOther)).with(as(staff)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private void assertBad(String query, String message) throws Exception {
        var r = mvc.perform(get("/health/alerts" + query).with(as(staff))).andReturn().getResponse();
        assertThat(r.getStatus()).as(query).isEqualTo(400);
        assertThat(r.getContentAsString()).as(query).contains(message);
    }

    @Test
    void acknowledgingRecordsWhoAndWhenOnceAndIsAudited() throws Exception {
        var r = mvc.perform(post("/health/alerts/" + redP + "/acknowledge").header("HX-Request", "true")
                .with(csrf()).with(as(staff))).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentAsString()).startsWith("<tr").contains(row(redP)).contains("已确认")
                .contains(staff.displayName()).doesNotContain("hx-post");
        assertThat(r.getHeader("HX-Trigger")).startsWith("{\"gxqOpenAlerts\":");
        assertThat(h.acknowledgedBy(redP)).isEqualTo(staff.id());
        assertThat(h.audits(redP)).isEqualTo(1);
        assertThat(db.sql("select zone_id from audit_log where action = 'HEALTH_ALERT_ACK' and target_id = :id")
                .param("id", String.valueOf(redP)).query(Long.class).single()).isEqualTo(ZONE);

        // a second acknowledgement, by someone else, is harmless: the first one stands and nothing more is audited
        GxqUser admin = fixtures.zoneAdmin(ZONE);
        var again = mvc.perform(post("/health/alerts/" + redP + "/acknowledge").with(csrf()).with(as(admin)))
                .andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(302);
        assertThat(h.acknowledgedBy(redP)).isEqualTo(staff.id());
        assertThat(h.audits(redP)).isEqualTo(1);
        assertThat(list(admin, "?state=acknowledged&from=2020-02-10&to=2020-02-10")).contains(row(redP));
    }

    @Test
    void concurrentAcknowledgementsLeaveTheFirstOneStanding() throws Exception {
        List<GxqUser> people = List.of(staff, fixtures.zoneStaff(ZONE), fixtures.zoneAdmin(ZONE), fixtures.zoneStaff(ZONE));
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (GxqUser p : people) {
                Callable<Integer> call = () -> {
                    start.await();
                    return mvc.perform(post("/health/alerts/" + feverQ + "/acknowledge").header("HX-Request", "true")
                            .with(csrf()).with(as(p))).andReturn().getResponse().getStatus();
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            for (Future<Integer> f : answers) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        Long by = h.acknowledgedBy(feverQ);
        assertThat(people.stream().map(GxqUser::id)).contains(by);
        assertThat(h.audits(feverQ)).isEqualTo(1);
        assertThat(db.sql("select actor_id from audit_log where action = 'HEALTH_ALERT_ACK' and target_id = :id")
                .param("id", String.valueOf(feverQ)).query(Long.class).single()).isEqualTo(by);
    }

    @Test
    void acknowledgingSelectedAlertsIsAllOrNothingWithinTheZone() throws Exception {
        var r = mvc.perform(post("/health/alerts/acknowledge").param("ids", String.valueOf(feverQ), String.valueOf(yellowP))
                .param("state", "open").with(csrf()).with(as(staff))).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(302);
        assertThat(r.getRedirectedUrl()).contains("state=open");
        assertThat(h.acknowledgedBy(feverQ)).isEqualTo(staff.id());
        assertThat(h.acknowledgedBy(yellowP)).isEqualTo(staff.id());
        assertThat(h.audits(feverQ) + h.audits(yellowP)).isEqualTo(2);

        // one id of another zone: 404 and nothing changes, not even the alert of the own zone
        var mixed = mvc.perform(post("/health/alerts/acknowledge").param("ids", String.valueOf(redP), String.valueOf(otherZoneAlert))
                .with(csrf()).with(as(staff))).andReturn().getResponse();
        assertThat(mixed.getStatus()).isEqualTo(404);
        assertThat(h.acknowledgedBy(redP)).isNull();
        assertThat(h.acknowledgedBy(otherZoneAlert)).isNull();

        var none = mvc.perform(post("/health/alerts/acknowledge").with(csrf()).with(as(staff))).andReturn().getResponse();
        assertThat(none.getStatus()).isEqualTo(400);
        assertThat(none.getContentAsString()).contains("请先勾选要确认的预警");
    }

    @Test
    void anotherZoneNeitherSeesNorAcknowledges() throws Exception {
        GxqUser otherAdmin = fixtures.zoneAdmin(OTHER_ZONE);
        assertThat(list(otherAdmin, "?from=2020-02-10&to=2020-02-12")).contains(row(otherZoneAlert))
                .doesNotContain(row(redP), row(feverQ), row(yellowP));
        var r = mvc.perform(post("/health/alerts/" + redP + "/acknowledge").with(csrf()).with(as(otherAdmin)))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(404);
        assertThat(h.acknowledgedBy(redP)).isNull();
        assertThat(h.audits(redP)).isZero();
    }

    @Test
    void enterpriseAdminReadsOwnEnterprisesAlertsButDoesNotAcknowledge() throws Exception {
        GxqUser adminP = fixtures.enterpriseAdmin(entP);
        String html = list(adminP, "?from=2020-02-10&to=2020-02-12");
        assertThat(html).contains(row(redP), row(yellowP)).doesNotContain(row(feverQ), row(otherZoneAlert))
                .doesNotContain("ack-button");
        var r = mvc.perform(post("/health/alerts/" + redP + "/acknowledge").with(csrf()).with(as(adminP)))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(403);
        assertThat(h.acknowledgedBy(redP)).isNull();
        assertThat(mvc.perform(get("/health/alerts").param("enterprise", String.valueOf(entQ)).with(as(adminP)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void ministryAndOtherRolesAreForbidden() throws Exception {
        for (GxqUser u : List.of(fixtures.ministry(), fixtures.employeeAccount(empP),
                fixtures.account(Role.GATE_GUARD, ZONE, null, null), fixtures.account(Role.SERVICE_PROVIDER, ZONE, null, null))) {
            assertThat(mvc.perform(get("/health/alerts").with(as(u))).andReturn().getResponse().getStatus())
                    .as("%s", u.role()).isEqualTo(403);
            assertThat(mvc.perform(post("/health/alerts/" + redP + "/acknowledge").with(csrf()).with(as(u)))
                    .andReturn().getResponse().getStatus()).as("%s", u.role()).isEqualTo(403);
        }
        assertThat(h.acknowledgedBy(redP)).isNull();
    }

    @Test
    void pagesOfFiftyNewestFirstKeepTheFilters() throws Exception {
        long zone = 174; // used for nothing else in this class
        long ent = fixtures.enterprise(zone);
        long emp = fixtures.employee(ent, "分页");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < AlertController.PAGE + 2; i++) { // 52 alerts on 2003-03-01, one minute apart
            ids.add(h.alert(emp, "FEVER", "GREEN", "37.5", OffsetDateTime.of(2003, 3, 1, 8, i, 0, 0, CHINA)));
        }
        GxqUser zoneStaff = fixtures.zoneStaff(zone);
        String filter = "&kind=FEVER&from=2003-03-01&to=2003-03-01";
        String first = list(zoneStaff, "?page=0" + filter);
        String second = list(zoneStaff, "?page=1" + filter);
        for (int i = 0; i < ids.size(); i++) {
            boolean newest = i >= 2; // ids are oldest first
            assertThat(first.contains(row(ids.get(i)))).as("alert %d on page 1", i).isEqualTo(newest);
            assertThat(second.contains(row(ids.get(i)))).as("alert %d on page 2", i).isEqualTo(!newest);
        }
        assertThat(first).contains("page=1&amp;state=&amp;kind=FEVER").contains("from=2003-03-01");
    }

    @Test
    void homeTileCountsTheZonesOpenAlerts() throws Exception {
        long open = db.sql("select count(*) from health_alert where zone_id = :z and acknowledged_at is null")
                .param("z", ZONE).query(Long.class).single();
        String home = mvc.perform(get("/").with(as(staff))).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("/health/alerts?state=open");
        assertThat(home).containsPattern("<div class=\"tile-value\">" + open + "</div>\\s*<div class=\"text-muted small\">待确认健康预警");
    }
}
