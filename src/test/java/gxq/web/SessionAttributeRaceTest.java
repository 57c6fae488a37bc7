package gxq.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import gxq.testing.Concurrently;
import gxq.testing.IntegrationTest;

/** Requests of one session that add the same attribute at once (the CSRF token after sign-in) all succeed. */
@IntegrationTest
@Tag("db")
class SessionAttributeRaceTest {

    @Autowired JdbcIndexedSessionRepository sessions;

    @Test
    @SuppressWarnings("unchecked")
    void concurrentSavesOfANewAttributeOfOneSessionDoNotFail() throws Exception {
        SessionRepository<Session> sessions = (SessionRepository<Session>) (SessionRepository<?>) this.sessions;
        Session session = sessions.createSession();
        sessions.save(session);
        String id = session.getId();
        List<Callable<String>> saves = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String value = "token-" + i;
            saves.add(() -> {
                Session s = sessions.findById(id);
                s.setAttribute("csrf", value);
                sessions.save(s);
                return value;
            });
        }
        assertThat(Concurrently.run(saves)).hasSize(6);
        assertThat((String) sessions.findById(id).getAttribute("csrf")).startsWith("token-");
        sessions.deleteById(id);
    }
}
