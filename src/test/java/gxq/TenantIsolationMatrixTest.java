package gxq;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The whole matrix in one place: every role, signed in from ANOTHER tenant, asks for an enterprise, an employee and
 * the audit trail of tenant A — through pages and the API, with the real ids (as an attacker guessing ids would).
 * Out-of-scope rows answer 404, roles without the function 403; only the ministry reads enterprises of every zone,
 * and nobody outside the zone reads its employees. Health data and resumption filings follow the same rule; the
 * ministry sees resumption figures of a zone as aggregates, never a filing or its files. Drafts of policies, shared
 * practices and notices stay with their author's tenant.
 */
@IntegrationTest
@Tag("db")
class TenantIsolationMatrixTest {

    private static final long ZONE_A = 30;
    private static final long ZONE_B = 31;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;

    private long enterpriseA;
    private long employeeA;
    private String auditMarkA;

    @BeforeEach
    void tenantA() {
        enterpriseA = fixtures.enterprise(ZONE_A, "甲方科技有限公司" + Fixtures.next(), "ACTIVE");
        employeeA = fixtures.employee(enterpriseA, "陈静");
        auditMarkA = "matrix-" + Fixtures.next();
        db.sql("""
                insert into audit_log (occurred_at, actor_name, zone_id, enterprise_id, action, detail, outcome)
                values (current_timestamp, 'someone', :z, :e, 'MATRIX_TEST', :d, 'OK')
                """).param("z", ZONE_A).param("e", enterpriseA).param("d", auditMarkA).update();
    }

    /** role of the caller (in tenant B), expected status for enterprise pages/API, employee pages/API, audit. */
    static Stream<Arguments> callers() {
        return Stream.of(
                Arguments.of(Role.MINISTRY_ADMIN, 200, 403, true),
                Arguments.of(Role.ZONE_ADMIN, 404, 404, false),
                Arguments.of(Role.ZONE_STAFF, 404, 404, null),
                Arguments.of(Role.ENTERPRISE_ADMIN, 404, 404, false),
                Arguments.of(Role.EMPLOYEE, 403, 403, null),
                Arguments.of(Role.GATE_GUARD, 403, 403, null),
                Arguments.of(Role.SERVICE_PROVIDER, 403, 403, null));
    }

    @ParameterizedTest(name = "{0} from another tenant")
    @MethodSource("callers")
    void anotherTenantGetsNothingOfTenantA(Role role, int enterpriseStatus, int employeeStatus, Boolean seesAudit)
            throws Exception {
        GxqUser caller = callerOfTenantB(role);
        for (String path : List.of("/enterprises/" + enterpriseA, "/api/enterprises/" + enterpriseA)) {
            assertThat(status(caller, path)).as("%s %s", role, path).isEqualTo(enterpriseStatus);
        }
        for (String path : List.of("/employees/" + employeeA, "/api/employees/" + employeeA)) {
            assertThat(status(caller, path)).as("%s %s", role, path).isEqualTo(employeeStatus);
        }
        for (String path : List.of("/audit", "/api/audit")) {
            var result = mvc.perform(get(path).param("action", "MATRIX_TEST").with(as(caller))).andReturn();
            if (seesAudit == null) {
                assertThat(result.getResponse().getStatus()).as("%s %s", role, path).isEqualTo(403);
            } else {
                assertThat(result.getResponse().getStatus()).as("%s %s", role, path).isEqualTo(200);
                assertThat(result.getResponse().getContentAsString().contains(auditMarkA)).as("%s %s", role, path)
                        .isEqualTo(seesAudit);
            }
        }
    }

    /**
     * Health data of tenant A's employee (a real declaration with fever, so a status and an alert exist, and a
     * checkpoint of A's enterprise): role of the caller in tenant B, expected status of the status page, the status API, the
     * 代报 form, tracing, acknowledging A's alert and A's checkpoint. Personal health data never reaches the ministry
     * (403), nor any role of another zone or enterprise; nothing of A changes.
     */
    static Stream<Arguments> healthCallers() {
        return Stream.of(
                Arguments.of(Role.MINISTRY_ADMIN, 403, 403, 403, 403, 403, 403),
                Arguments.of(Role.ZONE_ADMIN, 404, 404, 403, 404, 404, 404),
                Arguments.of(Role.ZONE_STAFF, 404, 404, 403, 404, 404, 403),
                Arguments.of(Role.ENTERPRISE_ADMIN, 404, 404, 404, 403, 403, 404),
                Arguments.of(Role.EMPLOYEE, 403, 404, 403, 403, 403, 403),
                Arguments.of(Role.GATE_GUARD, 403, 403, 403, 403, 403, 403),
                Arguments.of(Role.SERVICE_PROVIDER, 403, 403, 403, 403, 403, 403));
    }

