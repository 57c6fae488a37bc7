package gxq.policy.centre;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import gxq.account.GxqUser;
import gxq.testing.Fixtures;

import static gxq.testing.Fixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Requests and reads shared by the policy tests. */
final class PolicyTestSupport {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    private final MockMvc mvc;
    private final JdbcClient db;
    private final Fixtures fixtures;

    PolicyTestSupport(MockMvc mvc, JdbcClient db, Fixtures fixtures) {
        this.mvc = mvc;
        this.db = db;
        this.fixtures = fixtures;
    }

    /** An active enterprise with the given facts. */
    long enterprise(long zone, String industry, String size, boolean techSme, boolean highTech) {
        long id = fixtures.enterprise(zone);
        db.sql("update enterprise set industry = :i, size_band = :s, tech_sme = :t, high_tech = :h where id = :id")
                .param("i", industry).param("s", size).param("t", techSme).param("h", highTech).param("id", id).update();
        return id;
    }

    /** Form fields of a valid policy; change entries to test bad input. */
    static Map<String, List<String>> fields(String title, String body) {
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("title", List.of(title));
        f.put("issuer", List.of("测试发布机关"));
        f.put("docNumber", List.of("测〔2020〕1号"));
        f.put("category", List.of("JOBS"));
        f.put("effectiveFrom", List.of(LocalDate.now().minusDays(1).toString()));
        f.put("effectiveTo", List.of(LocalDate.now().plusDays(90).toString()));
        f.put("body", List.of(body));
        return f;
    }

    MockMultipartHttpServletRequestBuilder createRequest(GxqUser user, Map<String, List<String>> fields,
            MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder b = multipart("/policies/manage");
        for (MockMultipartFile f : files) {
            b.file(f);
        }
        fields.forEach((k, v) -> b.param(k, v.toArray(String[]::new)));
        b.with(as(user)).with(csrf());
        return b;
    }

    /** Creates a draft through the page and answers its id. */
    long draft(GxqUser user, Map<String, List<String>> fields) throws Exception {
        String location = mvc.perform(createRequest(user, fields)).andReturn().getResponse().getRedirectedUrl();
        if (location == null || !location.startsWith("/policies/manage/")) {
            throw new AssertionError("not created: " + location);
        }
        return Long.parseLong(location.substring("/policies/manage/".length()));
    }

    ResultActions publish(GxqUser user, long id) throws Exception {
        return mvc.perform(post("/policies/manage/" + id + "/publish").with(as(user)).with(csrf()));
    }

    /** Drafts and publishes; answers the id. */
    long published(GxqUser user, Map<String, List<String>> fields) throws Exception {
        long id = draft(user, fields);
        String location = publish(user, id).andReturn().getResponse().getRedirectedUrl();
        if (!("/policies/manage/" + id).equals(location)) {
            throw new AssertionError("not published: " + location);
        }
        return id;
    }

    long interpretation(GxqUser user, long policyId, String title, String body) throws Exception {
        mvc.perform(post("/policies/manage/" + policyId + "/interpretations").param("title", title)
                .param("source", "测试解读来源").param("body", body).with(as(user)).with(csrf()));
        return db.sql("select max(id) from policy_interpretation where policy_id = :p").param("p", policyId)
                .query(Long.class).single();
    }

    ResultActions publishInterpretation(GxqUser user, long id) throws Exception {
        return mvc.perform(post("/policies/manage/interpretations/" + id + "/publish").with(as(user)).with(csrf()));
    }

    List<Long> noticed(long policyId) {
        return db.sql("select enterprise_id from policy_notice where policy_id = :p order by enterprise_id")
                .param("p", policyId).query(Long.class).list();
    }

    String state(long policyId) {
        return db.sql("select state from policy where id = :id").param("id", policyId).query(String.class).single();
    }

    long audits(String action, long targetId) {
        return db.sql("select count(*) from audit_log where action = :a and target_id = :t").param("a", action)
                .param("t", String.valueOf(targetId)).query(Long.class).single();
    }

    static final Pattern RESULT = Pattern.compile("data-policy=\"(\\d+)\"");

    /** The policy ids listed on a page, in order. */
    static List<Long> ids(String html) {
        List<Long> ids = new java.util.ArrayList<>();
        Matcher m = RESULT.matcher(html);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }
}
