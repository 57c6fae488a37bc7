package gxq.account;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sign-in, lockout after five failures, disabled accounts, forced password change, CSRF. */
@IntegrationTest
@Tag("db")
class LoginPolicyTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;

    @Test
    void correctPasswordSignsInAndIsAudited() throws Exception {
        GxqUser admin = fixtures.zoneAdmin(3);
        mvc.perform(formLogin().user(admin.getUsername()).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(auditCount(admin.getUsername(), "LOGIN", "OK")).isEqualTo(1);
        assertThat(db.sql("select last_login_at from app_user where id = :id").param("id", admin.id())
                .query(OffsetDateTime.class).single()).isNotNull();
    }

    @Test
    void sessionsLiveInTheDatabaseWithA30MinuteIdleTimeout() throws Exception {
        GxqUser admin = fixtures.zoneAdmin(4);
        mvc.perform(formLogin().user(admin.getUsername()).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(db.sql("select max_inactive_interval from spring_session where principal_name = :u")
                .param("u", admin.getUsername()).query(Integer.class).list()).containsExactly(1800);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() throws Exception {
        GxqUser user = fixtures.zoneStaff(3);
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(user.getUsername()).password("wrong-" + i)).andExpect(redirectedUrl("/login?error=bad"));
        }
        // the fourth failure leaves the account open
        mvc.perform(formLogin().user(user.getUsername()).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(user.getUsername()).password("wrong-" + i));
        }
        mvc.perform(formLogin().user(user.getUsername()).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/login?error=locked"));
        assertThat(auditCount(user.getUsername(), "LOGIN", "FAILED")).isGreaterThanOrEqualTo(9);

        mvc.perform(get("/login").param("error", "locked")).andExpect(content().string(containsString("15分钟")));
    }

    @Test
    void lockExpiresAfterItsTime() throws Exception {
        GxqUser user = fixtures.zoneStaff(3);
        db.sql("update app_user set failed_attempts = 5, locked_until = :t where id = :id")
                .param("t", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1)).param("id", user.id()).update();
        mvc.perform(formLogin().user(user.getUsername()).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(db.sql("select failed_attempts from app_user where id = :id").param("id", user.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void disabledAccountCannotSignIn() throws Exception {
        GxqUser user = fixtures.zoneStaff(3);
        db.sql("update app_user set enabled = false where id = :id").param("id", user.id()).update();
        mvc.perform(formLogin().user(user.getUsername()).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/login?error=disabled"));
    }

    @Test
    void unknownUserGetsTheSameAnswerAsAWrongPassword() throws Exception {
        mvc.perform(formLogin().user("nobody-" + Fixtures.next()).password("x")).andExpect(redirectedUrl("/login?error=bad"));
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
        GxqUser user = fixtures.zoneStaff(3);
        mvc.perform(post("/login").param("username", user.getUsername()).param("password", Fixtures.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void initialPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        GxqUser user = fixtures.account(Role.ZONE_ADMIN, 3L, null, null, true);
        var result = mvc.perform(formLogin().user(user.getUsername()).password(Fixtures.PASSWORD)).andReturn();
        Cookie session = result.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();

        mvc.perform(get("/users").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("首次登录或密码被重置后")))
                .andExpect(content().string(not(containsString("href=\"/users\""))));
        mvc.perform(get("/api/audit").cookie(session)).andExpect(status().isForbidden());

        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("current", Fixtures.PASSWORD)
                        .param("password", "short").param("confirm", "short"))
                .andExpect(status().is(422)).andExpect(content().string(containsString("至少需要10位")));
        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("current", "not-it")
                        .param("password", "Better#Pass2020").param("confirm", "Better#Pass2020"))
                .andExpect(status().is(422)).andExpect(content().string(containsString("当前密码不正确")));
        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("current", Fixtures.PASSWORD)
                        .param("password", "Better#Pass2020").param("confirm", "Better#Pass2020"))
                .andExpect(redirectedUrl("/"));

        mvc.perform(get("/users").cookie(session)).andExpect(status().isOk());
        assertThat(db.sql("select must_change_password from app_user where id = :id").param("id", user.id())
                .query(Boolean.class).single()).isFalse();
        mvc.perform(formLogin().user(user.getUsername()).password("Better#Pass2020")).andExpect(redirectedUrl("/"));
        assertThat(auditCount(user.getUsername(), "PASSWORD_CHANGE", "OK")).isEqualTo(1);
    }

    @Test
    void passwordIsStoredAsArgon2Hash() {
        GxqUser user = fixtures.zoneStaff(3);
        assertThat(db.sql("select password_hash from app_user where id = :id").param("id", user.id())
                .query(String.class).single()).startsWith("{argon2}$argon2id$");
    }

    private long auditCount(String actor, String action, String outcome) {
        return db.sql("select count(*) from audit_log where actor_name = :a and action = :act and outcome = :o")
                .param("a", actor).param("act", action).param("o", outcome).query(Long.class).single();
    }
}
