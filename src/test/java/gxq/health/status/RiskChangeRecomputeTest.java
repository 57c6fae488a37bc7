package gxq.health.status;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gxq.account.GxqUser;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A zone declares a city high-risk: people of that zone who declared a stay there within the watch period turn red at
 * once (with an alert); people of another zone, and people who were elsewhere, do not change.
 */
@IntegrationTest
@Tag("db")
class RiskChangeRecomputeTest {

    static final long ZONE = 158;
    static final long OTHER_ZONE = 159;
    static final String CITY = "320500"; // 苏州市: not touched by other tests

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired StatusEngine engine;
    @Autowired RiskChangeRecompute listener;

    @Test
    void aCityTurningHighRiskTurnsItsRecentVisitorsInThatZoneRedAtOnce() throws Exception {
        long visitor = declaredFrom(ZONE, CITY);
        long elsewhere = declaredFrom(ZONE, "110100");
        long visitorOfAnotherZone = declaredFrom(OTHER_ZONE, CITY);
        assertThat(colour(visitor)).isEqualTo("GREEN");

        GxqUser zoneAdmin = fixtures.zoneAdmin(ZONE);
        mvc.perform(post("/risk-levels").with(csrf()).with(as(zoneAdmin)).param("city", CITY).param("level", "HIGH")
                .param("validFrom", engine.today().minusDays(3).toString()).param("note", "疫情通报" + Fixtures.next()))
                .andExpect(status().is3xxRedirection());
        listener.awaitIdle();

        assertThat(colour(visitor)).isEqualTo("RED");
        assertThat(db.sql("select reasons from health_status where employee_id = :e").param("e", visitor)
                .query(String.class).single()).startsWith("HIGH_RISK_ARRIVAL(" + CITY);
        assertThat(db.sql("select count(*) from health_alert where employee_id = :e and kind = 'TURNED_RED'")
                .param("e", visitor).query(Long.class).single()).isEqualTo(1);
        assertThat(colour(elsewhere)).isEqualTo("GREEN");
        assertThat(colour(visitorOfAnotherZone)).as("a zone's own entry applies to that zone only").isEqualTo("GREEN");
    }

    private long declaredFrom(long zone, String city) throws Exception {
        long employee = fixtures.employee(fixtures.enterprise(zone), "访客" + Fixtures.next());
        mvc.perform(post("/api/health/declarations").with(as(fixtures.employeeAccount(employee))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"temperature\":\"36.5\",\"currentCity\":\"" + city + "\"}"))
                .andExpect(status().isCreated());
        return employee;
    }

    private String colour(long employee) {
        return db.sql("select colour from health_status where employee_id = :e").param("e", employee)
                .query(String.class).single();
    }
}
