package gxq.exchange.notice;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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

/**
 * A notice's life through HTTP: a draft only the ministry sees, sending, read receipts (once per person, also under
 * concurrent first reads), confirmation of receipt, withdrawal, and the 422/409 answers. Zones 78 and 79.
 */
@IntegrationTest
@Tag("db")
class NoticeWorkflowTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;

    NoticeTestSupport t;
    GxqUser ministry;
    GxqUser otherMinistry;
    GxqUser admin78;
    GxqUser staff78;
    GxqUser admin79;

    @BeforeEach
    void setUp() {
        t = new NoticeTestSupport(mvc, db);
        ministry = fixtures.ministry();
        otherMinistry = fixtures.ministry();
        admin78 = fixtures.zoneAdmin(78);
        staff78 = fixtures.zoneStaff(78);
        admin79 = fixtures.zoneAdmin(79);
    }

    @Test
    void aDraftIsSeenByMinistryAdminsOnly() throws Exception {
        String title = "关于开展复工复产调研的通知" + Fixtures.next();
        long id = t.draft(ministry, title, "zones", "78", "zones", "79");
        assertThat(t.state(id)).isEqualTo("DRAFT");
        assertThat(t.audits("NOTICE_DRAFT_CREATE", id)).isEqualTo(1);
        mvc.perform(get("/notices/" + id).with(as(otherMinistry))).andExpect(status().isOk())
                .andExpect(content().string(containsString(title)));
        mvc.perform(get("/notices").with(as(otherMinistry))).andExpect(content().string(containsString(title)));
        for (GxqUser zone : new GxqUser[] {admin78, staff78, admin79}) {
            mvc.perform(get("/notices/" + id).with(as(zone))).andExpect(status().isNotFound());
            mvc.perform(get("/notices").with(as(zone))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(title))));
        }
        assertThat(t.receipts(id)).isZero();
    }

    @Test
    void aDraftCanBeEditedUntilSentThenNoMore() throws Exception {
        long id = t.draft(ministry, "草稿标题" + Fixtures.next(), "zones", "78");
        String newTitle = "修改后的标题" + Fixtures.next();
        mvc.perform(multipart("/notices/" + id).param("title", newTitle).param("body", "新的正文")
                .param("importance", "IMPORTANT").param("audience", "ZONES").param("zones", "78").param("zones", "79")
                .param("version", String.valueOf(t.version(id))).with(as(ministry)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(db.sql("select title from notice where id = :id").param("id", id).query(String.class).single())
                .isEqualTo(newTitle);
        assertThat(db.sql("select zone_id from notice_zone where notice_id = :id order by zone_id").param("id", id)
                .query(Long.class).list()).containsExactly(78L, 79L);
        assertThat(t.audits("NOTICE_DRAFT_UPDATE", id)).isEqualTo(1);
        // a stale version is refused
        mvc.perform(multipart("/notices/" + id).param("title", "x").param("body", "y").param("importance", "NORMAL")
                .param("audience", "ZONES").param("zones", "78").param("version", "0").with(as(ministry)).with(csrf()))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("已被他人修改")));

        t.send(ministry, id).andExpect(status().is3xxRedirection());
        assertThat(t.state(id)).isEqualTo("SENT");
        assertThat(t.audits("NOTICE_SEND", id)).isEqualTo(1);
        int version = t.version(id);
        mvc.perform(multipart("/notices/" + id).param("title", "改").param("body", "改").param("importance", "NORMAL")
                .param("audience", "ZONES").param("zones", "78").param("version", String.valueOf(version))
                .with(as(ministry)).with(csrf()))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("通知已发布")));
        mvc.perform(get("/notices/" + id + "/edit").with(as(ministry))).andExpect(status().isConflict());
        t.act(ministry, id, "send", "version", String.valueOf(version)).andExpect(status().isConflict())
                .andExpect(content().string(containsString("通知已发布，不能再修改或重复发布")));
        assertThat(t.version(id)).isEqualTo(version);
        assertThat(t.audits("NOTICE_SEND", id)).isEqualTo(1);
    }

    @Test
    void sendingWithAStaleVersionIsAConflict() throws Exception {
        long id = t.draft(ministry, "版本冲突" + Fixtures.next(), "zones", "78");
        t.act(ministry, id, "send", "version", String.valueOf(t.version(id) + 1)).andExpect(status().isConflict());
        assertThat(t.state(id)).isEqualTo("DRAFT");
    }

    @Test
    void targetZonesSeeTheSentNoticeUnreadFirstAndOpeningItWritesOneReceiptPerPerson() throws Exception {
        String title = "关于加强返岗人员健康监测的通知" + Fixtures.next();
        long id = t.sent(ministry, title, "NORMAL", 78);
        mvc.perform(get("/notices").with(as(admin78))).andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("data-notice=\"" + id + "\"")));
        mvc.perform(get("/notices").param("unread", "1").with(as(admin78)))
                .andExpect(content().string(containsString(title)));
        mvc.perform(get("/notices/" + id).with(as(admin79))).andExpect(status().isNotFound());

        mvc.perform(get("/notices/" + id).with(as(admin78))).andExpect(status().isOk())
                .andExpect(content().string(containsString(title))).andExpect(content().string(containsString("id=\"myReceipt\"")));
        mvc.perform(get("/notices/" + id).with(as(admin78))).andExpect(status().isOk());
        assertThat(t.receipts(id)).isEqualTo(1);
        assertThat(t.audits("NOTICE_READ", id)).isEqualTo(1);
        mvc.perform(get("/notices").param("unread", "1").with(as(admin78)))
                .andExpect(content().string(not(containsString(title))));
        // the staff of the same zone still has it unread, and reading adds their own receipt
        mvc.perform(get("/notices").param("unread", "1").with(as(staff78)))
                .andExpect(content().string(containsString(title)));
        mvc.perform(get("/notices/" + id).with(as(staff78))).andExpect(status().isOk());
        assertThat(t.receipts(id)).isEqualTo(2);

        mvc.perform(get("/notices/" + id + "/receipts").with(as(ministry))).andExpect(status().isOk())
                .andExpect(content().string(containsString("1/1 个园区已读，共 2 人阅读")))
                .andExpect(content().string(containsString(admin78.displayName())));
        mvc.perform(get("/notices").with(as(ministry))).andExpect(content().string(containsString("1/1 个园区已读")));
    }

    @Test
    void concurrentFirstReadsOfOnePersonLeaveOneReceipt() throws Exception {
        long id = t.sent(ministry, "并发阅读" + Fixtures.next(), "NORMAL", 79);
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(get("/notices/" + id).with(as(admin79))).andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            for (Future<Integer> f : answers) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(t.receipts(id)).isEqualTo(1);
        assertThat(t.audits("NOTICE_READ", id)).isEqualTo(1);
    }

    @Test
    void importantNoticesAreConfirmedOnceNormalOnesNeedNoConfirmation() throws Exception {
        long urgent = t.sent(ministry, "紧急通知" + Fixtures.next(), "URGENT", 78);
        mvc.perform(get("/notices/" + urgent).with(as(admin78))).andExpect(content().string(containsString("id=\"ackButton\"")));
        t.act(admin78, urgent, "ack").andExpect(status().is3xxRedirection());
        t.act(admin78, urgent, "ack").andExpect(status().is3xxRedirection());
        assertThat(db.sql("select count(*) from notice_receipt where notice_id = :id and acknowledged_at is not null")
                .param("id", urgent).query(Long.class).single()).isEqualTo(1);
        assertThat(t.audits("NOTICE_ACK", urgent)).isEqualTo(1);
        mvc.perform(get("/notices/" + urgent).with(as(admin78)))
                .andExpect(content().string(not(containsString("id=\"ackButton\""))))
                .andExpect(content().string(containsString("id=\"acknowledged\"")));
        mvc.perform(get("/notices/" + urgent + "/receipts").with(as(ministry)))
                .andExpect(content().string(containsString("1/1 个园区已读")));

        long normal = t.sent(ministry, "普通通知" + Fixtures.next(), "NORMAL", 78);
        t.act(admin78, normal, "ack").andExpect(status().isConflict())
                .andExpect(content().string(containsString("普通通知无需确认收到")));
    }

    @Test
    void aWithdrawnNoticeStaysListedForRecipientsWithoutTextOrFiles() throws Exception {
        String title = "将被撤回的通知" + Fixtures.next();
        String secret = "这段正文撤回后不再显示" + Fixtures.next();
        String location = mvc.perform(t.createRequest(ministry, title, secret,
                new MockMultipartFile("files", "附件.pdf", "application/pdf", NoticeTestSupport.PDF), "zones", "78"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/notices/".length()));
        long file = t.fileOf(id);
        t.send(ministry, id).andExpect(status().is3xxRedirection());
        mvc.perform(get("/notices/files/" + file).with(as(admin78))).andExpect(status().isOk());

        // a draft cannot be withdrawn; the reason is required and kept
        long draft = t.draft(ministry, "只是草稿" + Fixtures.next(), "zones", "78");
        t.act(ministry, draft, "withdraw", "version", String.valueOf(t.version(draft)), "reason", "x")
                .andExpect(status().isConflict());
        t.act(ministry, id, "withdraw", "version", String.valueOf(t.version(id)), "reason", "  ")
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("请填写撤回原因")));
        assertThat(t.state(id)).isEqualTo("SENT");

        t.act(ministry, id, "withdraw", "version", String.valueOf(t.version(id)), "reason", "内容有误，将重新发布")
                .andExpect(status().is3xxRedirection());
        assertThat(t.state(id)).isEqualTo("WITHDRAWN");
        assertThat(t.audits("NOTICE_WITHDRAW", id)).isEqualTo(1);
        t.act(ministry, id, "withdraw", "version", String.valueOf(t.version(id)), "reason", "再撤")
                .andExpect(status().isConflict()).andExpect(content().string(containsString("通知已撤回")));

        mvc.perform(get("/notices").param("unread", "1").with(as(admin78)))
                .andExpect(content().string(not(containsString(title))));
        mvc.perform(get("/notices").with(as(admin78))).andExpect(content().string(containsString(title)));
        mvc.perform(get("/notices/" + id).with(as(admin78))).andExpect(status().isOk())
                .andExpect(content().string(containsString("内容有误，将重新发布")))
                .andExpect(content().string(not(containsString(secret))));
        mvc.perform(get("/notices/files/" + file).with(as(admin78))).andExpect(status().isNotFound());
        mvc.perform(get("/notices/files/" + file).with(as(ministry))).andExpect(status().isOk());
        assertThat(t.receipts(id)).isZero();
        t.act(admin78, id, "ack").andExpect(status().isConflict());
    }

    @Test
    void badInputAnswers422WithEverythingTypedKept() throws Exception {
        String body = "正文保留" + Fixtures.next();
        mvc.perform(t.createRequest(ministry, " ", body, "zones", "78"))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("请填写标题")))
                .andExpect(content().string(containsString(body)));
        String title = "没有正文" + Fixtures.next();
        mvc.perform(t.createRequest(ministry, title, "", "zones", "78"))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("请填写正文")))
                .andExpect(content().string(containsString(title)));
        mvc.perform(t.createRequest(ministry, "长".repeat(101), body, "zones", "78"))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("最多 100 字，现有 101 字")));
        mvc.perform(t.createRequest(ministry, title, "字".repeat(10001), "zones", "78"))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("最多 10000 字")));
        mvc.perform(t.createRequest(ministry, title, body))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("请至少选择一个高新区或省份")));
        mvc.perform(t.createRequest(ministry, title, body, "zones", "78", "zones", "9999"))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("未知的高新区：9999")))
                // the chosen zone stays ticked
                .andExpect(content().string(containsString("id=\"zone78\" checked=\"checked\"")));
        mvc.perform(t.createRequest(ministry, title, body, "audience", ""))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("请选择发送范围")));
        mvc.perform(t.createRequest(ministry, title, body, "zones", "78", "importance", "HUGE"))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("重要程度无效")));
        String yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
        mvc.perform(t.createRequest(ministry, title, body, "zones", "78", "readBy", yesterday))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("阅读截止日期不能早于今天")))
                .andExpect(content().string(containsString("value=\"" + yesterday + "\"")));
        mvc.perform(t.createRequest(ministry, title, body, "zones", "78", "readBy", "下周一"))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("截止日期格式")));
        mvc.perform(t.createRequest(ministry, title, body,
                new MockMultipartFile("files", "名单.pdf", "application/pdf", "<html>".getBytes()), "zones", "78"))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("不是 PDF、JPG 或 PNG")));
        mvc.perform(t.createRequest(ministry, title, body,
                new MockMultipartFile("files", "图.pdf", "application/pdf", NoticeTestSupport.PNG), "zones", "78"))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("扩展名与内容（PNG）不符")));
        assertThat(db.sql("select count(*) from notice where title = :t or body = :b").param("t", title).param("b", body)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theBodyIsPlainTextWithItsParagraphs() throws Exception {
        String title = "纯文本" + Fixtures.next();
        long id = t.draft(ministry, title, "zones", "78");
        db.sql("update notice set body = :b where id = :id").param("b", "第一段<script>alert(1)</script>\n\n第二段 <b>粗</b>")
                .param("id", id).update();
        mvc.perform(get("/notices/" + id).with(as(ministry))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<p>第一段&lt;script&gt;alert(1)&lt;/script&gt;</p>")))
                .andExpect(content().string(containsString("<p>第二段 &lt;b&gt;粗&lt;/b&gt;</p>")));
    }

    @Test
    void anAttachmentIsServedWithItsTypeToTheMinistryAndTheTargetZone() throws Exception {
        String location = mvc.perform(t.createRequest(ministry, "带附件" + Fixtures.next(), "见附件",
                new MockMultipartFile("files", "防控指南.pdf", "application/pdf", NoticeTestSupport.PDF), "zones", "79"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/notices/".length()));
        long file = t.fileOf(id);
        assertThat(t.audits("NOTICE_FILE_ATTACH", file)).isEqualTo(1);
        mvc.perform(get("/notices/files/" + file).with(as(admin79))).andExpect(status().isNotFound());
        t.send(ministry, id).andExpect(status().is3xxRedirection());
        for (GxqUser u : new GxqUser[] {ministry, admin79}) {
            mvc.perform(get("/notices/files/" + file).with(as(u))).andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "application/pdf"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(content().bytes(NoticeTestSupport.PDF));
        }
        mvc.perform(get("/notices/files/" + file).with(as(admin78))).andExpect(status().isNotFound());
    }

    @Test
    void unreadNoticesAreOnTheZoneHomePageUrgentOnesInRed() throws Exception {
        GxqUser fresh = fixtures.zoneAdmin(79);
        t.sent(ministry, "首页紧急" + Fixtures.next(), "URGENT", 79);
        mvc.perform(get("/").with(as(fresh))).andExpect(status().isOk())
                .andExpect(content().string(containsString("条紧急通知未读")))
                .andExpect(content().string(containsString("list-group-item-danger")))
                .andExpect(content().string(containsString("未读通知")));
    }

    @Test
    void theInboxPagesTwentyAtATimeKeepingTheUnreadFilter() throws Exception {
        GxqUser reader = fixtures.zoneStaff(99);
        for (int i = 0; i < 21; i++) {
            t.sent(ministry, "分页通知" + i + "-" + Fixtures.next(), "NORMAL", 99);
        }
        mvc.perform(get("/notices").param("unread", "1").with(as(reader))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/notices?page=1&amp;unread=1\"")));
        mvc.perform(get("/notices").param("unread", "1").param("page", "1").with(as(reader)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("分页通知")));
        mvc.perform(get("/notices").param("status", "SENT").with(as(ministry)))
                .andExpect(content().string(containsString("href=\"/notices?page=1&amp;status=SENT\"")));
    }
}
