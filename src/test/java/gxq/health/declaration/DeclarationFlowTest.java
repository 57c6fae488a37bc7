package gxq.health.declaration;

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
import gxq.health.Colour;
import gxq.health.HealthStatusChanged;
import gxq.health.status.HealthFixtures;
import gxq.health.status.StatusEngine;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Declarations over HTTP: status, history, event, alerts, replacement, proxy, bad input. Zone 150 and 151. */
@IntegrationTest
@RecordApplicationEvents
@Tag("db")
class DeclarationFlowTest {

    static final long ZONE = 150;
    static final long OTHER_ZONE = 151;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired StatusEngine engine;
    @Autowired ApplicationEvents events;

    long enterprise;
    long employee;
    GxqUser employeeUser;
    GxqUser admin;
    LocalDate today;

    @BeforeEach
    void setUp() {
        enterprise = fixtures.enterprise(ZONE);
        employee = fixtures.employee(enterprise, "王芳" + Fixtures.next());
        employeeUser = fixtures.employeeAccount(employee);
        admin = fixtures.enterpriseAdmin(enterprise);
        today = engine.today();
        engine.forgetCityRisks();
    }

    static String json(String temperature, String extra) {
        return "{\"temperature\":\"" + temperature + "\",\"currentCity\":\"110100\"" + extra + "}";
    }

