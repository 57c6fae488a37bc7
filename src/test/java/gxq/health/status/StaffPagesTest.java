package gxq.health.status;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The admins' pages: not declared today and reminders, returnees under observation, one person's status and the
 * zone's manual status — each with the scope checks (another enterprise or zone: 404; ministry: 403). Zones 152/153.
 */
@IntegrationTest
@Tag("db")
class StaffPagesTest {

    static final long ZONE = 152;
    static final long OTHER_ZONE = 153;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired StatusEngine engine;

    long enterprise;
    long otherEnterprise;
    long employee;
    String name;
    long stranger;
    GxqUser employeeUser;
    GxqUser admin;
    GxqUser otherAdmin;
    GxqUser zoneAdmin;
    LocalDate today;

    @BeforeEach
    void setUp() {
        enterprise = fixtures.enterprise(ZONE);
        otherEnterprise = fixtures.enterprise(ZONE);
        name = "赵敏" + Fixtures.next();
        employee = fixtures.employee(enterprise, name);
        stranger = fixtures.employee(otherEnterprise, "钱多" + Fixtures.next());
        employeeUser = fixtures.employeeAccount(employee);
        admin = fixtures.enterpriseAdmin(enterprise);
        otherAdmin = fixtures.enterpriseAdmin(otherEnterprise);
        zoneAdmin = fixtures.zoneAdmin(ZONE);
        today = engine.today();
    }

    long count(String sql, long id) {
        return db.sql(sql).param("e", id).query(Long.class).single();
    }

