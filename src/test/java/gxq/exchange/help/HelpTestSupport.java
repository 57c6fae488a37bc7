package gxq.exchange.help;

import static gxq.testing.Fixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import gxq.account.GxqUser;

/** Requests and reads shared by the help tests. Zones 75, 76, 77 (Jiangxi) and 97 (Henan) only. */
final class HelpTestSupport {

    private final MockMvc mvc;
    private final JdbcClient db;

    HelpTestSupport(MockMvc mvc, JdbcClient db) {
        this.mvc = mvc;
        this.db = db;
    }

    static String inDays(int days) {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(days).toString();
    }

    ResultActions post(GxqUser user, String path, String... params) throws Exception {
        MockHttpServletRequestBuilder b = MockMvcRequestBuilders.post(path).with(as(user)).with(csrf());
        for (int i = 0; i + 1 < params.length; i += 2) {
            b.param(params[i], params[i + 1]);
        }
        return mvc.perform(b);
    }

    ResultActions get(GxqUser user, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(as(user)));
    }

    /** Posts a request through the page and answers its id. */
    long request(GxqUser user, String category, String title, String quantity) throws Exception {
        String location = post(user, "/exchange/help", "category", category, "title", title, "details",
                "需要：" + title, "quantity", quantity, "unit", "只", "neededBy", inDays(7), "contactName", "陈主任",
                "contactPhone", "13811112222").andReturn().getResponse().getRedirectedUrl();
        if (location == null || !location.startsWith("/exchange/help/")) {
            throw new AssertionError("not posted: " + location);
        }
        return Long.parseLong(location.substring("/exchange/help/".length()));
    }

    /** Offers help through the page and answers the offer's id. */
    long offer(GxqUser user, long request, String quantity, String phone) throws Exception {
        post(user, "/exchange/help/" + request + "/offers", "quantity", quantity, "message", "可以支援",
                "contactName", "刘科长", "contactPhone", phone)
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/exchange/help/" + request));
        return db.sql("select max(id) from exchange_help_offer where request_id = :r").param("r", request)
                .query(Long.class).single();
    }

    int version(long id) {
        return db.sql("select version from exchange_help_request where id = :id").param("id", id)
                .query(Integer.class).single();
    }

    String state(long id) {
        return db.sql("select state from exchange_help_request where id = :id").param("id", id)
                .query(String.class).single();
    }

    String offerState(long id) {
        return db.sql("select state from exchange_help_offer where id = :id").param("id", id)
                .query(String.class).single();
    }

    long audits(String action, long id) {
        return db.sql("select count(*) from audit_log where action = :a and target_id = :id").param("a", action)
                .param("id", String.valueOf(id)).query(Long.class).single();
    }
}