    MockHttpServletRequestBuilder declare(GxqUser user, String body) {
        return post("/api/health/declarations").with(as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    long count(String sql) {
        return db.sql(sql).param("e", employee).query(Long.class).single();
    }

    @Test
    void employeeDeclaresNormallyAndStaysGreen() throws Exception {
        mvc.perform(declare(employeeUser, json("36.6", ",\"symptoms\":[]")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.colour").value("GREEN"))
                .andExpect(jsonPath("$.replaced").value(false))
                .andExpect(jsonPath("$.declaredOn").value(today.toString()));
        assertThat(count("select count(*) from health_declaration where employee_id = :e")).isEqualTo(1);
        assertThat(count("select count(*) from health_status where employee_id = :e and colour = 'GREEN'")).isEqualTo(1);
        assertThat(count("select count(*) from health_alert where employee_id = :e")).isZero();
        assertThat(count("select count(*) from audit_log where action = 'HEALTH_DECLARATION' and detail like concat('employee=', :e, ' %')"))
                .isEqualTo(1);
        String subject = db.sql("select subject from health_status where employee_id = :e").param("e", employee)
                .query(String.class).single();
        assertThat(subject).matches("[0-9a-f]{32}");
    }

    @Test
    void feverTurnsYellowStoresTheChangePublishesTheEventAndRaisesTwoAlerts() throws Exception {
        mvc.perform(declare(employeeUser, json("37.8", ",\"symptoms\":[\"干咳\"]")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.colour").value("YELLOW"))
                .andExpect(jsonPath("$.reasonCodes[0]").value("FEVER(37.8, " + today + ")"))
                .andExpect(jsonPath("$.reasons[0]").value(containsString("37.8")))
                .andExpect(jsonPath("$.until").value(today.plusDays(7).toString()))
                .andExpect(jsonPath("$.sequence").value(1));
        assertThat(db.sql("select kind from health_alert where employee_id = :e order by kind").param("e", employee)
                .query(String.class).list()).containsExactly("FEVER", "TURNED_YELLOW");
        assertThat(db.sql("select from_colour || '>' || to_colour || ' ' || rule_version from health_status_change where employee_id = :e")
                .param("e", employee).query(String.class).list()).containsExactly("GREEN>YELLOW CN-2020.1");
        assertThat(events.stream(HealthStatusChanged.class).filter(e -> e.employeeId() == employee))
                .singleElement().satisfies(e -> {
                    assertThat(e.from()).isEqualTo(Colour.GREEN);
                    assertThat(e.to()).isEqualTo(Colour.YELLOW);
                    assertThat(e.enterpriseId()).isEqualTo(enterprise);
                    assertThat(e.reasons()).contains("FEVER(37.8, " + today + ")");
                });
    }

    @Test
    void secondSubmissionTheSameDayReplacesTheFirstAndIsAudited() throws Exception {
        mvc.perform(declare(employeeUser, json("38.2", ",\"visits\":[{\"city\":\"310100\",\"date\":\"" + today.minusDays(3) + "\"}]")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.colour").value("YELLOW"));
        mvc.perform(declare(employeeUser, json("38.4", "")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.replaced").value(true));
        assertThat(count("select count(*) from health_declaration where employee_id = :e")).isEqualTo(1);
        assertThat(db.sql("select temperature from health_declaration where employee_id = :e").param("e", employee)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("38.4");
        assertThat(count("select count(*) from health_declaration_visit v join health_declaration d on d.id = v.declaration_id where d.employee_id = :e"))
                .isZero();
        assertThat(count("select count(*) from audit_log where action = 'HEALTH_DECLARATION_REPLACE' and detail like concat('employee=', :e, ' %')"))
                .isEqualTo(1);
        // fever twice the same day: one FEVER alert, one TURNED_YELLOW
        assertThat(count("select count(*) from health_alert where employee_id = :e")).isEqualTo(2);
        mvc.perform(get("/me/health").with(as(employeeUser))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"38.4\"")))
                .andExpect(content().string(containsString("今天已申报")))
                .andExpect(content().string(containsString("黄码")))
                .andExpect(content().string(containsString("体温 38.4 ℃")));
    }

    @Test
    void aStayInAHighRiskCityTurnsRedWithTheCityNamed() throws Exception {
        // zone 151 alone has Wuhan high-risk (a zone's own entry), so other tests in zone 150 are not affected
        long ent = fixtures.enterprise(OTHER_ZONE);
        employee = fixtures.employee(ent, "李强" + Fixtures.next());
        GxqUser traveller = fixtures.employeeAccount(employee);
        new HealthFixtures(db).cityRisk(OTHER_ZONE, "420100", "HIGH", today.minusDays(20));
        engine.forgetCityRisks();
        mvc.perform(declare(traveller, json("36.5", ",\"visits\":[{\"city\":\"420100\",\"date\":\"" + today.minusDays(2) + "\"}]")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.colour").value("RED"))
                .andExpect(jsonPath("$.reasonCodes[0]").value("HIGH_RISK_ARRIVAL(420100, " + today.minusDays(2) + ")"))
                .andExpect(jsonPath("$.reasons[0]").value(containsString("武汉市")));
        assertThat(db.sql("select kind || ':' || colour from health_alert where employee_id = :e").param("e", employee)
                .query(String.class).list()).containsExactly("TURNED_RED:RED");
    }

    @Test
    void enterpriseAdminDeclaresForTheirOwnStaffOnly() throws Exception {
        mvc.perform(declare(admin, "{\"employeeId\":" + employee + ",\"temperature\":\"36.4\",\"currentCity\":\"110100\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.proxy").value(true));
        assertThat(db.sql("select declared_by from health_declaration where employee_id = :e and proxy = true")
                .param("e", employee).query(Long.class).single()).isEqualTo(admin.id());

        long otherEnterprise = fixtures.enterprise(ZONE);
        long stranger = fixtures.employee(otherEnterprise, "外人" + Fixtures.next());
        mvc.perform(declare(admin, "{\"employeeId\":" + stranger + ",\"temperature\":\"36.4\",\"currentCity\":\"110100\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/health/declare/" + stranger).with(as(admin))).andExpect(status().isNotFound());
        mvc.perform(post("/health/declare/" + stranger).with(as(admin)).with(csrf()).param("temperature", "36.5")
                .param("currentCity", "110100")).andExpect(status().isNotFound());
        assertThat(db.sql("select count(*) from health_declaration where employee_id = :e").param("e", stranger)
                .query(Long.class).single()).isZero();

        // the page form, without JavaScript: add a row, then submit
        mvc.perform(post("/health/declare/" + employee).with(as(admin)).with(csrf()).param("temperature", "36.7")
                .param("currentCity", "110100").param("addVisit", "1"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"visitCity1\"")));
        mvc.perform(post("/health/declare/" + employee).with(as(admin)).with(csrf()).param("temperature", "36.7")
                .param("currentCity", "110100").param("contact", "NONE"))
                .andExpect(status().is3xxRedirection());
        assertThat(count("select count(*) from audit_log where action = 'HEALTH_DECLARATION_REPLACE' and detail like concat('employee=', :e, ' % proxy=true')"))
                .isEqualTo(1);
    }

    @Test
    void anEmployeeDeclaresOnlyForThemself() throws Exception {
        long colleague = fixtures.employee(enterprise, "同事" + Fixtures.next());
        mvc.perform(declare(employeeUser, "{\"employeeId\":" + colleague + ",\"temperature\":\"36.4\",\"currentCity\":\"110100\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/health/declare/" + employee).with(as(employeeUser))).andExpect(status().isForbidden());
        mvc.perform(declare(fixtures.ministry(), json("36.5", ""))).andExpect(status().isForbidden());
        mvc.perform(declare(fixtures.zoneAdmin(ZONE), json("36.5", ""))).andExpect(status().isForbidden());
    }

    @Test
    void badInputAnswers400WithAChineseMessageAndNothingIsStored() throws Exception {
        mvc.perform(declare(employeeUser, json("50", "")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("体温须在 34.0 至 43.0 ℃ 之间。"));
        mvc.perform(declare(employeeUser, json("36.5", "")).param("lang", "en").content(json("abc", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The temperature must be a number, e.g. 36.5."));
        mvc.perform(declare(employeeUser, "{\"temperature\":\"36.5\",\"currentCity\":\"999999\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("所选城市不存在，请重新选择。"));
        mvc.perform(declare(employeeUser, json("36.5", ",\"visits\":[{\"city\":\"420100\",\"date\":\"" + today.minusDays(30) + "\"}]")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("第 1 行的日期")));
        mvc.perform(declare(employeeUser, json("36.5", ",\"symptoms\":[\"头晕\"]")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("未知的症状：头晕。"));
        mvc.perform(declare(employeeUser, json("36.5", ",\"returned\":true")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("请选择从哪个城市返回。"));
        mvc.perform(declare(employeeUser, "{not json")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请求内容不是有效的健康申报（JSON）。"));
        mvc.perform(declare(employeeUser, "{\"temperature\": [1]}")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/health/declarations").with(as(employeeUser)).contentType(MediaType.APPLICATION_JSON)
                .content(json("36.5", ""))).andExpect(status().isForbidden()); // no CSRF token
        assertThat(count("select count(*) from health_declaration where employee_id = :e")).isZero();
    }

    @Test
    void theFormShowsProblemsWith422AndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/me/health").with(as(employeeUser)).with(csrf()).param("temperature", "36.55")
                .param("currentCity", "110100").param("symptoms", "乏力")
                .param("visitCity", "420100").param("visitDate", ""))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("体温最多保留一位小数。")))
                .andExpect(content().string(containsString("第 1 行到访记录请同时填写城市和日期。")))
                .andExpect(content().string(containsString("value=\"36.55\"")))
                .andExpect(content().string(containsString("value=\"420100\" selected")));
        mvc.perform(post("/me/health").with(as(employeeUser)).with(csrf()).param("temperature", "36.5")
                .param("currentCity", "110100")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/me/health").with(as(employeeUser))).andExpect(status().isOk())
                .andExpect(content().string(containsString("绿码")))
                .andExpect(content().string(containsString("/me/health/code")))
                .andExpect(content().string(not(containsString("尚未申报"))));
    }

    @Test
    void everyPageRendersInEnglishToo() throws Exception {
        mvc.perform(declare(employeeUser, json("37.5", ",\"returned\":true,\"returnFrom\":\"440300\",\"returnDate\":\"" + today + "\"")))
                .andExpect(status().isCreated());
        mvc.perform(get("/me/health").param("lang", "en").with(as(employeeUser))).andExpect(status().isOk())
                .andExpect(content().string(containsString("My health status")))
                .andExpect(content().string(containsString("Today&#39;s declaration (" + today + ")")))
                .andExpect(content().string(containsString("Temperature 37.5 ℃")));
        GxqUser zoneAdmin = fixtures.zoneAdmin(ZONE);
        mvc.perform(get("/health/status/" + employee).param("lang", "en").with(as(zoneAdmin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Set by hand (zone staff)")))
                .andExpect(content().string(containsString("Returned from 深圳市")));
        mvc.perform(get("/health/missing").param("lang", "en").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Not declared on")));
        mvc.perform(get("/health/observation").param("lang", "en").with(as(zoneAdmin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("14 days left")));
    }
}
