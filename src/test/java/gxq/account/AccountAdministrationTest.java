package gxq.account;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Account lists and admin actions stay within the admin's tenant; other roles are refused. */
@IntegrationTest
@Tag("db")
class AccountAdministrationTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;

    @Test
    void zoneAdminListsOnlyAccountsOfTheirZone() throws Exception {
        GxqUser adminA = fixtures.zoneAdmin(10);
        GxqUser staffA = fixtures.zoneStaff(10);
        GxqUser staffB = fixtures.zoneStaff(11);
        mvc.perform(get("/users").with(as(adminA))).andExpect(status().isOk())
                .andExpect(content().string(containsString(staffA.getUsername())))
                .andExpect(content().string(not(containsString(staffB.getUsername()))));
    }

    @Test
    void enterpriseAdminListsOnlyTheirEnterprisesAccounts() throws Exception {
        long entA = fixtures.enterprise(12);
        long entB = fixtures.enterprise(12);
        GxqUser adminA = fixtures.enterpriseAdmin(entA);
        GxqUser adminB = fixtures.enterpriseAdmin(entB);
        GxqUser zoneStaff = fixtures.zoneStaff(12);
        mvc.perform(get("/users").with(as(adminA))).andExpect(status().isOk())
                .andExpect(content().string(containsString(adminA.getUsername())))
                .andExpect(content().string(not(containsString(adminB.getUsername()))))
                .andExpect(content().string(not(containsString(zoneStaff.getUsername()))));
    }

    @Test
    void adminsCannotTouchAccountsOfAnotherTenantEvenByGuessingIds() throws Exception {
        GxqUser adminA = fixtures.zoneAdmin(10);
        GxqUser staffB = fixtures.zoneStaff(11);
        mvc.perform(post("/users/{id}/reset-password", staffB.id()).with(as(adminA)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/users/{id}/unlock", staffB.id()).with(as(adminA)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/users/{id}/enabled", staffB.id()).with(as(adminA)).with(csrf()).param("enabled", "false"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/users/{id}/reset-password", 987654321L).with(as(adminA)).with(csrf())).andExpect(status().isNotFound());

        long ent = fixtures.enterprise(11);
        GxqUser entAdmin = fixtures.enterpriseAdmin(ent);
        GxqUser otherEntAdmin = fixtures.enterpriseAdmin(fixtures.enterprise(11));
        mvc.perform(post("/users/{id}/reset-password", otherEntAdmin.id()).with(as(entAdmin)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(db.sql("select enabled from app_user where id = :id").param("id", staffB.id()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void rolesWithoutAdministrationAreRefused() throws Exception {
        for (GxqUser u : new GxqUser[] {fixtures.zoneStaff(10), fixtures.account(Role.GATE_GUARD, 10L, null, null),
                fixtures.employeeAccount(fixtures.employee(fixtures.enterprise(10), "张伟"))}) {
            mvc.perform(get("/users").with(as(u))).andExpect(status().isForbidden());
            mvc.perform(get("/audit").with(as(u))).andExpect(status().isForbidden());
            mvc.perform(get("/api/audit").with(as(u))).andExpect(status().isForbidden());
        }
    }

    @Test
    void zoneAdminOpensStaffAccountWithOneTimeInitialPassword() throws Exception {
        GxqUser admin = fixtures.zoneAdmin(13);
        String username = "staff" + Fixtures.next();
        mvc.perform(post("/users").with(as(admin)).with(csrf()).param("username", username).param("displayName", "李娜")
                        .param("role", "ZONE_STAFF").param("phone", "13812345678"))
                .andExpect(status().isOk()).andExpect(model().attributeExists("created"));
        var row = db.sql("select zone_id, must_change_password, phone_masked, phone_enc from app_user where username = :u")
                .param("u", username).query().singleRow();
        assertThat(((Number) row.get("zone_id")).longValue()).isEqualTo(13L);
        assertThat(row.get("must_change_password")).isEqualTo(true);
        assertThat(row.get("phone_masked")).isEqualTo("138****5678");
        assertThat((String) row.get("phone_enc")).doesNotContain("13812345678");
        assertThat(db.sql("select count(*) from audit_log where action = 'ACCOUNT_CREATE' and zone_id = 13 and detail like :d")
                .param("d", username + "%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void zoneAdminMayNotOpenMinistryAccountsAndBadInputIsExplained() throws Exception {
        GxqUser admin = fixtures.zoneAdmin(13);
        mvc.perform(post("/users").with(as(admin)).with(csrf()).param("username", "boss" + Fixtures.next())
                        .param("displayName", "王芳").param("role", "MINISTRY_ADMIN"))
                .andExpect(status().is(422)).andExpect(content().string(containsString("无权创建该角色")));
        mvc.perform(post("/users").with(as(admin)).with(csrf()).param("username", "ok" + Fixtures.next())
                        .param("displayName", "王芳").param("role", "ZONE_STAFF").param("phone", "12345"))
                .andExpect(status().is(422)).andExpect(content().string(containsString("王芳")));
        mvc.perform(post("/users").with(as(admin)).with(csrf()).param("username", "x")
                        .param("displayName", "王芳").param("role", "NOT_A_ROLE"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void resetPasswordForcesAChangeAndUnlocks() throws Exception {
        GxqUser admin = fixtures.zoneAdmin(14);
        GxqUser staff = fixtures.zoneStaff(14);
        db.sql("update app_user set failed_attempts = 5, locked_until = current_timestamp + interval '10' minute where id = :id")
                .param("id", staff.id()).update();
        mvc.perform(post("/users/{id}/reset-password", staff.id()).with(as(admin)).with(csrf()))
                .andExpect(status().isOk()).andExpect(model().attributeExists("resetPassword"));
        var row = db.sql("select must_change_password, locked_until from app_user where id = :id").param("id", staff.id())
                .query().singleRow();
        assertThat(row.get("must_change_password")).isEqualTo(true);
        assertThat(row.get("locked_until")).isNull();
    }

    @Test
    void postWithoutCsrfTokenIsRefused() throws Exception {
        GxqUser admin = fixtures.zoneAdmin(14);
        mvc.perform(post("/users").with(as(admin)).param("username", "nocsrf").param("displayName", "x").param("role", "ZONE_STAFF"))
                .andExpect(status().isForbidden());
    }
}
