package gxq.resumption.filing;

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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import gxq.account.GxqUser;
import gxq.resumption.internal.FilingState;
import gxq.resumption.internal.FilingStatusChanged;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/** Every transition of a filing, the refused ones, the red-staff block and the events. Zones 100–106. */
@IntegrationTest
@Tag("db")
@RecordApplicationEvents
class FilingWorkflowTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired @Qualifier("healthClock") Clock clock;
    @Autowired ApplicationEvents events;
    FilingTestSupport t;

    @BeforeEach
    void setUp() {
        t = new FilingTestSupport(db, clock);
    }

    ResultActions review(GxqUser reviewer, long filing, String decision, Object version, String comment,
            String... itemComments) throws Exception {
        var req = post("/resumption/filings/" + filing + "/review").with(csrf()).with(as(reviewer))
                .param("decision", decision).param("version", String.valueOf(version));
        if (comment != null) {
            req = req.param("comment", comment);
        }
        for (int i = 0; i + 1 < itemComments.length; i += 2) {
            req = req.param("itemComment." + itemComments[i], itemComments[i + 1]);
        }
        return mvc.perform(req);
    }

    List<FilingStatusChanged> eventsOf(long filing) {
        return events.stream(FilingStatusChanged.class).filter(e -> e.filingId() == filing).toList();
    }

    @Test
    void draftIsKeptThroughAnIncompleteSubmitThenSubmittedAndApproved() throws Exception {
        long zone = 100;
        long ent = fixtures.enterprise(zone);
        var admin = fixtures.enterpriseAdmin(ent);
        mvc.perform(get("/resumption/filing").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("N13")))
                .andExpect(content().string(containsString("正常月产值（万元）")))
                .andExpect(content().string(containsString("产能恢复率")));

        // a first save creates the draft with what was typed
        mvc.perform(multipart("/resumption/filing").with(csrf()).with(as(admin)).param("action", "save")
                        .param("plannedHeadcount", "80").param("contactName", "李主任"))
                .andExpect(status().is3xxRedirection());
        long filing = t.filingOf(ent);
        assertThat(t.state(filing)).isEqualTo("DRAFT");
        assertThat(t.count("select planned_headcount from resumption_filing where id = :p", filing)).isEqualTo(80);
        assertThat(t.count("select count(*) from resumption_filing_answer where filing_id = :p", filing)).isEqualTo(13);
        assertThat(eventsOf(filing)).singleElement().satisfies(e -> {
            assertThat(e.from()).isNull();
            assertThat(e.to()).isEqualTo(FilingState.DRAFT);
            assertThat(e.zoneId()).isEqualTo(zone);
            assertThat(e.enterpriseId()).isEqualTo(ent);
        });

        // submitting an incomplete filing saves it and says what is missing, with 422 and the typed text
        mvc.perform(multipart("/resumption/filing").with(csrf()).with(as(admin)).param("action", "submit")
                        .param("version", "1").param("plannedHeadcount", "90").param("contactName", "李主任")
                        .param("answer." + t.itemId("N02"), "DONE").param("answer." + t.itemId("N04"), "NA"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("草稿已保存，但申请还不能提交")))
                .andExpect(content().string(containsString("请填写计划复工日期。")))
                .andExpect(content().string(containsString("第 N02 项“健康监测与每日报告”须提供佐证")))
                .andExpect(content().string(containsString("第 N04 项“通风换气”选择了“不适用”，请在说明中写明理由。")))
                .andExpect(content().string(containsString("请回答第 N01 项")))
                .andExpect(content().string(containsString("value=\"90\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"2\"")));
        assertThat(t.state(filing)).isEqualTo("DRAFT");
        assertThat(t.count("select planned_headcount from resumption_filing where id = :p", filing)).isEqualTo(90);

        mvc.perform(t.complete(admin, "2", "submit")).andExpect(status().is3xxRedirection());
        mvc.perform(t.complete(admin, "2", "submit")).andExpect(status().isConflict());
        assertThat(t.state(filing)).isEqualTo("SUBMITTED");
        OffsetDateTime submitted = db.sql("select submitted_at from resumption_filing where id = :f").param("f", filing)
                .query(OffsetDateTime.class).single();
        OffsetDateTime due = db.sql("select review_due from resumption_filing where id = :f").param("f", filing)
                .query(OffsetDateTime.class).single();
        assertThat(due.toInstant()).isEqualTo(submitted.plusHours(48).toInstant());
        // a submitted filing can no longer be changed by the enterprise
        mvc.perform(t.complete(admin, String.valueOf(t.version(filing)), "save")).andExpect(status().isConflict())
                .andExpect(content().string(containsString("申请当前状态为“待审核”，不能修改。")));

        var staff = fixtures.zoneStaff(zone);
        mvc.perform(get("/resumption/filings").with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-filing=\"" + filing + "\"")))
                .andExpect(content().string(containsString("剩余 47 小时")));
        mvc.perform(get("/resumption/filings/" + filing).with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("138")))
                .andExpect(content().string(containsString("该企业目前没有未解除的红码人员")));
        review(staff, filing, "APPROVE", t.version(filing), null).andExpect(status().is3xxRedirection());
        assertThat(t.state(filing)).isEqualTo("APPROVED");
        assertThat(db.sql("select open_enterprise_id from resumption_filing where id = :f").param("f", filing)
                .query(Long.class).optional()).isEmpty();
        assertThat(db.sql("select to_state from resumption_filing_history where filing_id = :f order by id")
                .param("f", filing).query(String.class).list()).containsExactly("DRAFT", "SUBMITTED", "APPROVED");
        assertThat(t.count("select count(*) from audit_log where action = 'RESUMPTION_FILING_APPROVE' and target_id = :p",
                String.valueOf(filing))).isEqualTo(1);
        assertThat(t.count("select count(*) from audit_log where action = 'RESUMPTION_FILING_SUBMIT' and target_id = :p"
                + " and zone_id = " + zone + " and enterprise_id = " + ent, String.valueOf(filing))).isEqualTo(1);
        assertThat(t.count("select count(*) from audit_log where action = 'RESUMPTION_FILING_SAVE' and target_id = :p",
                String.valueOf(filing))).isEqualTo(3);

        List<FilingStatusChanged> changes = eventsOf(filing);
        assertThat(changes).extracting(FilingStatusChanged::to)
                .containsExactly(FilingState.DRAFT, FilingState.SUBMITTED, FilingState.APPROVED);
        FilingStatusChanged approved = changes.get(2);
        assertThat(approved.from()).isEqualTo(FilingState.SUBMITTED);
        assertThat(approved.resumeOn()).isEqualTo(t.planned());
        assertThat(approved.normalMonthlyOutput()).isEqualByComparingTo(new BigDecimal("850.5"));
        assertThat(approved.zoneId()).isEqualTo(zone);
        assertThat(approved.enterpriseId()).isEqualTo(ent);
        assertThat(changes.get(1).from()).isEqualTo(FilingState.DRAFT);

        // approved is final: the page shows it and no new filing can be started
        mvc.perform(get("/resumption/filing").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("已批准")))
                .andExpect(content().string(not(containsString("id=\"filingForm\""))));
        mvc.perform(t.complete(admin, null, "save")).andExpect(status().isConflict())
                .andExpect(content().string(containsString("已获批准")));
        review(staff, filing, "REJECT", t.version(filing), "再驳回").andExpect(status().isConflict())
                .andExpect(content().string(containsString("申请当前状态为“已批准”，不能审核。")));
        assertThat(t.count("select count(*) from resumption_filing where enterprise_id = :p", ent)).isEqualTo(1);
    }

    @Test
    void returnedWithItemCommentsResubmittedThenRejectedAndStartedAgain() throws Exception {
        long zone = 101;
        long ent = fixtures.enterprise(zone);
        var admin = fixtures.enterpriseAdmin(ent);
        mvc.perform(t.complete(admin, null, "submit")).andExpect(status().is3xxRedirection());
        long filing = t.filingOf(ent);
        assertThat(t.state(filing)).isEqualTo("SUBMITTED");
        var zoneAdmin = fixtures.zoneAdmin(zone);
        long n06 = t.itemId("N06");

        review(zoneAdmin, filing, "RETURN", t.version(filing), null).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("退回修改须填写总体意见或至少一项的审核意见。")));
        review(zoneAdmin, filing, "RETURN", t.version(filing), "  ", String.valueOf(n06), "请上传消毒记录照片")
                .andExpect(status().is3xxRedirection());
        assertThat(t.state(filing)).isEqualTo("RETURNED");
        mvc.perform(get("/resumption/filing").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("请上传消毒记录照片")))
                .andExpect(content().string(containsString("id=\"filingForm\"")));

        mvc.perform(t.complete(admin, String.valueOf(t.version(filing)), "submit")).andExpect(status().is3xxRedirection());
        assertThat(t.state(filing)).isEqualTo("SUBMITTED");

        review(zoneAdmin, filing, "REJECT", t.version(filing), "").andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("驳回申请须在总体意见中写明理由。")));
        review(zoneAdmin, filing, "REJECT", t.version(filing), "经营范围不符合复工条件").andExpect(status().is3xxRedirection());
        assertThat(t.state(filing)).isEqualTo("REJECTED");
        assertThat(db.sql("select item_comments from resumption_filing_history where filing_id = :f and to_state = 'RETURNED'")
                .param("f", filing).query(String.class).single()).contains("N06").contains("请上传消毒记录照片");
        assertThat(eventsOf(filing)).extracting(e -> e.from() + ">" + e.to()).containsExactly("null>DRAFT",
                "DRAFT>SUBMITTED", "SUBMITTED>RETURNED", "RETURNED>SUBMITTED", "SUBMITTED>REJECTED");

        mvc.perform(get("/resumption/filing").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("经营范围不符合复工条件")))
                .andExpect(content().string(containsString("id=\"startAgain\"")));
        mvc.perform(multipart("/resumption/filing").with(csrf()).with(as(admin)).param("action", "save")
                .param("plannedHeadcount", "10")).andExpect(status().is3xxRedirection());
        long second = t.filingOf(ent);
        assertThat(second).isNotEqualTo(filing);
        assertThat(t.state(second)).isEqualTo("DRAFT");
        // a draft that was never submitted is not the zone's to see
        mvc.perform(get("/resumption/filings/" + second).with(as(zoneAdmin))).andExpect(status().isNotFound());
        review(zoneAdmin, second, "APPROVE", 0, null).andExpect(status().isNotFound());
        assertThat(t.state(second)).isEqualTo("DRAFT");
    }

    @Test
    void staleOrConcurrentReviewsAndWrongRolesChangeNothing() throws Exception {
        long zone = 102;
        long ent = fixtures.enterprise(zone);
        var admin = fixtures.enterpriseAdmin(ent);
        mvc.perform(t.complete(admin, null, "submit")).andExpect(status().is3xxRedirection());
        long filing = t.filingOf(ent);
        int version = t.version(filing);
        var first = fixtures.zoneStaff(zone);
        var second = fixtures.zoneAdmin(zone);

        review(first, filing, "APPROVE", version - 1, null).andExpect(status().isConflict())
                .andExpect(content().string(containsString("该申请已被他人审核或已被企业修改")));
        review(first, filing, "MAYBE", version, null).andExpect(status().isUnprocessableEntity());
        review(first, filing, "RETURN", version, "请补充").andExpect(status().is3xxRedirection());
        // the second reviewer still has the page of the submitted filing
        review(second, filing, "APPROVE", version, null).andExpect(status().isConflict());
        assertThat(t.state(filing)).isEqualTo("RETURNED");
        assertThat(t.count("select count(*) from resumption_filing_history where filing_id = :p", filing)).isEqualTo(3);

        // the enterprise saves with a stale version: 409, the typed text stays on the page
        mvc.perform(multipart("/resumption/filing").with(csrf()).with(as(admin)).param("action", "save")
                        .param("version", String.valueOf(version)).param("contactName", "赵六临时"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("该申请已被他人修改或提交")))
                .andExpect(content().string(containsString("value=\"赵六临时\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + t.version(filing) + "\"")));
        // no second open filing for the enterprise
        mvc.perform(t.complete(admin, null, "save")).andExpect(status().isConflict());
        assertThat(t.count("select count(*) from resumption_filing where enterprise_id = :p", ent)).isEqualTo(1);

        // roles
        review(admin, filing, "APPROVE", t.version(filing), null).andExpect(status().isForbidden());
        mvc.perform(get("/resumption/filings").with(as(admin))).andExpect(status().isForbidden());
        mvc.perform(t.complete(fixtures.zoneAdmin(zone), null, "save")).andExpect(status().isForbidden());
        var ministry = fixtures.ministry();
        mvc.perform(get("/resumption/filings").with(as(ministry))).andExpect(status().isForbidden());
        mvc.perform(get("/resumption/filings/" + filing).with(as(ministry))).andExpect(status().isForbidden());
        mvc.perform(get("/resumption/filing").with(as(ministry))).andExpect(status().isForbidden());
        var employee = fixtures.employeeAccount(fixtures.employee(ent, "员工甲"));
        mvc.perform(get("/resumption/filing").with(as(employee))).andExpect(status().isForbidden());
        review(employee, filing, "APPROVE", t.version(filing), null).andExpect(status().isForbidden());
        // another zone
        review(fixtures.zoneAdmin(103), filing, "REJECT", t.version(filing), "越权").andExpect(status().isNotFound());
        assertThat(t.state(filing)).isEqualTo("RETURNED");
        // an enterprise that is not active cannot file
        long pending = fixtures.enterprise(zone, "待审企业" + Fixtures.next(), "PENDING");
        mvc.perform(t.complete(fixtures.enterpriseAdmin(pending), null, "save")).andExpect(status().isConflict())
                .andExpect(content().string(containsString("暂不能提交复工申请")));
        assertThat(t.count("select count(*) from resumption_filing where enterprise_id = :p", pending)).isZero();
    }

    @Test
    void unresolvedRedStaffBlockApprovalButNotReturn() throws Exception {
        long zone = 104;
        long ent = fixtures.enterprise(zone);
        var admin = fixtures.enterpriseAdmin(ent);
        mvc.perform(t.complete(admin, null, "submit")).andExpect(status().is3xxRedirection());
        long filing = t.filingOf(ent);
        LocalDate today = LocalDate.now(clock);
        t.healthStatus(fixtures.employee(ent, "欧阳红红"), ent, zone, "RED", null, null);
        t.healthStatus(fixtures.employee(ent, "李白"), ent, zone, "GREEN", "RED", today);
        // not counted: red with a green override in force, red whose override ended, red who left, another enterprise
        t.healthStatus(fixtures.employee(ent, "张绿"), ent, zone, "RED", "GREEN", today.plusDays(2));
        t.healthStatus(fixtures.employee(ent, "王黄"), ent, zone, "GREEN", "RED", today.minusDays(1));
        long left = fixtures.employee(ent, "刘离");
        db.sql("update employee set status = 'LEFT' where id = :id").param("id", left).update();
        t.healthStatus(left, ent, zone, "RED", null, null);
        long other = fixtures.enterprise(zone);
        t.healthStatus(fixtures.employee(other, "他企红"), other, zone, "RED", null, null);

        var staff = fixtures.zoneStaff(zone);
        mvc.perform(get("/resumption/filings/" + filing).with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("该企业有 2 名在岗员工为红码且尚未解除。")))
                .andExpect(content().string(containsString("欧***")))
                .andExpect(content().string(containsString("李*")))
                .andExpect(content().string(not(containsString("欧阳红红"))))
                .andExpect(content().string(not(containsString("张*"))))
                .andExpect(content().string(containsString("disabled=\"disabled\">批准")));
        review(staff, filing, "APPROVE", t.version(filing), null).andExpect(status().isConflict())
                .andExpect(content().string(containsString("该企业有 2 名在岗员工为红码且尚未解除，不能批准复工申请。")));
        assertThat(t.state(filing)).isEqualTo("SUBMITTED");
        assertThat(t.count("select count(*) from audit_log where action = 'RESUMPTION_FILING_APPROVE' and target_id = :p",
                String.valueOf(filing))).isZero();

        // once resolved (a green override in force), approval goes through
        db.sql("update health_status set override_colour = 'GREEN', override_until = :d where enterprise_id = :e")
                .param("d", today.plusDays(1)).param("e", ent).update();
        mvc.perform(get("/resumption/filings/" + filing).with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"noRedStaff\"")))
                .andExpect(content().string(not(containsString("disabled=\"disabled\">批准"))));
        review(staff, filing, "APPROVE", t.version(filing), null).andExpect(status().is3xxRedirection());
        assertThat(t.state(filing)).isEqualTo("APPROVED");
    }

    @Test
    void theQueueFiltersSortsOverdueFirstAndStaysInTheZone() throws Exception {
        long zone = 105;
        long a = fixtures.enterprise(zone, "甲光电科技" + Fixtures.next(), "ACTIVE");
        long b = fixtures.enterprise(zone, "乙生物医药" + Fixtures.next(), "ACTIVE");
        db.sql("update enterprise set industry = 'C' where id = :id").param("id", b).update();
        long elsewhere = fixtures.enterprise(106);
        for (long ent : new long[] {a, b, elsewhere}) {
            mvc.perform(t.complete(fixtures.enterpriseAdmin(ent), null, "submit")).andExpect(status().is3xxRedirection());
        }
        long fa = t.filingOf(a);
        long fb = t.filingOf(b);
        // b was submitted three days ago: overdue, and first although submitted earlier than nothing else
        db.sql("update resumption_filing set submitted_at = :s, review_due = :d where id = :id")
                .param("s", OffsetDateTime.now(clock).minusDays(3)).param("d", OffsetDateTime.now(clock).minusDays(1))
                .param("id", fb).update();
        var staff = fixtures.zoneStaff(zone);
        String page = mvc.perform(get("/resumption/filings").with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("已超时 24 小时")))
                .andExpect(content().string(containsString("待审核 2 件（其中超时 1 件）")))
                .andExpect(content().string(not(containsString("data-filing=\"" + t.filingOf(elsewhere) + "\""))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("data-filing=\"" + fb + "\"")).isLessThan(page.indexOf("data-filing=\"" + fa + "\""));
        assertThat(page).contains("data-filing=\"" + fb + "\" class=\"table-danger\"")
                .doesNotContain("data-filing=\"" + fa + "\" class=\"table-danger\"");

        mvc.perform(get("/resumption/filings").param("industry", "C").with(as(staff)))
                .andExpect(content().string(containsString("data-filing=\"" + fb + "\"")))
                .andExpect(content().string(not(containsString("data-filing=\"" + fa + "\""))));
        mvc.perform(get("/resumption/filings").param("q", "甲光电").with(as(staff)))
                .andExpect(content().string(containsString("data-filing=\"" + fa + "\"")))
                .andExpect(content().string(not(containsString("data-filing=\"" + fb + "\""))));
        String today = LocalDate.now(clock).toString();
        mvc.perform(get("/resumption/filings").param("from", today).param("to", today).with(as(staff)))
                .andExpect(content().string(containsString("data-filing=\"" + fa + "\"")))
                .andExpect(content().string(not(containsString("data-filing=\"" + fb + "\""))));
        mvc.perform(get("/resumption/filings").param("state", "APPROVED").with(as(staff)))
                .andExpect(content().string(containsString("id=\"empty\"")));
        mvc.perform(get("/resumption/filings").param("state", "NOPE").param("from", "2020-02-30").with(as(staff)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("状态“NOPE”无效。")))
                .andExpect(content().string(containsString("日期“2020-02-30”无效")));
        mvc.perform(get("/resumption/filings").param("page", "999999999").with(as(staff))).andExpect(status().isOk());
        mvc.perform(get("/resumption/filings/" + t.filingOf(elsewhere)).with(as(staff))).andExpect(status().isNotFound());

        // the ministry sees counts per zone only
        String zones = mvc.perform(get("/resumption/filings/zones").with(as(fixtures.ministry())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(zones).contains("data-zone=\"" + zone + "\"").doesNotContain("甲光电科技");
        mvc.perform(get("/resumption/filings/zones").with(as(staff))).andExpect(status().isForbidden());
    }

    @Test
    void invalidInputAnswers422WithTheTypedValuesAndSavesNothing() throws Exception {
        long ent = fixtures.enterprise(106);
        var admin = fixtures.enterpriseAdmin(ent);
        long n01 = t.itemId("N01");
        mvc.perform(multipart("/resumption/filing").with(csrf()).with(as(admin)).param("action", "save")
                        .param("plannedDate", "2020-02-31").param("plannedHeadcount", "abc").param("returnees", "-3")
                        .param("monthlyOutput", "12.345").param("contactPhone", "12345")
                        .param("note." + n01, "我们的说明").param("answer." + n01, "MAYBE"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("计划复工日期“2020-02-31”无效")))
                .andExpect(content().string(containsString("计划复工人数须为 0 到 1000000 之间的整数，您填写的是“abc”")))
                .andExpect(content().string(containsString("正常月产值须为不小于 0 的数字")))
                .andExpect(content().string(containsString("联系人手机号“12345”不是有效的中国大陆手机号。")))
                .andExpect(content().string(containsString("value=\"abc\"")))
                .andExpect(content().string(containsString("value=\"12.345\"")))
                .andExpect(content().string(containsString(">我们的说明</textarea>")));
        mvc.perform(multipart("/resumption/filing").with(csrf()).with(as(admin)).param("action", "save")
                        .param("lang", "en").param("plannedHeadcount", "5").param("returnees", "6"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Staff returning from outside (6) exceed the planned headcount (5).")));
        assertThat(t.count("select count(*) from resumption_filing where enterprise_id = :p", ent)).isZero();
    }
}
