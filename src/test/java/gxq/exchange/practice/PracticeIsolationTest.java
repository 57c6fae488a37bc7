package gxq.exchange.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/**
 * Enterprises, employees, gate guards and service providers have no access to zone sharing (403 on every page and
 * action); another zone neither sees drafts nor edits, publishes or withdraws someone else's items (404 or 403); the
 * ministry reads and comments but writes no items. Zones 75 (author) and 76.
 */
@IntegrationTest
@Tag("db")
class PracticeIsolationTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;

    @Test
    void rolesOutsideZonesAndTheMinistryGet403Everywhere() throws Exception {
        var t = new PracticeTestSupport(mvc, db);
        GxqUser author = fixtures.zoneStaff(75);
        long id = t.publish(author, "企业服务专员制度" + Fixtures.next(), "一企一专员。");
        long ent = fixtures.enterprise(75);
        long employee = fixtures.employee(ent, "张三");
        List<GxqUser> outsiders = List.of(fixtures.enterpriseAdmin(ent), fixtures.employeeAccount(employee),
                fixtures.account(Role.GATE_GUARD, 75L, ent, null), fixtures.account(Role.SERVICE_PROVIDER, 75L, null, null));
        long comments = t.count("select count(*) from exchange_comment where item_id = :p", id);
        for (GxqUser u : outsiders) {
            for (String page : List.of("/exchange/items", "/exchange/items/mine", "/exchange/items/new",
                    "/exchange/items/" + id, "/exchange/items/" + id + "/edit")) {
                t.get(u, page).andExpect(status().isForbidden());
            }
            t.post(u, "/exchange/items", "kind", "PRACTICE", "title", "t", "summary", "s", "body", "b", "topics",
                    "RESUMPTION").andExpect(status().isForbidden());
            t.post(u, "/exchange/items/" + id + "/comments", "comment", "x").andExpect(status().isForbidden());
            t.post(u, "/exchange/items/" + id + "/adopt").andExpect(status().isForbidden());
            t.post(u, "/exchange/items/" + id + "/contact").andExpect(status().isForbidden());
            t.post(u, "/exchange/items/" + id + "/withdraw", "version", "1", "reason", "x")
                    .andExpect(status().isForbidden());
        }
        assertThat(t.count("select count(*) from exchange_comment where item_id = :p", id)).isEqualTo(comments);
        assertThat(t.state(id)).isEqualTo("PUBLISHED");
    }

    @Test
    void anotherZoneCannotSeeDraftsNorChangeSomeoneElsesItems() throws Exception {
        var t = new PracticeTestSupport(mvc, db);
        GxqUser author = fixtures.zoneStaff(75);
        GxqUser otherAdmin = fixtures.zoneAdmin(76);
        GxqUser ministry = fixtures.ministry();
        long draft = t.create(author, "PRACTICE", "草稿：复工率统计口径" + Fixtures.next(), "s", "b", false);
        long published = t.publish(author, "复工率统计口径" + Fixtures.next(), "统一口径。");
        int dv = t.version(draft);
        for (String page : List.of("/exchange/items/" + draft, "/exchange/items/" + draft + "/edit",
                "/exchange/items/999999999")) {
            t.get(otherAdmin, page).andExpect(status().isNotFound());
        }
        t.post(otherAdmin, "/exchange/items/" + draft, "version", String.valueOf(dv), "kind", "PRACTICE", "title",
                "改", "summary", "s", "body", "b", "topics", "RESUMPTION").andExpect(status().isNotFound());
        t.post(otherAdmin, "/exchange/items/" + draft + "/publish", "version", String.valueOf(dv))
                .andExpect(status().isNotFound());
        t.post(ministry, "/exchange/items/" + draft + "/publish", "version", String.valueOf(dv))
                .andExpect(status().isForbidden());
        assertThat(t.state(draft)).isEqualTo("DRAFT");
        assertThat(t.version(draft)).isEqualTo(dv);

        int pv = t.version(published);
        t.post(otherAdmin, "/exchange/items/" + published + "/withdraw", "version", String.valueOf(pv), "reason", "x")
                .andExpect(status().isForbidden());
        t.post(ministry, "/exchange/items/" + published + "/withdraw", "version", String.valueOf(pv), "reason", "x")
                .andExpect(status().isForbidden());
        t.post(otherAdmin, "/exchange/items/" + published, "version", String.valueOf(pv), "kind", "PRACTICE", "title",
                "改", "summary", "s", "body", "b", "topics", "RESUMPTION").andExpect(status().isForbidden());
        assertThat(t.state(published)).isEqualTo("PUBLISHED");
        // the ministry writes no items
        t.post(ministry, "/exchange/items", "kind", "PRACTICE", "title", "t", "summary", "s", "body", "b", "topics",
                "RESUMPTION").andExpect(status().isForbidden());
        t.get(ministry, "/exchange/items").andExpect(status().isOk());
        t.get(ministry, "/exchange/items/" + published).andExpect(status().isOk());

        // a comment of someone else cannot be deleted, not even by the item's zone
        t.post(otherAdmin, "/exchange/items/" + published + "/comments", "comment", "很好的做法");
        long comment = db.sql("select max(id) from exchange_comment where item_id = :id").param("id", published)
                .query(Long.class).single();
        t.post(author, "/exchange/comments/" + comment + "/delete").andExpect(status().isNotFound());
        t.post(ministry, "/exchange/comments/" + comment + "/delete").andExpect(status().isNotFound());
        assertThat(t.count("select count(*) from exchange_comment where id = :p", comment)).isEqualTo(1);
    }
}
