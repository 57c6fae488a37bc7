package gxq.needs.cases;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
import gxq.needs.NeedCaseChanged;
import gxq.needs.NeedCategory;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/** Every transition and every refused one: wrong role, wrong state, stale version, bad input. Zones 2–3. */
@IntegrationTest
@Tag("db")
@RecordApplicationEvents
class CaseWorkflowTest {

    static final long ZONE = 2;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired ApplicationEvents events;

    NeedsTestSupport t;
    GxqUser admin;
    GxqUser staff;
    GxqUser staff2;
    GxqUser ministry;
    long ent;

    @BeforeEach
    void setUp() {
        t = new NeedsTestSupport(mvc, db);
        ent = fixtures.enterprise(ZONE);
        admin = fixtures.enterpriseAdmin(ent);
        staff = fixtures.zoneStaff(ZONE);
        staff2 = fixtures.zoneStaff(ZONE);
        ministry = fixtures.ministry();
    }

    List<NeedCaseChanged> changes(long id) {
        return events.stream(NeedCaseChanged.class).filter(e -> e.caseId() == id).toList();
    }

    long audits(long id, String action) {
        return db.sql("select count(*) from audit_log where target_type = 'need_case' and target_id = :id and action = :a")
                .param("id", String.valueOf(id)).param("a", action).query(Long.class).single();
    }

