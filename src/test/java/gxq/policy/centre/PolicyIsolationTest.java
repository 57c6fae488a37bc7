package gxq.policy.centre;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Drafts are private to their tenant: another zone, the ministry (for zone drafts) and zones (for ministry drafts)
 * get 404 on every read and write; roles that do not manage policies get 403; the public gets 404 on drafts and their
 * files. Zone 67 owns the policies, zone 68 is the other zone.
 */
@IntegrationTest
@Tag("db")
class PolicyIsolationTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;

    PolicyTestSupport t;
    GxqUser admin67;
    GxqUser staff67;
    long draft;
    long published;
    long draftFile;
    long draftInterpretation;

    @BeforeEach
    void setUp() throws Exception {
        t = new PolicyTestSupport(mvc, db, fixtures);
        admin67 = fixtures.zoneAdmin(67);
        staff67 = fixtures.zoneStaff(67);
        String location = mvc.perform(t.createRequest(staff67, PolicyTestSupport.fields("莆田园区草稿" + Fixtures.next(),
                "草稿正文，尚未公开。"), new MockMultipartFile("files", "草稿.pdf", "application/pdf", PolicyTestSupport.PDF)))
                .andReturn().getResponse().getRedirectedUrl();
        draft = Long.parseLong(location.substring("/policies/manage/".length()));
        draftFile = db.sql("select id from policy_file where policy_id = :p").param("p", draft).query(Long.class).single();
        published = t.published(admin67, PolicyTestSupport.fields("莆田园区已发布" + Fixtures.next(), "已公开。"));
        draftInterpretation = t.interpretation(staff67, published, "未发布的解读", "解读草稿。");
    }

    /** Every read and write of the zone-67 policies that a manager could try. */
    List<AbstractMockHttpServletRequestBuilder<?>> everyRequest() {
        var fields = PolicyTestSupport.fields("篡改", "篡改");
        var update = post("/policies/manage/" + draft).param("version", "0");
        fields.forEach((k, v) -> update.param(k, v.toArray(String[]::new)));
        return List.<AbstractMockHttpServletRequestBuilder<?>>of(get("/policies/manage/" + draft), get("/policies/manage/" + draft + "/edit"), update,
                get("/policies/manage/files/" + draftFile),
                post("/policies/manage/files/" + draftFile + "/delete"),
                multipart("/policies/manage/" + draft + "/files").file(new MockMultipartFile("files", "x.pdf",
                        "application/pdf", PolicyTestSupport.PDF)),
                post("/policies/manage/" + draft + "/publish"),
                post("/policies/manage/" + draft + "/interpretations").param("title", "t").param("source", "s")
                        .param("body", "b"),
                post("/policies/manage/" + published + "/withdraw").param("reason", "r"),
                post("/policies/manage/" + published + "/revise"),
                post("/policies/manage/interpretations/" + draftInterpretation + "/publish"));
    }

    void allAnswer(GxqUser user, int status) throws Exception {
        for (AbstractMockHttpServletRequestBuilder<?> r : everyRequest()) {
            mvc.perform(r.with(as(user)).with(csrf())).andExpect(status().is(status));
        }
    }

    /** Zone staff of another zone: 404 for what staff may do, 403 for the admins' actions (publish, withdraw). */
    void staffAnswer(GxqUser staff) throws Exception {
        List<AbstractMockHttpServletRequestBuilder<?>> all = everyRequest();
        for (int i = 0; i < all.size(); i++) {
            boolean adminOnly = i == 6 || i == 8 || i == 10;
            mvc.perform(all.get(i).with(as(staff)).with(csrf())).andExpect(status().is(adminOnly ? 403 : 404));
        }
    }

    void nothingChanged() {
        assertThat(t.state(draft)).isEqualTo("DRAFT");
        assertThat(t.state(published)).isEqualTo("PUBLISHED");
        assertThat(db.sql("select title from policy where id = :id").param("id", draft).query(String.class).single())
                .startsWith("莆田园区草稿");
        assertThat(db.sql("select count(*) from policy_file where policy_id = :p").param("p", draft)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(db.sql("select state from policy_interpretation where id = :id").param("id", draftInterpretation)
                .query(String.class).single()).isEqualTo("DRAFT");
        assertThat(db.sql("select count(*) from policy where supersedes_id = :p").param("p", published)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anotherZonesAdminAndStaffGet404() throws Exception {
        allAnswer(fixtures.zoneAdmin(68), 404);
        staffAnswer(fixtures.zoneStaff(68));
        nothingChanged();
        mvc.perform(get("/policies/manage").with(as(fixtures.zoneAdmin(68))))
                .andExpect(content().string(not(containsString("data-policy=\"" + draft + "\""))))
                .andExpect(content().string(not(containsString("data-policy=\"" + published + "\""))));
        mvc.perform(get("/policies/manage").with(as(staff67)))
                .andExpect(content().string(containsString("data-policy=\"" + draft + "\"")));
    }

    @Test
    void theMinistryDoesNotSeeZoneDraftsAndZonesDoNotSeeMinistryDrafts() throws Exception {
        GxqUser ministry = fixtures.ministry();
        allAnswer(ministry, 404);
        nothingChanged();
        long ministryDraft = t.draft(ministry, PolicyTestSupport.fields("部级草稿" + Fixtures.next(), "部级草稿正文。"));
        mvc.perform(get("/policies/manage/" + ministryDraft).with(as(admin67))).andExpect(status().isNotFound());
        mvc.perform(post("/policies/manage/" + ministryDraft + "/publish").with(as(admin67)).with(csrf()))
                .andExpect(status().isNotFound());
        // another ministry admin shares the ministry's drafts
        mvc.perform(get("/policies/manage/" + ministryDraft).with(as(fixtures.ministry()))).andExpect(status().isOk());
        assertThat(t.state(ministryDraft)).isEqualTo("DRAFT");
    }

    @Test
    void rolesThatDoNotManagePoliciesGet403() throws Exception {
        long ent = fixtures.enterprise(67);
        List<GxqUser> others = List.of(fixtures.enterpriseAdmin(ent),
                fixtures.employeeAccount(fixtures.employee(ent, "员工" + Fixtures.next())),
                fixtures.account(Role.GATE_GUARD, 67L, ent, null), fixtures.account(Role.SERVICE_PROVIDER, 67L, null, null));
        for (GxqUser u : others) {
            allAnswer(u, 403);
            mvc.perform(get("/policies/manage").with(as(u))).andExpect(status().isForbidden());
            mvc.perform(t.createRequest(u, PolicyTestSupport.fields("越权", "越权"))).andExpect(status().isForbidden());
            // the public library is open to them
            mvc.perform(get("/public/policies").with(as(u))).andExpect(status().isOk());
        }
        nothingChanged();
        // only enterprise admins have a "for us" list
        for (GxqUser u : List.of(admin67, fixtures.ministry(), others.get(1), others.get(2), others.get(3))) {
            mvc.perform(get("/policies/for-us").with(as(u))).andExpect(status().isForbidden());
            mvc.perform(post("/policies/for-us/seen").with(as(u)).with(csrf())).andExpect(status().isForbidden());
        }
    }

    @Test
    void thePublicGets404OnDraftsTheirFilesAndDraftInterpretations() throws Exception {
        mvc.perform(get("/public/policies/" + draft)).andExpect(status().isNotFound());
        mvc.perform(get("/public/policies/files/" + draftFile)).andExpect(status().isNotFound());
        mvc.perform(get("/public/policies/" + published)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("未发布的解读"))));
        mvc.perform(get("/public/policies").param("q", "莆田园区草稿")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-policy=\"" + draft + "\""))));
        // management needs a sign-in
        mvc.perform(get("/policies/manage/" + draft)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/policies/manage/" + draft + "/publish").with(csrf())).andExpect(status().is3xxRedirection());
        nothingChanged();
    }
}
