package gxq.needs.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
import gxq.testing.Concurrently;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/** Several staff acting on one case at once: one wins, the others get 409, nothing is counted twice. Zone 8. */
@IntegrationTest
@Tag("db")
class CaseConcurrencyTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;

    List<Integer> all(List<Callable<Integer>> requests) throws Exception {
        return Concurrently.run(requests);
    }

    @Test
    void simultaneousActionsOnOneVersionChangeTheCaseOnce() throws Exception {
        var t = new NeedsTestSupport(mvc, db);
        long zone = 8;
        GxqUser admin = fixtures.enterpriseAdmin(fixtures.enterprise(zone));
        List<GxqUser> staff = List.of(fixtures.zoneStaff(zone), fixtures.zoneStaff(zone), fixtures.zoneStaff(zone));
        long id = t.raise(admin, "SUPPLY_CHAIN", "URGENT", "上游零部件断供" + Fixtures.next());
        String version = String.valueOf(t.version(id));
        String[][] actions = {{"accept", "department", "经发局"}, {"solve", "solution", "已对接替代供应商"},
                {"escalate", "reason", "需部里协调"}};
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            GxqUser s = staff.get(i % 3);
            String[] a = actions[i % 3];
            requests.add(() -> t.act(s, id, a[0], "version", version, a[1], a[2]).andReturn().getResponse().getStatus());
        }
        List<Integer> statuses = all(requests);
        assertThat(statuses).containsOnly(302, 409);
        assertThat(statuses).filteredOn(s -> s == 302).hasSize(1);
        assertThat(t.version(id)).isEqualTo(Integer.parseInt(version) + 1);
        assertThat(t.count("select count(*) from need_case_entry where case_id = :p and to_state is not null", id))
                .isEqualTo(2);
        assertThat(t.count("select count(*) from audit_log where target_type = 'need_case' and target_id = :p"
                + " and action in ('NEEDS_CASE_ACCEPT', 'NEEDS_CASE_SOLVE', 'NEEDS_CASE_ESCALATE')", String.valueOf(id)))
                .isEqualTo(1);

        // the state does not change on a reassignment: only the version tells the second one apart
        long other = t.raise(admin, "HIRING", "NORMAL", "招工" + Fixtures.next());
        t.now(staff.get(0), other, "accept", "department", "人社局");
        String v1 = String.valueOf(t.version(other));
        List<Callable<Integer>> reassign = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            GxqUser s = staff.get(i % 3);
            String department = "部门" + i;
            reassign.add(() -> t.act(s, other, "accept", "version", v1, "department", department).andReturn()
                    .getResponse().getStatus());
        }
        List<Integer> reassigned = all(reassign);
        assertThat(reassigned).containsOnly(302, 409);
        assertThat(reassigned).filteredOn(s -> s == 302).hasSize(1);
        assertThat(t.count("select count(*) from audit_log where action = 'NEEDS_CASE_ASSIGN' and target_id = :p",
                String.valueOf(other))).isEqualTo(1);

        // two enterprise admins confirming and reopening the same solution at once
        if (!t.state(id).equals("SOLVED")) {
            GxqUser s = staff.get(0);
            if (t.state(id).equals("ESCALATED")) {
                t.now(fixtures.ministry(), id, "solve", "solution", "部里已协调");
            } else {
                t.now(s, id, "solve", "solution", "已对接替代供应商");
            }
        }
        assertThat(t.state(id)).isEqualTo("SOLVED");
        GxqUser admin2 = fixtures.enterpriseAdmin(db.sql("select enterprise_id from need_case where id = :id")
                .param("id", id).query(Long.class).single());
        String v2 = String.valueOf(t.version(id));
        List<Callable<Integer>> raiser = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            GxqUser a = i % 2 == 0 ? admin : admin2;
            boolean confirm = i % 2 == 0;
            raiser.add(() -> (confirm ? t.act(a, id, "confirm", "version", v2, "rating", "5")
                    : t.act(a, id, "reopen", "version", v2, "reason", "没解决")).andReturn().getResponse().getStatus());
        }
        List<Integer> second = all(raiser);
        assertThat(second).containsOnly(302, 409);
        assertThat(second).filteredOn(s -> s == 302).hasSize(1);
        assertThat(t.count("select count(*) from need_case_entry where case_id = :p and from_state = 'SOLVED'"
                + " and to_state in ('CONFIRMED', 'REOPENED')", id)).isEqualTo(1);
    }
}