    @Test
    void enterpriseRaisesZoneAcceptsSolvesEnterpriseConfirmsAndRates() throws Exception {
        long id = t.raise(admin, "FINANCING", "URGENT", "流动资金贷款到期需要续贷");
        assertThat(t.state(id)).isEqualTo("NEW");
        assertThat(audits(id, "NEEDS_CASE_RAISE")).isEqualTo(1);
        var due = db.sql("select due_at - raised_at from need_case where id = :id").param("id", id).query(Object.class).single();
        assertThat(db.sql("select count(*) from need_case where id = :id and due_at > raised_at").param("id", id)
                .query(Long.class).single()).as("deadline " + due).isEqualTo(1);
        mvc.perform(get("/needs").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("流动资金贷款到期需要续贷")));
        mvc.perform(get("/needs/queue").with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("流动资金贷款到期需要续贷")));

        t.now(staff, id, "accept", "department", "企业服务局", "assignee", String.valueOf(staff2.id()))
                .andExpect(status().is3xxRedirection());
        assertThat(t.state(id)).isEqualTo("ACCEPTED");
        assertThat(db.sql("select assignee_id from need_case where id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(staff2.id());
        mvc.perform(get("/needs/queue").param("mine", "1").with(as(staff2)))
                .andExpect(content().string(containsString("流动资金贷款到期需要续贷")));
        mvc.perform(get("/needs/queue").param("mine", "1").with(as(staff)))
                .andExpect(content().string(not(containsString("流动资金贷款到期需要续贷"))));
        // reassignment keeps the state and is audited as such
        t.now(staff, id, "accept", "department", "金融办").andExpect(status().is3xxRedirection());
        assertThat(audits(id, "NEEDS_CASE_ASSIGN")).isEqualTo(1);

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/needs/" + id + "/reply")
                .param("body", "请补充近三个月的流水。").with(as(staff2))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/needs/" + id + "/reply")
                .param("body", "已上传。").with(as(admin))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(audits(id, "NEEDS_CASE_REPLY")).isEqualTo(2);

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/needs/" + id + "/solve")
                .param("version", String.valueOf(t.version(id))).param("solution", "已协调银行办理续贷。")
                .with(as(staff2)).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(t.state(id)).isEqualTo("SOLVED");
        mvc.perform(get("/needs/" + id).with(as(admin))).andExpect(content().string(containsString("已协调银行办理续贷。")))
                .andExpect(content().string(containsString("id=\"confirmForm\"")));

        t.now(admin, id, "confirm", "rating", "4", "ratingComment", "办理及时").andExpect(status().is3xxRedirection());
        assertThat(t.state(id)).isEqualTo("CONFIRMED");
        assertThat(db.sql("select rating from need_case where id = :id").param("id", id).query(Integer.class).single())
                .isEqualTo(4);
        for (String a : List.of("NEEDS_CASE_ACCEPT", "NEEDS_CASE_SOLVE", "NEEDS_CASE_CONFIRM")) {
            assertThat(audits(id, a)).as(a).isEqualTo(1);
        }
        assertThat(changes(id)).extracting(NeedCaseChanged::toState)
                .containsExactly("NEW", "ACCEPTED", "SOLVED", "CONFIRMED");
        assertThat(changes(id)).extracting(NeedCaseChanged::fromState).containsExactly(null, "NEW", "ACCEPTED", "SOLVED");
        assertThat(changes(id)).extracting(NeedCaseChanged::open).containsExactly(true, true, true, false);
        NeedCaseChanged first = changes(id).get(0);
        assertThat(first.zoneId()).isEqualTo(ZONE);
        assertThat(first.enterpriseId()).isEqualTo(ent);
        assertThat(first.category()).isEqualTo(NeedCategory.FINANCING);
        // thread: raise, accept, assignment, two replies, solve, confirm
        assertThat(t.count("select count(*) from need_case_entry where case_id = :p", id)).isEqualTo(7);
        // closed: no more replies or actions
        t.act(admin, id, "reply", "body", "再问一句").andExpect(status().isConflict());
        t.now(admin, id, "reopen", "reason", "x").andExpect(status().isConflict());
    }

    @Test
    void enterpriseReopensZoneEscalatesMinistryReturnsZoneSolvesAgain() throws Exception {
        long id = t.raise(admin, "LOGISTICS", "HIGH", "原材料运输车辆无法进入园区");
        t.now(staff, id, "solve", "solution", "已开具通行证。").andExpect(status().is3xxRedirection());
        t.now(admin, id, "reopen", "reason", "通行证只有三天有效期。").andExpect(status().is3xxRedirection());
        assertThat(t.state(id)).isEqualTo("REOPENED");
        assertThat(t.count("select reopen_count from need_case where id = :p", id)).isEqualTo(1);
        mvc.perform(get("/needs/queue").param("state", "REOPENED").with(as(staff)))
                .andExpect(content().string(containsString("原材料运输车辆无法进入园区")));

        // the ministry does not see a case that was never escalated
        mvc.perform(get("/needs/" + id).with(as(ministry))).andExpect(status().isNotFound());
        t.now(staff, id, "escalate", "reason", "跨省通行需部里协调。").andExpect(status().is3xxRedirection());
        assertThat(t.state(id)).isEqualTo("ESCALATED");
        mvc.perform(get("/needs/escalated").with(as(ministry)))
                .andExpect(content().string(containsString("原材料运输车辆无法进入园区")));
        // the zone may no longer act on it, only follow and reply
        t.now(staff, id, "solve", "solution", "x").andExpect(status().isConflict());
        t.now(ministry, id, "return", "reason", "请与交通部门对接，办理长期通行证。").andExpect(status().is3xxRedirection());
        assertThat(t.state(id)).isEqualTo("ACCEPTED");
        t.now(staff, id, "escalate", "reason", "交通部门不受理。").andExpect(status().is3xxRedirection());
        t.now(ministry, id, "solve", "solution", "已协调交通运输部门发放长期通行证。").andExpect(status().is3xxRedirection());
        assertThat(t.state(id)).isEqualTo("SOLVED");
        assertThat(db.sql("select solved_by_ministry from need_case where id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
        t.now(admin, id, "confirm", "rating", "5").andExpect(status().is3xxRedirection());
        assertThat(changes(id)).extracting(NeedCaseChanged::toState).containsExactly("NEW", "SOLVED", "REOPENED",
                "ESCALATED", "ACCEPTED", "ESCALATED", "SOLVED", "CONFIRMED");
        assertThat(audits(id, "NEEDS_CASE_REOPEN")).isEqualTo(1);
        assertThat(audits(id, "NEEDS_CASE_ESCALATE")).isEqualTo(2);
        assertThat(audits(id, "NEEDS_CASE_RETURN")).isEqualTo(1);
        assertThat(audits(id, "NEEDS_CASE_MINISTRY_SOLVE")).isEqualTo(1);
        // the ministry still sees it (escalated once), but may not act any more
        mvc.perform(get("/needs/" + id).with(as(ministry))).andExpect(status().isOk());
        t.act(ministry, id, "reply", "body", "x").andExpect(status().isConflict());
    }

    @Test
    void homeTilesShowNewAndOverdueCasesAndCasesAwaitingConfirmation() throws Exception {
        long zone = 3;
        long e = fixtures.enterprise(zone);
        GxqUser a = fixtures.enterpriseAdmin(e);
        GxqUser s = fixtures.zoneStaff(zone);
        long[] before = db.sql("""
                select sum(case when state in ('NEW', 'REOPENED') then 1 else 0 end),
                       sum(case when state in ('NEW', 'ACCEPTED', 'REOPENED', 'ESCALATED') and due_at < :now then 1 else 0 end)
                from need_case where zone_id = 3
                """).param("now", java.time.OffsetDateTime.now().plusSeconds(1))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        long id = t.raise(a, "OTHER", "NORMAL", "首页统计用例");
        mvc.perform(get("/").with(as(s))).andExpect(status().isOk())
                .andExpect(content().string(containsString("待办诉求")))
                .andExpect(content().string(containsString("新 " + (before[0] + 1) + " 件（超时 " + before[1] + " 件）")));
        t.now(s, id, "solve", "solution", "已答复").andExpect(status().is3xxRedirection());
        mvc.perform(get("/").with(as(a))).andExpect(status().isOk())
                .andExpect(content().string(containsString("待我确认的诉求")));
        assertThat(t.count("select count(*) from need_case where enterprise_id = :p and state = 'SOLVED'", e)).isEqualTo(1);
    }

    @Test
    void enterpriseWithdrawsANewCaseButNotAnAcceptedOne() throws Exception {
        long id = t.raise(admin, "POLICY", "NORMAL", "稳岗补贴怎么申请");
        t.now(admin, id, "withdraw").andExpect(status().is3xxRedirection());
        assertThat(t.state(id)).isEqualTo("WITHDRAWN");
        assertThat(changes(id).get(1).open()).isFalse();
        assertThat(audits(id, "NEEDS_CASE_WITHDRAW")).isEqualTo(1);
        long other = t.raise(admin, "POLICY", "NORMAL", "社保缓缴政策");
        t.now(staff, other, "accept", "department", "人社局").andExpect(status().is3xxRedirection());
        t.now(admin, other, "withdraw").andExpect(status().isConflict())
                .andExpect(content().string(containsString("已受理")));
        assertThat(t.state(other)).isEqualTo("ACCEPTED");
    }

    @Test
    void refusedTransitionsChangeNothing() throws Exception {
        long id = t.raise(admin, "HIRING", "NORMAL", "急需招聘一线操作工");
        int v = t.version(id);
        // wrong role: the enterprise may not accept, solve or escalate; zone staff may not confirm their own case
        t.now(admin, id, "accept", "department", "x").andExpect(status().isForbidden());
        t.now(admin, id, "solve", "solution", "x").andExpect(status().isForbidden());
        t.now(admin, id, "escalate", "reason", "x").andExpect(status().isForbidden());
        t.now(staff, id, "confirm", "rating", "5").andExpect(status().isForbidden());
        t.now(staff, id, "withdraw").andExpect(status().isForbidden());
        t.now(ministry, id, "return", "reason", "x").andExpect(status().isNotFound());
        GxqUser employee = fixtures.employeeAccount(fixtures.employee(ent, "李四"));
        t.now(employee, id, "reply", "body", "x").andExpect(status().isForbidden());
        mvc.perform(get("/needs/" + id).with(as(employee))).andExpect(status().isForbidden());
        // wrong state: confirm or reopen before a solution; return by the ministry before escalation
        t.now(admin, id, "confirm", "rating", "5").andExpect(status().isConflict());
        t.now(admin, id, "reopen", "reason", "x").andExpect(status().isConflict());
        // stale version
        t.act(staff, id, "accept", "version", String.valueOf(v + 1), "department", "人社局")
                .andExpect(status().isConflict()).andExpect(content().string(containsString("刚被他人处理过")))
                .andExpect(content().string(containsString("value=\"人社局\"")));
        t.act(staff, id, "accept", "version", "abc", "department", "人社局").andExpect(status().isConflict());
        assertThat(t.version(id)).isEqualTo(v);
        assertThat(t.state(id)).isEqualTo("NEW");
        // bad input: 422 with the message and the typed text
        t.now(staff, id, "accept").andExpect(status().is(422))
                .andExpect(content().string(containsString("请填写承办部门或选择承办人")));
        t.now(staff, id, "accept", "department", "人社局", "assignee", "999999999").andExpect(status().is(422))
                .andExpect(content().string(containsString("不是本区的工作人员")));
        GxqUser otherZoneStaff = fixtures.zoneStaff(3);
        t.now(staff, id, "accept", "assignee", String.valueOf(otherZoneStaff.id())).andExpect(status().is(422));
        t.now(staff, id, "solve", "solution", "  ").andExpect(status().is(422))
                .andExpect(content().string(containsString("请填写答复内容")));
        t.now(staff, id, "escalate", "reason", "").andExpect(status().is(422));
        t.now(staff, id, "solve", "solution", "答".repeat(4001)).andExpect(status().is(422))
                .andExpect(content().string(containsString("最多 4000 字，现有 4001 字")));
        t.now(staff, id, "solve", "solution", "已安排专场招聘会。").andExpect(status().is3xxRedirection());
        t.now(admin, id, "confirm", "rating", "6", "ratingComment", "我写的评价").andExpect(status().is(422))
                .andExpect(content().string(containsString("请选择 1 到 5 分的满意度")))
                .andExpect(content().string(containsString("我写的评价")));
        t.now(admin, id, "confirm", "rating", "0").andExpect(status().is(422));
        t.now(admin, id, "reopen", "reason", " ").andExpect(status().is(422));
        assertThat(t.state(id)).isEqualTo("SOLVED");
        mvc.perform(get("/needs/" + id).param("lang", "en").with(as(admin))).andExpect(status().isOk());
        t.act(admin, id, "confirm", "version", String.valueOf(t.version(id)), "rating", "9", "lang", "en")
                .andExpect(status().is(422)).andExpect(content().string(containsString("Choose a rating from 1 to 5.")));
    }

    @Test
    void raisingWithBadInputKeepsWhatWasTyped() throws Exception {
        mvc.perform(t.raiseRequest(admin, "NOPE", "URGENT", "", "我们的防疫物资只够三天")).andExpect(status().is(422))
                .andExpect(content().string(containsString("诉求类别“NOPE”无效")))
                .andExpect(content().string(containsString("请填写标题")))
                .andExpect(content().string(containsString("我们的防疫物资只够三天")));
        mvc.perform(t.raiseRequest(admin, "EPIDEMIC_SUPPLIES", "SOON", "口罩短缺", "x")).andExpect(status().is(422))
                .andExpect(content().string(containsString("紧急程度“SOON”无效")))
                .andExpect(content().string(containsString("value=\"口罩短缺\"")));
        mvc.perform(t.raiseRequest(admin, "EPIDEMIC_SUPPLIES", "URGENT", "标".repeat(101), "x").param("lang", "en"))
                .andExpect(status().is(422)).andExpect(content().string(containsString("At most 100 characters")));
        assertThat(t.count("select count(*) from need_case where enterprise_id = :p", ent)).isZero();
        long inactive = fixtures.enterprise(ZONE, "待审企业" + Fixtures.next(), "PENDING");
        GxqUser pendingAdmin = fixtures.enterpriseAdmin(inactive);
        mvc.perform(t.raiseRequest(pendingAdmin, "OTHER", "NORMAL", "测试", "x")).andExpect(status().isConflict());
        mvc.perform(t.raiseRequest(staff, "OTHER", "NORMAL", "测试", "x")).andExpect(status().isForbidden());
    }

    @Test
    void queueFiltersOrderOverdueFirstAndBadFiltersAnswer422() throws Exception {
        long zone = 3;
        long e = fixtures.enterprise(zone);
        GxqUser a = fixtures.enterpriseAdmin(e);
        GxqUser s = fixtures.zoneStaff(zone);
        long late = t.raise(a, "LOGISTICS", "NORMAL", "超时的物流诉求");
        long fresh = t.raise(a, "LOGISTICS", "URGENT", "新的紧急诉求");
        db.sql("update need_case set due_at = due_at - interval '10' day, raised_at = raised_at - interval '10' day where id = :id")
                .param("id", late).update();
        String page = mvc.perform(get("/needs/queue").with(as(s))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page.indexOf("超时的物流诉求")).isLessThan(page.indexOf("新的紧急诉求"));
        assertThat(page).contains("table-danger");
        mvc.perform(get("/needs/queue").param("overdue", "1").with(as(s)))
                .andExpect(content().string(containsString("超时的物流诉求")))
                .andExpect(content().string(not(containsString("新的紧急诉求"))));
        mvc.perform(get("/needs/queue").param("urgency", "URGENT").with(as(s)))
                .andExpect(content().string(not(containsString("超时的物流诉求"))))
                .andExpect(content().string(containsString("新的紧急诉求")));
        mvc.perform(get("/needs/queue").param("category", "FINANCING").with(as(s)))
                .andExpect(content().string(not(containsString("新的紧急诉求"))));
        mvc.perform(get("/needs/queue").param("state", "BOGUS").with(as(s))).andExpect(status().is(422))
                .andExpect(content().string(containsString("筛选条件“BOGUS”无效")));
        mvc.perform(get("/needs/queue").param("page", "999999999").with(as(s))).andExpect(status().isOk());
        mvc.perform(get("/needs/queue").param("page", "-5").with(as(s))).andExpect(status().isOk());
        mvc.perform(get("/needs/queue").param("page", "abc").with(as(s))).andExpect(status().is4xxClientError());
        assertThat(fresh).isNotEqualTo(late);
    }
}
