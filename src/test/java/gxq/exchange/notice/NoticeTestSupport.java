package gxq.exchange.notice;

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

/** Requests and reads shared by the notice tests. Zones 78, 79, 98, 99 only. */
final class NoticeTestSupport {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    private final MockMvc mvc;
    private final JdbcClient db;

    NoticeTestSupport(MockMvc mvc, JdbcClient db) {
        this.mvc = mvc;
        this.db = db;
    }

    /** A new draft to chosen zones; {@code params} are more name/value pairs (repeat "zones" for several). */
    MockMultipartHttpServletRequestBuilder createRequest(GxqUser user, String title, String body, String... params) {
        MockMultipartHttpServletRequestBuilder b = multipart("/notices");
        b.param("title", title).param("body", body);
        java.util.List<String> given = new java.util.ArrayList<>();
        for (int i = 0; i < params.length; i += 2) {
            given.add(params[i]);
        }
        if (!given.contains("importance")) {
            b.param("importance", "NORMAL");
        }
        if (!given.contains("audience")) {
            b.param("audience", "ZONES");
        }
        add(b, params);
        b.with(as(user)).with(csrf());
        return b;
    }

    MockMultipartHttpServletRequestBuilder createRequest(GxqUser user, String title, String body,
            MockMultipartFile file, String... params) {
        MockMultipartHttpServletRequestBuilder b = createRequest(user, title, body, params);
        b.file(file);
        return b;
    }

    /** Saves a draft through the page and returns its id. */
    long draft(GxqUser ministry, String title, String... params) throws Exception {
        String location = mvc.perform(createRequest(ministry, title, "各园区：\n\n" + title + "。\n\n特此通知。", params))
                .andReturn().getResponse().getRedirectedUrl();
        if (location == null || !location.startsWith("/notices/")) {
            throw new AssertionError("no draft saved: " + location);
        }
        return Long.parseLong(location.substring("/notices/".length()));
    }

    /** A draft to the given zones, sent; returns its id. */
    long sent(GxqUser ministry, String title, String importance, long... zones) throws Exception {
        String[] p = new String[zones.length * 2 + 2];
        for (int i = 0; i < zones.length; i++) {
            p[2 * i] = "zones";
            p[2 * i + 1] = String.valueOf(zones[i]);
        }
        p[p.length - 2] = "importance";
        p[p.length - 1] = importance;
        long id = draft(ministry, title, p);
        send(ministry, id).andExpect(r -> {
            if (r.getResponse().getStatus() != 302) {
                throw new AssertionError("not sent: " + r.getResponse().getStatus());
            }
        });
        return id;
    }

    ResultActions send(GxqUser user, long id) throws Exception {
        return act(user, id, "send", "version", String.valueOf(version(id)));
    }

    ResultActions act(GxqUser user, long id, String action, String... params) throws Exception {
        MockHttpServletRequestBuilder b = post("/notices/" + id + "/" + action).with(as(user)).with(csrf());
        add(b, params);
        return mvc.perform(b);
    }

    int version(long id) {
        return db.sql("select version from notice where id = :id").param("id", id).query(Integer.class).single();
    }

    String state(long id) {
        return db.sql("select state from notice where id = :id").param("id", id).query(String.class).single();
    }

    long receipts(long id) {
        return db.sql("select count(*) from notice_receipt where notice_id = :id").param("id", id).query(Long.class)
                .single();
    }

    long audits(String action, long id) {
        return db.sql("select count(*) from audit_log where action = :a and target_id = :id").param("a", action)
                .param("id", String.valueOf(id)).query(Long.class).single();
    }

    long fileOf(long id) {
        return db.sql("select id from notice_file where notice_id = :id order by id limit 1").param("id", id)
                .query(Long.class).single();
    }

    private static void add(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> b, String... params) {
        for (int i = 0; i + 1 < params.length; i += 2) {
            b.param(params[i], params[i + 1]);
        }
    }
}
