package gxq.policy.centre;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Drafting, publishing, withdrawing and revising through the pages; bad input 422 with what was typed; conflicting
 * states 409; public pages without sign-in (drafts 404); attachments; audit. Zone 66.
 */
@IntegrationTest
@Tag("db")
class PolicyWorkflowTest {

    static final long ZONE = 66;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;

    PolicyTestSupport t;
    GxqUser admin;
    GxqUser staff;

    @BeforeEach
    void setUp() {
        t = new PolicyTestSupport(mvc, db, fixtures);
        admin = fixtures.zoneAdmin(ZONE);
        staff = fixtures.zoneStaff(ZONE);
    }

    @Test
    void staffDraftsAdminPublishesThenTheTextIsFrozenAndPublic() throws Exception {
        long id = t.draft(staff, PolicyTestSupport.fields("园区稳岗补贴办法" + Fixtures.next(), "对不裁员的企业给予稳岗补贴。"));
        assertThat(t.state(id)).isEqualTo("DRAFT");
        mvc.perform(get("/").with(as(admin))).andExpect(content().string(containsString("政策草稿（未发布）")));
        // the draft is not public
        mvc.perform(get("/public/policies/" + id)).andExpect(status().isNotFound());
        // staff may not publish
        t.publish(staff, id).andExpect(status().isForbidden());
        mvc.perform(get("/policies/manage/" + id).with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"publishButton\""))));
        // the draft can be edited with its version
        Map<String, List<String>> fields = PolicyTestSupport.fields("园区稳岗补贴办法（修改）", "对不裁员的企业给予稳岗补贴，每人 500 元。");
        fields.put("version", List.of("0"));
        var edit = post("/policies/manage/" + id).with(as(staff)).with(csrf());
        fields.forEach((k, v) -> edit.param(k, v.toArray(String[]::new)));
        mvc.perform(edit).andExpect(status().is3xxRedirection());
        // a stale version is refused
        var stale = post("/policies/manage/" + id).with(as(staff)).with(csrf());
        fields.forEach((k, v) -> stale.param(k, v.toArray(String[]::new)));
        mvc.perform(stale).andExpect(status().isConflict());
        // a version that is no number is no current version either (never a binding error)
        var garbled = post("/policies/manage/" + id).with(as(staff)).with(csrf());
        fields.forEach((k, v) -> garbled.param(k, k.equals("version") ? new String[] {"1x"} : v.toArray(String[]::new)));
        mvc.perform(garbled.param("techSmeOnly", "x")).andExpect(status().isConflict());

        t.publish(admin, id).andExpect(status().is3xxRedirection());
        assertThat(t.state(id)).isEqualTo("PUBLISHED");
        mvc.perform(get("/public/policies/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("园区稳岗补贴办法（修改）")))
                .andExpect(content().string(containsString("每人 500 元")));
        // publishing twice and editing a published policy: 409
        t.publish(admin, id).andExpect(status().isConflict())
                .andExpect(content().string(containsString("不能再修改或重复发布")));
        var late = post("/policies/manage/" + id).with(as(admin)).with(csrf());
        fields.put("version", List.of("1"));
        fields.forEach((k, v) -> late.param(k, v.toArray(String[]::new)));
        mvc.perform(late).andExpect(status().isConflict());
        mvc.perform(get("/policies/manage/" + id + "/edit").with(as(admin))).andExpect(status().isConflict());
        assertThat(t.audits("POLICY_CREATE", id)).isEqualTo(1);
        assertThat(t.audits("POLICY_UPDATE", id)).isEqualTo(1);
        assertThat(t.audits("POLICY_PUBLISH", id)).isEqualTo(1);
    }

    @Test
    void badInputAnswers422AndKeepsWhatWasTyped() throws Exception {
        var empty = PolicyTestSupport.fields("", " ");
        empty.put("docNumber", List.of("文".repeat(61)));
        empty.put("effectiveFrom", List.of("2020-05-01"));
        empty.put("effectiveTo", List.of("2020-04-01"));
        empty.put("category", List.of("LOTTERY"));
        long before = db.sql("select count(*) from policy").query(Long.class).single();
        mvc.perform(t.createRequest(staff, empty)).andExpect(status().is(422))
                .andExpect(content().string(containsString("请填写标题")))
                .andExpect(content().string(containsString("请填写政策全文")))
                .andExpect(content().string(containsString("内容最多 60 字")))
                .andExpect(content().string(containsString("失效日期不能早于生效日期")))
                .andExpect(content().string(containsString("未知的类别：LOTTERY")))
                .andExpect(content().string(containsString("value=\"2020-05-01\"")))
                .andExpect(content().string(containsString("测试发布机关")));
        var noDate = PolicyTestSupport.fields("标题", "正文");
        noDate.put("effectiveFrom", List.of("明天"));
        noDate.put("sizes", List.of("SMALL", "HUGE"));
        mvc.perform(t.createRequest(staff, noDate)).andExpect(status().is(422))
                .andExpect(content().string(containsString("日期格式应为 年-月-日：明天")))
                .andExpect(content().string(containsString("未知的企业规模：HUGE")));
        // a zone may not target other zones
        var otherZone = PolicyTestSupport.fields("标题", "正文");
        otherZone.put("zones", List.of("1"));
        mvc.perform(t.createRequest(staff, otherZone)).andExpect(status().is(422))
                .andExpect(content().string(containsString("只适用于本园区")));
        assertThat(db.sql("select count(*) from policy").query(Long.class).single()).isEqualTo(before);
        // withdrawing needs a reason; the interpretation needs its fields
        long id = t.published(admin, PolicyTestSupport.fields("复工补贴" + Fixtures.next(), "补贴正文"));
        mvc.perform(post("/policies/manage/" + id + "/withdraw").param("reason", " ").with(as(admin)).with(csrf()))
                .andExpect(status().is(422)).andExpect(content().string(containsString("请填写废止原因")));
        mvc.perform(post("/policies/manage/" + id + "/interpretations").param("title", "解读标题")
                .param("source", "").param("body", "解读正文已写").with(as(admin)).with(csrf()))
                .andExpect(status().is(422)).andExpect(content().string(containsString("请填写解读作者或来源")))
                .andExpect(content().string(containsString("解读正文已写")));
    }

    @Test
    void withdrawnPolicyStaysReadableAsWithdrawnAndRevisionSupersedes() throws Exception {
        long id = t.published(admin, PolicyTestSupport.fields("园区房租减免" + Fixtures.next(), "在孵企业房租减半。"));
        // withdrawing a draft or a withdrawn policy is a conflict
        long draft = t.draft(admin, PolicyTestSupport.fields("草稿" + Fixtures.next(), "正文"));
        mvc.perform(post("/policies/manage/" + draft + "/withdraw").param("reason", "x").with(as(admin)).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(post("/policies/manage/" + id + "/withdraw").param("reason", "已被省级政策取代").with(as(admin))
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(t.state(id)).isEqualTo("WITHDRAWN");
        mvc.perform(get("/public/policies/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("已废止")))
                .andExpect(content().string(containsString("已被省级政策取代")));
        mvc.perform(post("/policies/manage/" + id + "/withdraw").param("reason", "again").with(as(admin)).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(t.audits("POLICY_WITHDRAW", id)).isEqualTo(1);

        long old = t.published(admin, PolicyTestSupport.fields("园区社保缓缴" + Fixtures.next(), "缓缴三个月。"));
        t.publishInterpretation(admin, t.interpretation(admin, old, "缓缴解读", "三个月内补缴即可。"))
                .andExpect(status().is3xxRedirection());
        String location = mvc.perform(post("/policies/manage/" + old + "/revise").with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long revision = Long.parseLong(location.replaceAll("\\D+", " ").strip().split(" ")[0]);
        assertThat(t.state(revision)).isEqualTo("DRAFT");
        // the interpretations come along as drafts, to be published again with the new version
        assertThat(db.sql("select state from policy_interpretation where policy_id = :p").param("p", revision)
                .query(String.class).list()).containsExactly("DRAFT");
        // a second revision while one is open: 409
        mvc.perform(post("/policies/manage/" + old + "/revise").with(as(admin)).with(csrf()))
                .andExpect(status().isConflict());
        var changed = PolicyTestSupport.fields("园区社保缓缴（第二版）", "缓缴六个月。");
        changed.put("version", List.of("0"));
        var edit = post("/policies/manage/" + revision).with(as(admin)).with(csrf());
        changed.forEach((k, v) -> edit.param(k, v.toArray(String[]::new)));
        mvc.perform(edit).andExpect(status().is3xxRedirection());
        t.publish(admin, revision).andExpect(status().is3xxRedirection());
        assertThat(t.state(old)).isEqualTo("SUPERSEDED");
        assertThat(t.state(revision)).isEqualTo("PUBLISHED");
        mvc.perform(get("/public/policies/" + old)).andExpect(status().isOk())
                .andExpect(content().string(containsString("已被新版本替代")))
                .andExpect(content().string(containsString("/public/policies/" + revision)));
        assertThat(t.audits("POLICY_SUPERSEDE", old)).isEqualTo(1);
        assertThat(t.audits("POLICY_REVISE", revision)).isEqualTo(1);
    }

    @Test
    void interpretationsArePublishedAfterTheirPolicyAndShownOnItsPublicPage() throws Exception {
        long id = t.draft(admin, PolicyTestSupport.fields("园区创新券办法" + Fixtures.next(), "创新券用于购买检测服务。"));
        long i = t.interpretation(staff, id, "创新券怎么用", "企业凭券抵扣服务费。");
        // not before the policy is published, and not by staff
        t.publishInterpretation(admin, i).andExpect(status().isConflict());
        t.publish(admin, id).andExpect(status().is3xxRedirection());
        mvc.perform(get("/public/policies/" + id)).andExpect(content().string(not(containsString("创新券怎么用"))));
        t.publishInterpretation(staff, i).andExpect(status().isForbidden());
        t.publishInterpretation(admin, i).andExpect(status().is3xxRedirection());
        t.publishInterpretation(admin, i).andExpect(status().isConflict());
        mvc.perform(get("/public/policies/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("创新券怎么用")))
                .andExpect(content().string(containsString("企业凭券抵扣服务费")));
        assertThat(t.audits("POLICY_INTERPRETATION_ADD", i)).isEqualTo(1);
        assertThat(t.audits("POLICY_INTERPRETATION_PUBLISH", i)).isEqualTo(1);
    }

    @Test
    void attachmentsAreCheckedByContentAndPublicOnlyOncePublished() throws Exception {
        var fields = PolicyTestSupport.fields("附件测试" + Fixtures.next(), "见附件。");
        mvc.perform(t.createRequest(staff, fields, new MockMultipartFile("files", "通知.pdf", "application/pdf",
                "not a pdf".getBytes()))).andExpect(status().is(422))
                .andExpect(content().string(containsString("不是 PDF、JPG 或 PNG")));
        mvc.perform(t.createRequest(staff, fields, new MockMultipartFile("files", "图.pdf", "application/pdf",
                PolicyTestSupport.PNG))).andExpect(status().is(422))
                .andExpect(content().string(containsString("与扩展名不符")));
        String location = mvc.perform(t.createRequest(staff, fields, new MockMultipartFile("files", "通知.pdf",
                "application/pdf", PolicyTestSupport.PDF))).andExpect(status().is3xxRedirection()).andReturn()
                .getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/policies/manage/".length()));
        mvc.perform(multipart("/policies/manage/" + id + "/files").file(new MockMultipartFile("files", "表.png",
                "image/png", PolicyTestSupport.PNG)).with(as(staff)).with(csrf())).andExpect(status().is3xxRedirection());
        List<Long> files = db.sql("select id from policy_file where policy_id = :p order by id").param("p", id)
                .query(Long.class).list();
        assertThat(files).hasSize(2);
        mvc.perform(get("/public/policies/files/" + files.get(0))).andExpect(status().isNotFound());
        mvc.perform(get("/policies/manage/files/" + files.get(0)).with(as(staff))).andExpect(status().isOk())
                .andExpect(content().bytes(PolicyTestSupport.PDF));
        mvc.perform(post("/policies/manage/files/" + files.get(1) + "/delete").param("policy", String.valueOf(id))
                .with(as(staff)).with(csrf())).andExpect(status().is3xxRedirection());
        t.publish(admin, id).andExpect(status().is3xxRedirection());
        mvc.perform(get("/public/policies/files/" + files.get(0))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(content().bytes(PolicyTestSupport.PDF));
        mvc.perform(get("/public/policies/files/" + files.get(1))).andExpect(status().isNotFound());
        // frozen: no more uploads
        mvc.perform(multipart("/policies/manage/" + id + "/files").file(new MockMultipartFile("files", "表.png",
                "image/png", PolicyTestSupport.PNG)).with(as(admin)).with(csrf())).andExpect(status().isConflict());
        assertThat(t.audits("POLICY_FILE_ADD", id)).isEqualTo(2);
        assertThat(t.audits("POLICY_FILE_REMOVE", id)).isEqualTo(1);
    }

    @Test
    void publicPagesNeedNoSignInAndUnknownIdsAre404() throws Exception {
        long id = t.published(admin, PolicyTestSupport.fields("公开政策" + Fixtures.next(), "全文公开。"));
        mvc.perform(get("/public/policies")).andExpect(status().isOk())
                .andExpect(content().string(containsString("政策库")));
        mvc.perform(get("/public/policies/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("全文公开")));
        mvc.perform(get("/public/policies/" + id).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Back to the policy library")))
                .andExpect(content().string(containsString("Area: 泉州高新技术产业开发区")));
        mvc.perform(get("/public/policies").param("q", "公开政策").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Search words")));
        mvc.perform(get("/public/policies/99999999")).andExpect(status().isNotFound());
        mvc.perform(get("/policies/manage/99999999").with(as(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/policies/manage")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/policies/manage").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-policy=\"" + id + "\"")));
        mvc.perform(get("/policies/manage/new").with(as(fixtures.ministry()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("科学技术部")))
                .andExpect(content().string(containsString("name=\"provinces\"")));
    }

    @Test
    void aDraftAndADraftInterpretationCanBeDeletedByTheirTenantOnlyAndNothingPublished() throws Exception {
        long draft = t.draft(staff, PolicyTestSupport.fields("误建的草稿" + Fixtures.next(), "草稿正文。"));
        mvc.perform(multipart("/policies/manage/" + draft + "/files").file(new MockMultipartFile("files", "a.pdf",
                "application/pdf", "%PDF-1.4\n%%EOF".getBytes())).with(as(staff)).with(csrf()));
        long interpretation = t.interpretation(staff, draft, "草稿解读", "解读正文。");
        assertThat(db.sql("select count(*) from policy_file where policy_id = :p").param("p", draft).query(Long.class)
                .single()).isEqualTo(1);
        GxqUser otherZone = fixtures.zoneAdmin(65);
        mvc.perform(post("/policies/manage/" + draft + "/delete").with(as(otherZone)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/policies/manage/" + draft + "/delete").with(as(fixtures.enterpriseAdmin(fixtures.enterprise(ZONE))))
                .with(csrf())).andExpect(status().isForbidden());

        mvc.perform(post("/policies/manage/interpretations/" + interpretation + "/delete").with(as(staff)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(db.sql("select count(*) from policy_interpretation where id = :i").param("i", interpretation)
                .query(Long.class).single()).isZero();
        mvc.perform(post("/policies/manage/" + draft + "/delete").with(as(staff)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(db.sql("select count(*) from policy where id = :p").param("p", draft).query(Long.class).single()).isZero();
        assertThat(db.sql("select count(*) from policy_file where policy_id = :p").param("p", draft).query(Long.class)
                .single()).isZero();
        assertThat(t.audits("POLICY_DRAFT_DELETE", draft)).isEqualTo(1);
        mvc.perform(post("/policies/manage/" + draft + "/delete").with(as(staff)).with(csrf()))
                .andExpect(status().isNotFound());

        long published = t.published(admin, PolicyTestSupport.fields("已发布不可删" + Fixtures.next(), "正文。"));
        mvc.perform(post("/policies/manage/" + published + "/delete").with(as(admin)).with(csrf()))
                .andExpect(status().isConflict());
        long publishedInterpretation = t.interpretation(admin, published, "已发布解读", "解读。");
        mvc.perform(post("/policies/manage/interpretations/" + publishedInterpretation + "/publish").with(as(admin))
                .with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/policies/manage/interpretations/" + publishedInterpretation + "/delete").with(as(admin))
                .with(csrf())).andExpect(status().isConflict());
        assertThat(t.state(published)).isEqualTo("PUBLISHED");
    }
}