    void declare(GxqUser user, String body) throws Exception {
        mvc.perform(post("/api/health/declarations").with(as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated());
    }

    @Test
    void enterpriseAdminSeesWhoHasNotDeclaredAndRemindsThemOncePerDay() throws Exception {
        mvc.perform(get("/health/missing").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(not(containsString("钱多"))));
        mvc.perform(post("/health/missing/" + employee + "/remind").with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/health/missing/" + employee + "/remind").with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(count("select count(*) from health_reminder where employee_id = :e", employee)).isEqualTo(1);
        assertThat(count("select count(*) from audit_log where action = 'HEALTH_REMIND' and target_id = cast(:e as varchar)", employee))
                .isEqualTo(1);
        mvc.perform(get("/me/health").with(as(employeeUser))).andExpect(status().isOk())
                .andExpect(content().string(containsString("企业管理员今天提醒您申报健康状况")));
        // another enterprise's employee: 404, nothing written
        mvc.perform(post("/health/missing/" + stranger + "/remind").with(as(admin)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(count("select count(*) from health_reminder where employee_id = :e", stranger)).isZero();

        // remind all: the other colleague, not the one already reminded, not the stranger
        long colleague = fixtures.employee(enterprise, "孙立" + Fixtures.next());
        mvc.perform(post("/health/missing/remind-all").with(as(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(count("select count(*) from health_reminder where employee_id = :e", colleague)).isEqualTo(1);
        assertThat(count("select count(*) from health_reminder where employee_id = :e", employee)).isEqualTo(1);
        assertThat(count("select count(*) from health_reminder where employee_id = :e", stranger)).isZero();

        // after declaring, the person leaves the list
        declare(employeeUser, "{\"temperature\":\"36.5\",\"currentCity\":\"110100\"}");
        mvc.perform(get("/health/missing").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(name))));
        // zone staff see the zone's list, filtered by enterprise; they do not remind
        mvc.perform(get("/health/missing").param("enterprise", String.valueOf(otherEnterprise)).with(as(fixtures.zoneStaff(ZONE))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("钱多")));
        mvc.perform(post("/health/missing/" + stranger + "/remind").with(as(zoneAdmin)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/health/missing").with(as(fixtures.ministry()))).andExpect(status().isForbidden());
        mvc.perform(get("/health/missing").with(as(employeeUser))).andExpect(status().isForbidden());
    }

    @Test
    void returneesAreListedWithTheirOriginAndDaysLeftWithinTheScope() throws Exception {
        declare(employeeUser, "{\"temperature\":\"36.5\",\"currentCity\":\"110100\",\"returned\":true,"
                + "\"returnFrom\":\"440300\",\"returnDate\":\"" + today.minusDays(2) + "\"}");
        assertThat(engine.lock(new StatusEngine.Subject(employee, enterprise, ZONE), today).watchUntil())
                .isEqualTo(today.plusDays(12));
        mvc.perform(get("/health/observation").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("深圳市")))
                .andExpect(content().string(containsString("剩 12 天")));
        mvc.perform(get("/health/observation").with(as(zoneAdmin))).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        mvc.perform(get("/health/observation").with(as(otherAdmin))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/health/observation").with(as(fixtures.zoneAdmin(OTHER_ZONE)))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/health/observation").with(as(fixtures.ministry()))).andExpect(status().isForbidden());
    }

    @Test
    void zoneStaffSetAndWithdrawAnOverrideAndRecordADiagnosisAllAudited() throws Exception {
        declare(employeeUser, "{\"temperature\":\"36.5\",\"currentCity\":\"110100\"}");
        GxqUser staff = fixtures.zoneStaff(ZONE);
        mvc.perform(post("/health/status/" + employee + "/override").with(as(staff)).with(csrf())
                .param("colour", "RED").param("reason", "区疾控中心通知, 第 12 号").param("until", today.plusDays(3).toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/health/status/" + employee).with(as(employeeUser))).andExpect(status().isOk())
                .andExpect(jsonPath("$.colour").value("RED"))
                .andExpect(jsonPath("$.reasons[0]").value("工作人员设为红码：区疾控中心通知，第 12 号"))
                .andExpect(jsonPath("$.until").value(today.plusDays(4).toString()))
                .andExpect(jsonPath("$.sequence").value(1));
        assertThat(count("select count(*) from health_alert where employee_id = :e and kind = 'TURNED_RED'", employee)).isEqualTo(1);
        assertThat(count("select count(*) from audit_log where action = 'HEALTH_OVERRIDE_SET' and target_id = cast(:e as varchar)", employee))
                .isEqualTo(1);
        assertThat(count("select count(*) from health_status_change where employee_id = :e and actor_id is not null", employee))
                .isEqualTo(1);

        mvc.perform(post("/health/status/" + employee + "/override/withdraw").with(as(staff)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/health/status/" + employee).with(as(admin))).andExpect(status().isOk())
                .andExpect(jsonPath("$.colour").value("GREEN")).andExpect(jsonPath("$.sequence").value(2));

        mvc.perform(post("/health/status/" + employee + "/diagnosis").with(as(zoneAdmin)).with(csrf())
                .param("diagnosis", "CLOSE_CONTACT").param("notice", "疾控流调通知"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/health/status/" + employee).with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("红码")))
                .andExpect(content().string(containsString("密切接触者")))
                .andExpect(content().string(not(containsString("overrideForm")))) // enterprise admin reads only
                .andExpect(content().string(containsString("36.5")));
        // clearing the diagnosis leaves the person in red isolation (14 normal days from turning red)
        mvc.perform(post("/health/status/" + employee + "/diagnosis").with(as(zoneAdmin)).with(csrf())
                .param("diagnosis", "NONE").param("notice", "解除通知"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/health/status/" + employee).with(as(zoneAdmin))).andExpect(status().isOk())
                .andExpect(jsonPath("$.colour").value("RED"))
                .andExpect(jsonPath("$.reasonCodes[0]").value("RED_ISOLATION(1, 14)"));
        assertThat(count("select count(*) from audit_log where action in ('HEALTH_DIAGNOSIS_SET', 'HEALTH_DIAGNOSIS_CLEAR', 'HEALTH_OVERRIDE_WITHDRAW') and target_id = cast(:e as varchar)", employee))
                .isEqualTo(3);
    }

    @Test
    void manualStatusRejectsBadInputWith422AndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/health/status/" + employee + "/override").with(as(zoneAdmin)).with(csrf())
                .param("colour", "YELLOW").param("reason", " ").param("until", "2099-01-01"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("请填写原因")))
                .andExpect(content().string(containsString("value=\"2099-01-01\"")));
        mvc.perform(post("/health/status/" + employee + "/override").with(as(zoneAdmin)).with(csrf())
                .param("colour", "PURPLE").param("reason", "x")).andExpect(status().is(422));
        mvc.perform(post("/health/status/" + employee + "/override").with(as(zoneAdmin)).with(csrf())
                .param("colour", "RED").param("reason", "x").param("until", today.minusDays(1).toString()))
                .andExpect(status().is(422)).andExpect(content().string(containsString("截止日期不能早于今天")));
        assertThat(count("select count(*) from audit_log where action = 'HEALTH_OVERRIDE_SET' and target_id = cast(:e as varchar)", employee))
                .isZero();
    }

    @Test
    void personalHealthDataStaysWithinTheScope() throws Exception {
        GxqUser otherZoneAdmin = fixtures.zoneAdmin(OTHER_ZONE);
        GxqUser ministry = fixtures.ministry();
        GxqUser colleague = fixtures.employeeAccount(fixtures.employee(enterprise, "周同事" + Fixtures.next()));
        for (String path : new String[] {"/health/status/" + employee, "/api/health/status/" + employee}) {
            mvc.perform(get(path).with(as(otherAdmin))).andExpect(status().isNotFound());
            mvc.perform(get(path).with(as(otherZoneAdmin))).andExpect(status().isNotFound());
            mvc.perform(get(path).with(as(ministry))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(as(fixtures.account(Role.GATE_GUARD, ZONE, enterprise, null)))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(as(admin))).andExpect(status().isOk());
            mvc.perform(get(path).with(as(zoneAdmin))).andExpect(status().isOk());
        }
        mvc.perform(get("/api/health/status/" + employee).with(as(colleague))).andExpect(status().isNotFound());
        mvc.perform(get("/api/health/status/" + employee).with(as(employeeUser))).andExpect(status().isOk());
        mvc.perform(get("/health/status/" + employee).with(as(employeeUser))).andExpect(status().isForbidden());
        mvc.perform(post("/health/status/" + employee + "/override").with(as(otherZoneAdmin)).with(csrf())
                .param("colour", "RED").param("reason", "x")).andExpect(status().isNotFound());
        mvc.perform(post("/health/status/" + employee + "/override").with(as(admin)).with(csrf())
                .param("colour", "GREEN").param("reason", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/health/status/" + employee + "/diagnosis").with(as(ministry)).with(csrf())
                .param("diagnosis", "NONE").param("notice", "x")).andExpect(status().isForbidden());
        assertThat(count("select count(*) from health_status where employee_id = :e", employee)).isZero();
    }
}