    @ParameterizedTest(name = "{0} from another tenant, health data")
    @MethodSource("healthCallers")
    void anotherTenantGetsNoHealthDataOfTenantA(Role role, int statusPage, int statusApi, int proxyForm, int tracing,
            int acknowledge, int checkpoint) throws Exception {
        GxqUser employeeUserA = fixtures.employeeAccount(employeeA);
        assertThat(mvc.perform(post("/api/health/declarations").with(as(employeeUserA)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"temperature\":\"38.1\",\"currentCity\":\"110100\"}"))
                .andReturn().getResponse().getStatus()).isEqualTo(201);
        long alertA = db.sql("select max(id) from health_alert where employee_id = :e").param("e", employeeA)
                .query(Long.class).single();
        db.sql("insert into checkpoint (zone_id, enterprise_id, name, active, created_at) "
                + "values (:z, :e, '甲方东门', true, current_timestamp)").param("z", ZONE_A).param("e", enterpriseA).update();
        long checkpointA = db.sql("select max(id) from checkpoint where enterprise_id = :e").param("e", enterpriseA)
                .query(Long.class).single();
        GxqUser caller = callerOfTenantB(role);

        assertThat(status(caller, "/health/status/" + employeeA)).as("%s status page", role).isEqualTo(statusPage);
        assertThat(status(caller, "/api/health/status/" + employeeA)).as("%s status API", role).isEqualTo(statusApi);
        assertThat(status(caller, "/health/declare/" + employeeA)).as("%s proxy form", role).isEqualTo(proxyForm);
        assertThat(status(caller, "/health/tracing?employee=" + employeeA)).as("%s tracing", role).isEqualTo(tracing);
        assertThat(status(caller, "/health/checkpoints/" + checkpointA)).as("%s checkpoint", role).isEqualTo(checkpoint);
        assertThat(mvc.perform(post("/health/alerts/" + alertA + "/acknowledge").with(as(caller)).with(csrf()))
                .andReturn().getResponse().getStatus()).as("%s acknowledge", role).isEqualTo(acknowledge);
        assertThat(mvc.perform(post("/health/status/" + employeeA + "/override").with(as(caller)).with(csrf())
                .param("colour", "GREEN").param("reason", "x")).andReturn().getResponse().getStatus())
                .as("%s override", role).isIn(403, 404);
        assertThat(db.sql("select count(*) from health_alert where id = :id and acknowledged_at is null")
                .param("id", alertA).query(Long.class).single()).as("%s: alert still open", role).isEqualTo(1);
        assertThat(db.sql("select count(*) from health_status where employee_id = :e and override_colour is null")
                .param("e", employeeA).query(Long.class).single()).as("%s: no override", role).isEqualTo(1);
    }

    /** role (tenant B); filing review page, its attachment, a review decision, tenant A's indicators, its daily history. */
    static Stream<Arguments> resumptionCallers() {
        return Stream.of(
                Arguments.of(Role.MINISTRY_ADMIN, 403, 403, 403, 200, 403),
                Arguments.of(Role.ZONE_ADMIN, 404, 404, 404, 404, 404),
                Arguments.of(Role.ZONE_STAFF, 404, 404, 404, 404, 404),
                Arguments.of(Role.ENTERPRISE_ADMIN, 403, 404, 403, 403, 403),
                Arguments.of(Role.EMPLOYEE, 403, 403, 403, 403, 403),
                Arguments.of(Role.GATE_GUARD, 403, 403, 403, 403, 403),
                Arguments.of(Role.SERVICE_PROVIDER, 403, 403, 403, 403, 403));
    }

