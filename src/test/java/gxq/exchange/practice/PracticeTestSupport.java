package gxq.exchange.practice;

import static gxq.testing.Fixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import gxq.account.GxqUser;

/** Requests and reads shared by the practice tests. Zones 75, 76, 77 (Jiangxi) and 97 (Henan) only. */
final class PracticeTestSupport {

    private static final Pattern ITEM = Pattern.compile("data-item=\"(\\d+)\"");

    private final MockMvc mvc;
    private final JdbcClient db;

    PracticeTestSupport(MockMvc mvc, JdbcClient db) {
        this.mvc = mvc;
        this.db = db;
    }

    /** A POST as {@code user} with the given name/value pairs. */
    ResultActions post(GxqUser user, String path, String... params) throws Exception {
        MockHttpServletRequestBuilder b = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(as(user)).with(csrf());
        for (int i = 0; i + 1 < params.length; i += 2) {
            b.param(params[i], params[i + 1]);
        }
        return mvc.perform(b);
    }

    ResultActions get(GxqUser user, String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).with(as(user)));
    }

    /** Creates an item through the page (draft or published) and answers its id. */
    long create(GxqUser user, String kind, String title, String summary, String body, boolean publish, String... extra)
            throws Exception {
        List<String> p = new ArrayList<>(List.of("kind", kind, "title", title, "summary", summary, "body", body,
                "topics", "EPIDEMIC_CONTROL", "action", publish ? "publish" : "draft"));
        p.addAll(List.of(extra));
        if (kind.equals("TOOL") && !p.contains("providerName")) {
            p.addAll(List.of("providerName", "测试科技有限公司"));
        }
        String location = post(user, "/exchange/items", p.toArray(String[]::new)).andReturn().getResponse()
                .getRedirectedUrl();
        if (location == null || !location.startsWith("/exchange/items/")) {
            throw new AssertionError("not created: " + location);
        }
        return Long.parseLong(location.substring("/exchange/items/".length()));
    }

    long publish(GxqUser user, String title, String body) throws Exception {
        return create(user, "PRACTICE", title, "摘要：" + title, body, true);
    }

    int version(long id) {
        return db.sql("select version from exchange_item where id = :id").param("id", id).query(Integer.class).single();
    }

    String state(long id) {
        return db.sql("select state from exchange_item where id = :id").param("id", id).query(String.class).single();
    }

    long count(String sql, Object p) {
        return db.sql(sql).param("p", p).query(Long.class).single();
    }

    long audits(String action, long id) {
        return db.sql("select count(*) from audit_log where action = :a and target_id = :id").param("a", action)
                .param("id", String.valueOf(id)).query(Long.class).single();
    }

    /** The item ids of a search page, in the order shown. */
    List<Long> found(GxqUser user, String query) throws Exception {
        String html = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/exchange/items" + (query.isEmpty() ? "" : "?" + query)).with(as(user)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Long> ids = new ArrayList<>();
        Matcher m = ITEM.matcher(html);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    static String q(String words) {
        return "q=" + words; // MockMvc encodes the URI template itself
    }
}
