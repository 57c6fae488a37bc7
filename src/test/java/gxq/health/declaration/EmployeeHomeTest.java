package gxq.health.declaration;

import static gxq.testing.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gxq.account.GxqUser;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The employee's home page says whether today's declaration is done and shows the colour; leavers cannot declare. */
@IntegrationTest
class EmployeeHomeTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient db;

    @Test
    void homeTilesFollowTheDeclaration() throws Exception {
        long employee = fixtures.employee(fixtures.enterprise(157L), "赵敏" + Fixtures.next());
        GxqUser user = fixtures.employeeAccount(employee);
        mvc.perform(get("/").with(as(user))).andExpect(status().isOk())
                .andExpect(content().string(containsString("未申报，去申报")))
                .andExpect(content().string(containsString("申报后生成")));
        mvc.perform(post("/api/health/declarations").with(as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"temperature\":\"36.5\",\"currentCity\":\"110100\"}")).andExpect(status().isCreated());
        mvc.perform(get("/").with(as(user))).andExpect(status().isOk())
                .andExpect(content().string(containsString("已申报")))
                .andExpect(content().string(not(containsString("未申报，去申报"))))
                .andExpect(content().string(containsString("绿码")));
    }

    @Test
    void someoneWhoLeftCannotDeclareFromASessionStillOpen() throws Exception {
        long employee = fixtures.employee(fixtures.enterprise(157L), "周芷若" + Fixtures.next());
        GxqUser user = fixtures.employeeAccount(employee);
        db.sql("update employee set status = 'LEFT' where id = :id").param("id", employee).update();
        mvc.perform(post("/api/health/declarations").with(as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"temperature\":\"36.5\",\"currentCity\":\"110100\"}")).andExpect(status().isNotFound());
        mvc.perform(post("/me/health").with(as(user)).with(csrf()).param("temperature", "36.5")
                .param("currentCity", "110100")).andExpect(status().isNotFound());
        org.assertj.core.api.Assertions.assertThat(db.sql("select count(*) from health_declaration where employee_id = :e")
                .param("e", employee).query(Long.class).single()).isZero();
    }
}
