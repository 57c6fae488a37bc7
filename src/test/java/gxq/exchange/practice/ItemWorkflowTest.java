package gxq.exchange.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/** Drafts, publishing, withdrawal, comments and adoption through the pages. Zones 75 (author), 76 and 77. */
@IntegrationTest
@Tag("db")
class ItemWorkflowTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    PracticeTestSupport t;

    @BeforeEach
    void setUp() {
        t = new PracticeTestSupport(mvc, db);
    }

    @Test
    void aDraftIsPrivateToItsZoneUntilPublishedThenEveryZoneAndTheMinistryReadIt() throws Exception {
        GxqUser author = fixtures.zoneStaff(75);
        GxqUser colleague = fixtures.zoneAdmin(75);
        GxqUser other = fixtures.zoneStaff(76);
        GxqUser ministry = fixtures.ministry();
        String title = "企业复工备案网上办理" + Fixtures.next();
        long id = t.create(author, "PRACTICE", title, "备案材料全程网上提交", "第一段。\n\n第二段：三天内办结。", false);
        assertThat(t.state(id)).isEqualTo("DRAFT");
        assertThat(t.audits("EXCHANGE_ITEM_DRAFT", id)).isEqualTo(1);

        t.get(colleague, "/exchange/items/" + id).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(title)));
        t.get(colleague, "/exchange/items/mine").andExpect(content().string(Matchers.containsString(title)));
        t.get(other, "/exchange/items/" + id).andExpect(status().isNotFound());
        t.get(ministry, "/exchange/items/" + id).andExpect(status().isNotFound());
        assertThat(t.found(other, "")).doesNotContain(id);

        // edit the draft: a stale version answers 409 and keeps what was typed
        int v = t.version(id);
        t.post(author, "/exchange/items/" + id, "version", String.valueOf(v + 1), "kind", "PRACTICE", "title",
                title + "（修订）", "summary", "s", "body", "b", "topics", "RESUMPTION", "action", "draft")
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString(title + "（修订）")));
        t.post(author, "/exchange/items/" + id, "version", String.valueOf(v), "kind", "PRACTICE", "title", title,
                "summary", "备案材料全程网上提交", "body", "第一段。\n\n第二段：三天内办结。", "topics", "RESUMPTION",
                "action", "draft").andExpect(redirectedUrl("/exchange/items/" + id));
        assertThat(t.audits("EXCHANGE_ITEM_EDIT", id)).isEqualTo(1);

        t.post(author, "/exchange/items/" + id + "/publish", "version", String.valueOf(t.version(id)))
                .andExpect(redirectedUrl("/exchange/items/" + id));
        assertThat(t.state(id)).isEqualTo("PUBLISHED");
        assertThat(t.audits("EXCHANGE_ITEM_PUBLISH", id)).isEqualTo(1);
        assertThat(t.count("select count(*) from exchange_term where doc_id = :p", id)).isPositive();
        t.get(other, "/exchange/items/" + id).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("第二段：三天内办结。")));
        t.get(ministry, "/exchange/items/" + id).andExpect(status().isOk());
        // published: no more edits
        t.post(author, "/exchange/items/" + id + "/publish", "version", String.valueOf(t.version(id)))
                .andExpect(status().isConflict());

        // withdrawal needs a reason; then only its zone and the ministry read it, and it leaves the search
        t.post(author, "/exchange/items/" + id + "/withdraw", "version", String.valueOf(t.version(id)), "reason", " ")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(Matchers.containsString("请填写撤回原因")));
        t.post(other, "/exchange/items/" + id + "/withdraw", "version", String.valueOf(t.version(id)), "reason", "x")
                .andExpect(status().isForbidden());
        t.post(author, "/exchange/items/" + id + "/withdraw", "version", String.valueOf(t.version(id)), "reason",
                "政策已调整").andExpect(redirectedUrl("/exchange/items/" + id));
        assertThat(t.state(id)).isEqualTo("WITHDRAWN");
        assertThat(t.audits("EXCHANGE_ITEM_WITHDRAW", id)).isEqualTo(1);
        assertThat(t.count("select count(*) from exchange_term where doc_id = :p", id)).isZero();
        t.get(other, "/exchange/items/" + id).andExpect(status().isNotFound());
        t.get(ministry, "/exchange/items/" + id).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("政策已调整")));
        t.get(colleague, "/exchange/items/" + id).andExpect(status().isOk());
    }

    @Test
    void aStaleEditWithBadInputKeepsItsOwnVersionSoTheResubmissionDoesNotOverwriteTheOtherChange() throws Exception {
        GxqUser first = fixtures.zoneStaff(75);
        GxqUser second = fixtures.zoneAdmin(75);
        long id = t.create(first, "PRACTICE", "返岗人员分批核验" + Fixtures.next(), "摘要", "正文", false);
        int loaded = t.version(id); // both open the edit form at this version
        t.post(second, "/exchange/items/" + id, "version", String.valueOf(loaded), "kind", "PRACTICE", "title",
                "第二人的标题", "summary", "摘要", "body", "第二人改过的正文", "topics", "RESUMPTION", "action", "draft")
                .andExpect(status().is3xxRedirection());
        // the first sends the old form with an empty title: 422, and the form shown again still carries the old version
        t.post(first, "/exchange/items/" + id, "version", String.valueOf(loaded), "kind", "PRACTICE", "title", " ",
                "summary", "摘要", "body", "第一人的正文", "topics", "RESUMPTION", "action", "draft")
                .andExpect(status().is(422))
                .andExpect(content().string(Matchers.containsString("name=\"version\" value=\"" + loaded + "\"")));
        // fixing the title and sending again is refused as stale instead of silently replacing the second's change
        t.post(first, "/exchange/items/" + id, "version", String.valueOf(loaded), "kind", "PRACTICE", "title",
                "第一人的标题", "summary", "摘要", "body", "第一人的正文", "topics", "RESUMPTION", "action", "draft")
                .andExpect(status().isConflict());
        assertThat(db.sql("select body from exchange_item where id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("第二人改过的正文");
    }

    @Test
    void badInputIsRefusedWith422AndEverythingTypedIsKept() throws Exception {
        GxqUser author = fixtures.zoneStaff(75);
        long before = t.count("select count(*) from exchange_item where zone_id = :p", 75);
        t.post(author, "/exchange/items", "kind", "TOOL", "title", "", "summary", "远程会诊系统试用", "body",
                "x".repeat(8001), "link", "javascript:alert(1)", "contactPhone", "12345", "action", "publish")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(Matchers.containsString("请填写标题")))
                .andExpect(content().string(Matchers.containsString("内容最多 8000 字")))
                .andExpect(content().string(Matchers.containsString("http:// 或 https://")))
                .andExpect(content().string(Matchers.containsString("请至少选择一个主题")))
                .andExpect(content().string(Matchers.containsString("工具产品须填写提供方")))
                .andExpect(content().string(Matchers.containsString("11 位手机号码")))
                .andExpect(content().string(Matchers.containsString("远程会诊系统试用")))
                .andExpect(content().string(Matchers.containsString("javascript:alert(1)")));
        t.post(author, "/exchange/items", "kind", "NONSENSE", "title", "t".repeat(101), "summary", "s", "body", "b",
                "topics", "NOPE", "action", "draft")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(Matchers.containsString("请选择类型")))
                .andExpect(content().string(Matchers.containsString("内容最多 100 字")))
                .andExpect(content().string(Matchers.containsString("主题不在可选范围内")));
        assertThat(t.count("select count(*) from exchange_item where zone_id = :p", 75)).isEqualTo(before);
    }

    @Test
    void aToolsPhoneIsEncryptedShownMaskedToOtherZonesAndRevealedOnRequestWithAnAuditLine() throws Exception {
        GxqUser author = fixtures.zoneStaff(75);
        GxqUser other = fixtures.zoneStaff(76);
        long id = t.create(author, "TOOL", "智能测温门禁" + Fixtures.next(), "人脸识别加测温", "进门自动测温。", true,
                "providerName", "赣江智能科技有限公司", "contactName", "周工", "contactPhone", "138 1234 5678",
                "link", "https://example.org/thermo");
        String enc = db.sql("select contact_phone_enc from exchange_item where id = :id").param("id", id)
                .query(String.class).single();
        assertThat(enc).doesNotContain("13812345678");
        t.get(author, "/exchange/items/" + id).andExpect(content().string(Matchers.containsString("13812345678")));
        t.get(other, "/exchange/items/" + id).andExpect(content().string(Matchers.containsString("138****5678")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("13812345678"))))
                .andExpect(content().string(Matchers.containsString("赣江智能科技有限公司")));
        t.post(other, "/exchange/items/" + id + "/contact").andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("13812345678")));
        assertThat(t.audits("EXCHANGE_ITEM_CONTACT_REVEAL", id)).isEqualTo(1);
    }

    @Test
    void zonesAndTheMinistryCommentNewestLastAndOnlyTheAuthorDeletesAComment() throws Exception {
        GxqUser author = fixtures.zoneStaff(75);
        GxqUser other = fixtures.zoneStaff(76);
        GxqUser third = fixtures.zoneAdmin(77);
        GxqUser ministry = fixtures.ministry();
        long id = t.publish(author, "园区企业员工健康监测日报制度" + Fixtures.next(), "企业每日上报。");
        t.post(other, "/exchange/items/" + id + "/comments", "comment", "第一条：请问表格能分享吗？")
                .andExpect(redirectedUrl("/exchange/items/" + id));
        t.post(ministry, "/exchange/items/" + id + "/comments", "comment", "第二条：值得推广。")
                .andExpect(redirectedUrl("/exchange/items/" + id));
        t.post(other, "/exchange/items/" + id + "/comments", "comment", "  ")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(Matchers.containsString("请填写评论内容")));
        t.post(other, "/exchange/items/" + id + "/comments", "comment", "长".repeat(1001))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(Matchers.containsString("内容最多 1000 字")));
        String html = t.get(third, "/exchange/items/" + id).andReturn().getResponse().getContentAsString();
        assertThat(html.indexOf("第一条")).isPositive().isLessThan(html.indexOf("第二条"));
        assertThat(html).contains("吉安").contains("科技部");
        assertThat(t.count("select count(*) from audit_log where action = 'EXCHANGE_COMMENT' and detail like :p",
                "item " + id + ":%")).isEqualTo(2);

        long comment = db.sql("select id from exchange_comment where item_id = :id and body like '第一条%'")
                .param("id", id).query(Long.class).single();
        t.post(third, "/exchange/comments/" + comment + "/delete").andExpect(status().isNotFound());
        t.post(author, "/exchange/comments/" + comment + "/delete").andExpect(status().isNotFound());
        t.post(other, "/exchange/comments/" + comment + "/delete").andExpect(redirectedUrl("/exchange/items/" + id));
        assertThat(t.count("select count(*) from exchange_comment where item_id = :p", id)).isEqualTo(1);
        assertThat(t.audits("EXCHANGE_COMMENT_DELETE", comment)).isEqualTo(1);

        // a draft takes no comments (and is not even found by another zone)
        long draft = t.create(author, "PRACTICE", "草稿" + Fixtures.next(), "s", "b", false);
        t.post(other, "/exchange/items/" + draft + "/comments", "comment", "x").andExpect(status().isNotFound());
        t.post(author, "/exchange/items/" + draft + "/comments", "comment", "x").andExpect(status().isConflict());
    }

    @Test
    void aZoneAdoptsOnceCanUndoAndTheAuthorZoneSeesWhoAdopted() throws Exception {
        GxqUser author = fixtures.zoneStaff(75);
        GxqUser authorAdmin = fixtures.zoneAdmin(75);
        GxqUser adopter = fixtures.zoneAdmin(76);
        GxqUser adopterStaff = fixtures.zoneStaff(76);
        GxqUser second = fixtures.zoneAdmin(97);
        long id = t.publish(author, "共享员工用工调剂平台" + Fixtures.next(), "余缺调剂。");

        t.post(adopter, "/exchange/items/" + id + "/adopt", "note", "已在园区试行").andExpect(redirectedUrl("/exchange/items/" + id));
        t.post(adopter, "/exchange/items/" + id + "/adopt", "note", "again").andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("不能重复标记")));
        t.post(adopterStaff, "/exchange/items/" + id + "/adopt").andExpect(status().isForbidden());
        t.post(authorAdmin, "/exchange/items/" + id + "/adopt").andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("不能借鉴本园区自己的经验")));
        t.post(second, "/exchange/items/" + id + "/adopt").andExpect(redirectedUrl("/exchange/items/" + id));
        t.post(second, "/exchange/items/" + id + "/adopt", "note", "n".repeat(501))
                .andExpect(status().isUnprocessableEntity());
        assertThat(t.count("select count(*) from exchange_adoption where item_id = :p", id)).isEqualTo(2);
        assertThat(t.audits("EXCHANGE_ADOPT", id)).isEqualTo(2);

        t.get(author, "/exchange/items/" + id)
                .andExpect(content().string(Matchers.containsString("吉安")))
                .andExpect(content().string(Matchers.containsString("新乡")))
                .andExpect(content().string(Matchers.containsString("已在园区试行")))
                .andExpect(content().string(Matchers.containsString("id=\"adoptionCount\">2<")));

        t.post(adopter, "/exchange/items/" + id + "/unadopt").andExpect(redirectedUrl("/exchange/items/" + id));
        t.post(adopter, "/exchange/items/" + id + "/unadopt").andExpect(status().isConflict());
        assertThat(t.count("select count(*) from exchange_adoption where item_id = :p", id)).isEqualTo(1);
        assertThat(t.audits("EXCHANGE_UNADOPT", id)).isEqualTo(1);
        t.post(adopter, "/exchange/items/" + id + "/adopt").andExpect(redirectedUrl("/exchange/items/" + id));
        assertThat(t.count("select count(*) from exchange_adoption where item_id = :p", id)).isEqualTo(2);
    }
}