    @ParameterizedTest(name = "{0} from another tenant, resumption filing and figures")
    @MethodSource("resumptionCallers")
    void anotherTenantGetsNoFilingOfTenantA(Role role, int filingPage, int attachment, int review, int indicators,
            int dailyHistory) throws Exception {
        GxqUser adminA = fixtures.enterpriseAdmin(enterpriseA);
        List<Long> items = db.sql("select id from resumption_checklist_item where zone_id is null order by position")
                .query(Long.class).list();
        var submit = multipart("/resumption/filing").file(new MockMultipartFile("files." + items.get(5), "消毒.png",
                        "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D}))
                .with(csrf()).with(as(adminA)).param("action", "submit")
                .param("plannedDate", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).toString())
                .param("plannedHeadcount", "50").param("returnees", "5").param("masksDays", "14")
                .param("thermometersDays", "30").param("disinfectantDays", "21").param("monthlyOutput", "300")
                .param("contactName", "王经理").param("contactPhone", "13812345678");
        for (long item : items) {
            submit = (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder) submit
                    .param("answer." + item, "DONE").param("evidence." + item, "已落实");
        }
        assertThat(mvc.perform(submit).andReturn().getResponse().getStatus()).isIn(200, 302, 303);
        long filingA = db.sql("select max(id) from resumption_filing where enterprise_id = :e").param("e", enterpriseA)
                .query(Long.class).single();
        long attachmentA = db.sql("select max(id) from resumption_filing_attachment where filing_id = :f")
                .param("f", filingA).query(Long.class).single();
        int version = db.sql("select version from resumption_filing where id = :f").param("f", filingA)
                .query(Integer.class).single();
        GxqUser caller = callerOfTenantB(role);

        assertThat(status(caller, "/resumption/filings/" + filingA)).as("%s filing", role).isEqualTo(filingPage);
        assertThat(status(caller, "/resumption/filing/attachments/" + attachmentA)).as("%s attachment", role)
                .isEqualTo(attachment);
        assertThat(mvc.perform(post("/resumption/filings/" + filingA + "/review").with(as(caller)).with(csrf())
                .param("decision", "APPROVE").param("version", String.valueOf(version))).andReturn().getResponse()
                .getStatus()).as("%s review", role).isEqualTo(review);
        assertThat(status(caller, "/resumption/indicators?zone=" + ZONE_A)).as("%s indicators", role)
                .isEqualTo(indicators);
        assertThat(status(caller, "/resumption/daily/zone/enterprises/" + enterpriseA)).as("%s daily history", role)
                .isEqualTo(dailyHistory);
        assertThat(db.sql("select state from resumption_filing where id = :f").param("f", filingA)
                .query(String.class).single()).as("%s: still waiting for review", role).isEqualTo("SUBMITTED");
    }

    /**
     * Drafts stay with their author's tenant (issue 6): a policy draft and a shared practice draft of zone A, and a
     * ministry notice drafted for zone B, are answered 404 (or 403 for roles without the function) to every role of
     * another tenant — the ministry included for the zone's drafts — and the policy draft is not public.
     */
    @ParameterizedTest(name = "{0} from another tenant")
    @MethodSource("callers")
    void draftsStayWithTheirAuthorsTenant(Role role, int enterpriseStatus, int employeeStatus, Boolean seesAudit)
            throws Exception {
        GxqUser zoneAdminA = fixtures.zoneAdmin(ZONE_A);
        String policy = mvc.perform(multipart("/policies/manage").param("title", "草稿政策" + Fixtures.next())
                        .param("issuer", "甲区管委会").param("category", "JOBS").param("body", "草稿正文。")
                        .param("effectiveFrom", "2020-03-01")
                        .with(as(zoneAdminA)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        String item = mvc.perform(multipart("/exchange/items").param("kind", "PRACTICE").param("title", "草稿经验" + Fixtures.next())
                        .param("summary", "摘要").param("body", "正文").param("topics", "RESUMPTION").param("action", "draft")
                        .with(as(zoneAdminA)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(policy).startsWith("/policies/manage/");
        assertThat(item).startsWith("/exchange/items/");
        GxqUser caller = callerOfTenantB(role);
        for (String path : List.of(policy, item)) {
            assertThat(status(caller, path)).as("%s %s", role, path).isIn(403, 404);
        }
        String policyId = policy.substring("/policies/manage/".length());
        assertThat(mvc.perform(get("/public/policies/" + policyId)).andReturn().getResponse().getStatus()).isEqualTo(404);
        if (role != Role.MINISTRY_ADMIN) {
            String notice = mvc.perform(multipart("/notices").param("title", "草稿通知" + Fixtures.next())
                            .param("body", "各园区：草稿。").param("importance", "NORMAL").param("audience", "ZONES")
                            .param("zones", String.valueOf(ZONE_B)).with(as(fixtures.ministry())).with(csrf()))
                    .andReturn().getResponse().getRedirectedUrl();
            assertThat(notice).startsWith("/notices/");
            assertThat(status(caller, notice)).as("%s %s", role, notice).isIn(403, 404);
        }
    }

    private int status(GxqUser caller, String path) throws Exception {
        return mvc.perform(get(path).with(as(caller))).andReturn().getResponse().getStatus();
    }

    private GxqUser callerOfTenantB(Role role) {
        long enterpriseB = fixtures.enterprise(ZONE_B);
        return switch (role) {
            case MINISTRY_ADMIN -> fixtures.ministry();
            case ZONE_ADMIN -> fixtures.zoneAdmin(ZONE_B);
            case ZONE_STAFF -> fixtures.zoneStaff(ZONE_B);
            case ENTERPRISE_ADMIN -> fixtures.enterpriseAdmin(enterpriseB);
            case EMPLOYEE -> fixtures.employeeAccount(fixtures.employee(enterpriseB, "刘洋"));
            case GATE_GUARD -> fixtures.account(Role.GATE_GUARD, ZONE_B, enterpriseB, null);
            case SERVICE_PROVIDER -> fixtures.account(Role.SERVICE_PROVIDER, ZONE_B, null, null);
        };
    }
}
