package gxq.health.flow;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.health.gate.GateFixtures;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole chain with nothing faked in between: an employee declares, the status engine decides the colour, the code
 * page signs a code, a guard scans it; a later declaration (fever) or a staff decision makes the earlier code fail,
 * and the zone sees the alerts and can trace the passage.
 */
@IntegrationTest
@Tag("db")
@Import(GateFixtures.class)
class DeclareToScanFlowTest {

    static final long ZONE = 156;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired GateFixtures gate;
    @Autowired JdbcClient db;

    @Test
    void declareThenScanThenFeverAndStaffDecisionInvalidateTheOldCode() throws Exception {
        long enterprise = fixtures.enterprise(ZONE);
        long employee = fixtures.employee(enterprise, "李四" + Fixtures.next());
        GxqUser holder = fixtures.employeeAccount(employee);
        GxqUser guard = fixtures.account(Role.GATE_GUARD, ZONE, null, null);
        GxqUser staff = fixtures.zoneStaff(ZONE);
        long checkpoint = gate.checkpoint(ZONE, null, "南门" + Fixtures.next());

        declare(holder, "36.5").andExpect(status().isCreated()).andExpect(jsonPath("$.colour").value("GREEN"));
        String greenCode = code(holder);
        assertThat(scan(guard, checkpoint, greenCode)).contains("绿码，准予通行");

        // Same day, second declaration with fever: it replaces the first and turns the code yellow.
        declare(holder, "38.2").andExpect(status().isCreated()).andExpect(jsonPath("$.colour").value("YELLOW"));
        assertThat(db.sql("select count(*) from health_declaration where employee_id = :e").param("e", employee)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(scan(guard, checkpoint, greenCode)).contains("持码人健康状态已变化");
        String yellowCode = code(holder);
        assertThat(scan(guard, checkpoint, yellowCode)).contains("健康码非绿码，不予通行");

        // A CDC notice: staff set the person red by hand.
        mvc.perform(post("/health/status/" + employee + "/override").with(as(staff)).with(csrf())
                .param("colour", "RED").param("reason", "疾控中心通知：密切接触者")).andExpect(status().is3xxRedirection());
        assertThat(scan(guard, checkpoint, yellowCode)).contains("持码人健康状态已变化");
        assertThat(mvc.perform(get("/me/health/code").with(as(holder))).andReturn().getResponse()
                .getContentAsString()).contains("红码");

        List<String> outcomes = db.sql("select outcome from gate_scan where checkpoint_id = :c order by id")
                .param("c", checkpoint).query(String.class).list();
        assertThat(outcomes).containsExactly("ADMITTED", "STATUS_CHANGED", "NOT_GREEN", "STATUS_CHANGED");
        List<String> alerts = db.sql("select kind from health_alert where employee_id = :e order by id")
                .param("e", employee).query(String.class).list();
        assertThat(alerts).contains("FEVER", "TURNED_YELLOW");
        List<String> changes = db.sql("select to_colour from health_status_change where employee_id = :e order by id")
                .param("e", employee).query(String.class).list();
        assertThat(changes).containsSubsequence("YELLOW", "RED");

        String alertsPage = mvc.perform(get("/health/alerts").with(as(staff))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(alertsPage).contains("体温 38.2 ℃");
        String tracing = mvc.perform(get("/health/tracing").with(as(staff)).param("employee", String.valueOf(employee)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tracing).contains("南门");
    }

    private org.springframework.test.web.servlet.ResultActions declare(GxqUser user, String temperature)
            throws Exception {
        return mvc.perform(post("/api/health/declarations").with(as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"temperature\":\"" + temperature + "\",\"currentCity\":\"110100\"}"));
    }

    private String code(GxqUser holder) throws Exception {
        return GateFixtures.token(mvc.perform(get("/me/health/code").with(as(holder))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private String scan(GxqUser guard, long checkpoint, String token) throws Exception {
        return mvc.perform(post("/gate/scan").with(as(guard)).with(csrf()).param("checkpoint", String.valueOf(checkpoint))
                .param("direction", "IN").param("token", token)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
