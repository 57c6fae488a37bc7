package gxq.needs.cases;

import static gxq.testing.Fixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import gxq.account.GxqUser;

/** Requests and reads shared by the needs tests. */
final class NeedsTestSupport {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    private final MockMvc mvc;
    private final JdbcClient db;

    NeedsTestSupport(MockMvc mvc, JdbcClient db) {
        this.mvc = mvc;
        this.db = db;
    }

    MockMultipartHttpServletRequestBuilder raiseRequest(GxqUser admin, String category, String urgency, String title,
            String details, MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder b = multipart("/needs");
        for (MockMultipartFile f : files) {
            b.file(f);
        }
        b.param("category", category).param("urgency", urgency).param("title", title).param("details", details)
                .with(as(admin)).with(csrf());
        return b;
    }

    /** Raises a case through the page and returns its id. */
    long raise(GxqUser admin, String category, String urgency, String title) throws Exception {
        String location = mvc.perform(raiseRequest(admin, category, urgency, title, "详细情况：" + title))
                .andReturn().getResponse().getRedirectedUrl();
        if (location == null || !location.startsWith("/needs/")) {
            throw new AssertionError("not raised: " + location);
        }
        return Long.parseLong(location.substring("/needs/".length()));
    }

    ResultActions act(GxqUser user, long id, String action, String... params) throws Exception {
        MockHttpServletRequestBuilder b = post("/needs/" + id + "/" + action).with(as(user)).with(csrf());
        for (int i = 0; i + 1 < params.length; i += 2) {
            b.param(params[i], params[i + 1]);
        }
        return mvc.perform(b);
    }

    /** The action with the case's current version. */
    ResultActions now(GxqUser user, long id, String action, String... params) throws Exception {
        String[] all = new String[params.length + 2];
        all[0] = "version";
        all[1] = String.valueOf(version(id));
        System.arraycopy(params, 0, all, 2, params.length);
        return act(user, id, action, all);
    }

    int version(long id) {
        return db.sql("select version from need_case where id = :id").param("id", id).query(Integer.class).single();
    }

    String state(long id) {
        return db.sql("select state from need_case where id = :id").param("id", id).query(String.class).single();
    }

    long count(String sql, Object p) {
        return db.sql(sql).param("p", p).query(Long.class).single();
    }
}
