package gxq.resumption.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import gxq.account.GxqUser;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** On-site inspections: recording, the finding transitions, refusals, overdue marking, filters and isolation. Zones 115–122 (122 shared with the browser journey). */
@IntegrationTest
@Tag("db")
class InspectionPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired @Qualifier("healthClock") Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    MockHttpServletRequestBuilder inspection(long enterprise, LocalDate on, String result, String[] items,
            String[] descriptions, String[] severities, String[] deadlines) {
        return post("/resumption/inspections").with(csrf()).param("enterprise", String.valueOf(enterprise))
                .param("inspectedOn", on.toString()).param("inspectors", "王检查、李督导").param("result", result)
                .param("notes", "入口测温正常").param("findingItem", items).param("findingDescription", descriptions)
                .param("findingSeverity", severities).param("findingDeadline", deadlines);
    }

    /** Records an inspection with one finding to rectify by {@code deadline}; returns the finding's id. */
    long oneFinding(GxqUser staff, long enterprise, LocalDate on, LocalDate deadline, String description)
            throws Exception {
        mvc.perform(inspection(enterprise, on, "RECTIFY", new String[] {""}, new String[] {description},
                new String[] {"GENERAL"}, new String[] {deadline.toString()}).with(as(staff)))
                .andExpect(status().is3xxRedirection());
        return db.sql("select id from resumption_inspection_finding where description = :d").param("d", description)
                .query(Long.class).single();
    }

    long count(String sql, Object p) {
        return db.sql(sql).param("p", p).query(Long.class).single();
    }

    String state(long finding) {
        return db.sql("select state from resumption_inspection_finding where id = :p").param("p", finding)
                .query(String.class).single();
    }

    int version(long finding) {
        return db.sql("select version from resumption_inspection_finding where id = :p").param("p", finding)
                .query(Integer.class).single();
    }

    ResultActions rectify(GxqUser user, long finding, Object version, String text) throws Exception {
        return mvc.perform(post("/resumption/inspections/findings/" + finding + "/rectify").with(csrf()).with(as(user))
                .param("version", String.valueOf(version)).param("text", text));
    }

    ResultActions accept(GxqUser user, long finding, Object version) throws Exception {
        return mvc.perform(post("/resumption/inspections/findings/" + finding + "/accept").with(csrf()).with(as(user))
                .param("version", String.valueOf(version)).param("comment", "现场复核合格"));
    }

    ResultActions reopen(GxqUser user, long finding, Object version, String comment, String deadline)
            throws Exception {
        return mvc.perform(post("/resumption/inspections/findings/" + finding + "/reopen").with(csrf()).with(as(user))
                .param("version", String.valueOf(version)).param("comment", comment).param("deadline", deadline));
    }

    @Test
    void zoneStaffRecordsAnInspectionWithFindingsAndTheEnterpriseSeesIt() throws Exception {
        long zone = 115;
        long ent = fixtures.enterprise(zone);
        var staff = fixtures.zoneStaff(zone);
        LocalDate on = today().minusDays(1);
        String n01Title = db.sql("select title from resumption_checklist_item where code = 'N01' and zone_id is null")
                .query(String.class).single();
        mvc.perform(get("/resumption/inspections/new").with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("N01 " + n01Title)));
        mvc.perform(inspection(ent, on, "RECTIFY", new String[] {"N01", "", "", ""},
                        new String[] {"未建立防控工作责任制, 未明确责任人", "食堂未分餐", "建议增加洗手液", ""},
                        new String[] {"GENERAL", "SERIOUS", "NOTE", ""},
                        new String[] {on.plusDays(3).toString(), on.toString(), "", ""}).with(as(staff)))
                .andExpect(status().is3xxRedirection());
        long id = db.sql("select id from resumption_inspection where enterprise_id = :p").param("p", ent)
                .query(Long.class).single();
        var rows = db.sql("""
                select item_code, item_title, description, severity, state, deadline from resumption_inspection_finding
                where inspection_id = :p order by position""").param("p", id)
                .query((rs, n) -> List.of(String.valueOf(rs.getString(1)), String.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), String.valueOf(rs.getObject(6)))).list();
        assertThat(rows).containsExactly(
                List.of("N01", n01Title, "未建立防控工作责任制, 未明确责任人", "GENERAL", "OPEN", on.plusDays(3).toString()),
                List.of("null", "null", "食堂未分餐", "SERIOUS", "OPEN", on.toString()),
                List.of("null", "null", "建议增加洗手液", "NOTE", "NOTED", "null"));
        assertThat(db.sql("""
                select count(*) from audit_log where action = 'RESUMPTION_INSPECTION_RECORD' and target_id = :id
                  and zone_id = :zone and enterprise_id = :ent""").param("id", String.valueOf(id)).param("zone", zone)
                .param("ent", ent).query(Long.class).single()).isEqualTo(1);

        var admin = fixtures.enterpriseAdmin(ent);
        mvc.perform(get("/resumption/inspections/" + id).with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("未建立防控工作责任制, 未明确责任人")))
                .andExpect(content().string(containsString("限期整改")))
                .andExpect(content().string(containsString("提交整改情况")))
                .andExpect(content().string(not(containsString("验收通过"))));
        mvc.perform(get("/resumption/inspections/" + id).param("lang", "en").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rectify by deadline")))
                .andExpect(content().string(containsString("Report rectification")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/resumption/inspections/mine").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-inspection=\"" + id + "\"")))
                .andExpect(content().string(containsString("待整改 2 项（其中逾期 1 项）")));
        mvc.perform(get("/resumption/inspections").with(as(fixtures.zoneAdmin(zone)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-inspection=\"" + id + "\"")));
        mvc.perform(get("/resumption/inspections/" + id).with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/resumption/inspections/new?enterprise=" + ent)));
        mvc.perform(get("/resumption/inspections/new").param("enterprise", String.valueOf(ent)).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"" + ent + "\" selected=\"selected\"")));
    }

    @Test
    void findingIsRectifiedReopenedRectifiedAgainAndAcceptedEachStepAuditedOnce() throws Exception {
        long zone = 116;
        long ent = fixtures.enterprise(zone);
        var staff = fixtures.zoneStaff(zone);
        var admin = fixtures.enterpriseAdmin(ent);
        long f = oneFinding(staff, ent, today(), today().plusDays(5), "消毒记录不全" + Fixtures.next());

        rectify(admin, f, 0, "已补齐消毒记录并张贴").andExpect(status().is3xxRedirection());
        assertThat(state(f)).isEqualTo("RECTIFIED");
        // the enterprise's second click with the old version does nothing
        rectify(admin, f, 0, "再次提交").andExpect(status().isConflict())
                .andExpect(content().string(containsString("该问题已被他人处理")))
                .andExpect(content().string(containsString("再次提交")));
        String newDeadline = today().plusDays(10).toString();
        reopen(staff, f, 1, "记录仍缺少周末", newDeadline).andExpect(status().is3xxRedirection());
        assertThat(state(f)).isEqualTo("OPEN");
        assertThat(db.sql("select deadline from resumption_inspection_finding where id = :p").param("p", f)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.parse(newDeadline));
        rectify(admin, f, 2, "周末记录已补").andExpect(status().is3xxRedirection());
        // two zone members act on the same version: one wins, the other gets 409
        accept(staff, f, 3).andExpect(status().is3xxRedirection());
        accept(fixtures.zoneAdmin(zone), f, 3).andExpect(status().isConflict())
                .andExpect(content().string(containsString("该问题已被他人处理")));
        reopen(staff, f, 3, "晚了一步", newDeadline).andExpect(status().isConflict());
        assertThat(state(f)).isEqualTo("CLOSED");
        assertThat(version(f)).isEqualTo(4);

        assertThat(count("select count(*) from resumption_inspection_finding_event where finding_id = :p", f)).isEqualTo(4);
        for (String action : List.of("RECTIFY", "REOPEN", "ACCEPT")) {
            long expected = action.equals("RECTIFY") ? 2 : 1;
            assertThat(db.sql("""
                    select count(*) from audit_log where action = :a and target_id = :id and zone_id = :zone
                      and enterprise_id = :ent""").param("a", "RESUMPTION_INSPECTION_" + action)
                    .param("id", String.valueOf(f)).param("zone", zone).param("ent", ent).query(Long.class).single())
                    .as(action).isEqualTo(expected);
        }
        long inspection = count("select inspection_id from resumption_inspection_finding where id = :p", f);
        mvc.perform(get("/resumption/inspections/" + inspection).with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("记录仍缺少周末")))
                .andExpect(content().string(containsString("已验收")))
                .andExpect(content().string(not(containsString("提交整改情况"))));
    }

    @Test
    void concurrentAcceptsAndReopensOfOneFindingMakeExactlyOneTransition() throws Exception {
        long zone = 122;
        long ent = fixtures.enterprise(zone);
        var staff = fixtures.zoneStaff(zone);
        var admin = fixtures.enterpriseAdmin(ent);
        long f = oneFinding(staff, ent, today(), today().plusDays(5), "并发验收" + Fixtures.next());
        rectify(admin, f, 0, "已整改").andExpect(status().is3xxRedirection());
        List<GxqUser> zoneUsers = List.of(staff, fixtures.zoneAdmin(zone));
        List<java.util.concurrent.Callable<Integer>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            GxqUser u = zoneUsers.get(i % 2);
            boolean accept = i % 2 == 0;
            calls.add(() -> (accept ? accept(u, f, 1) : reopen(u, f, 1, "不合格", today().plusDays(7).toString()))
                    .andReturn().getResponse().getStatus());
        }
        List<Integer> statuses = gxq.testing.Concurrently.run(calls);
        assertThat(statuses).containsOnly(302, 409);
        assertThat(statuses.stream().filter(x -> x == 302).count()).isEqualTo(1);
        assertThat(version(f)).isEqualTo(2);
        assertThat(count("select count(*) from resumption_inspection_finding_event where finding_id = :p", f))
                .isEqualTo(2);
        assertThat(db.sql("select count(*) from audit_log where target_id = :p and action in"
                + " ('RESUMPTION_INSPECTION_ACCEPT', 'RESUMPTION_INSPECTION_REOPEN')").param("p", String.valueOf(f))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void wrongRolesGet403AndOtherTenantsGet404() throws Exception {
        long zone = 117;
        long ent = fixtures.enterprise(zone);
        long other = fixtures.enterprise(zone);
        var staff = fixtures.zoneStaff(zone);
        var admin = fixtures.enterpriseAdmin(ent);
        long f = oneFinding(staff, ent, today(), today().plusDays(5), "通风不足" + Fixtures.next());
        long inspection = count("select inspection_id from resumption_inspection_finding where id = :p", f);

        // wrong role
        accept(admin, f, 0).andExpect(status().isForbidden());
        reopen(admin, f, 0, "x", today().toString()).andExpect(status().isForbidden());
        rectify(staff, f, 0, "代企业整改").andExpect(status().isForbidden());
        mvc.perform(inspection(ent, today(), "PASSED", new String[0], new String[0], new String[0], new String[0])
                .with(as(admin))).andExpect(status().isForbidden());
        var ministry = fixtures.ministry();
        for (String path : List.of("/resumption/inspections", "/resumption/inspections/" + inspection,
                "/resumption/inspections/follow-up", "/resumption/inspections/new", "/resumption/inspections/mine")) {
            mvc.perform(get(path).with(as(ministry))).andExpect(status().isForbidden());
        }
        var employee = fixtures.employeeAccount(fixtures.employee(ent, "张三"));
        mvc.perform(get("/resumption/inspections/" + inspection).with(as(employee))).andExpect(status().isForbidden());
        mvc.perform(get("/resumption/inspections").with(as(admin))).andExpect(status().isForbidden());
        mvc.perform(get("/resumption/inspections/mine").with(as(staff))).andExpect(status().isForbidden());

        // another zone, another enterprise of the same zone
        var elsewhere = fixtures.zoneAdmin(118);
        mvc.perform(get("/resumption/inspections/" + inspection).with(as(elsewhere))).andExpect(status().isNotFound());
        accept(elsewhere, f, 0).andExpect(status().isNotFound());
        var otherAdmin = fixtures.enterpriseAdmin(other);
        mvc.perform(get("/resumption/inspections/" + inspection).with(as(otherAdmin))).andExpect(status().isNotFound());
        rectify(otherAdmin, f, 0, "不是我的").andExpect(status().isNotFound());
        mvc.perform(get("/resumption/inspections/999999999").with(as(staff))).andExpect(status().isNotFound());
        mvc.perform(get("/resumption/inspections").with(as(elsewhere))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-inspection=\"" + inspection + "\""))));
        mvc.perform(get("/resumption/inspections/mine").with(as(otherAdmin))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-inspection=\"" + inspection + "\""))));
        mvc.perform(get("/resumption/inspections/follow-up").with(as(elsewhere))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-finding=\"" + f + "\""))));
        // recording for another zone's enterprise is refused like an unknown one
        long foreign = fixtures.enterprise(118);
        mvc.perform(inspection(foreign, today(), "PASSED", new String[0], new String[0], new String[0], new String[0])
                .with(as(staff))).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("请选择本区在册的企业。")));
        assertThat(state(f)).isEqualTo("OPEN");
        assertThat(version(f)).isZero();
        assertThat(count("select count(*) from resumption_inspection where enterprise_id = :p", foreign)).isZero();
    }

    @Test
    void badInputAnswers422WithClearMessagesAndKeepsWhatWasTyped() throws Exception {
        long zone = 119;
        long ent = fixtures.enterprise(zone);
        long pending = fixtures.enterprise(zone, "待审核企业" + Fixtures.next(), "PENDING");
        var staff = fixtures.zoneStaff(zone);
        LocalDate on = today().minusDays(2);

        mvc.perform(post("/resumption/inspections").with(csrf()).with(as(staff)).param("notes", "只写了备注")
                        .param("findingDescription", "灭火器过期").param("findingSeverity", "").param("findingItem", "")
                        .param("findingDeadline", ""))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("请选择被检查的企业。")))
                .andExpect(content().string(containsString("请填写检查日期。")))
                .andExpect(content().string(containsString("请填写检查人员。")))
                .andExpect(content().string(containsString("请选择检查结论。")))
                .andExpect(content().string(containsString("问题 1：请选择严重程度。")))
                .andExpect(content().string(containsString("只写了备注")))
                .andExpect(content().string(containsString("灭火器过期")));
        mvc.perform(inspection(ent, on, "RECTIFY", new String[] {""}, new String[] {"隔离区未设置"},
                        new String[] {"SERIOUS"}, new String[] {on.minusDays(1).toString()}).with(as(staff)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("问题 1：整改期限 " + on.minusDays(1) + " 早于检查日期 " + on + "。")))
                .andExpect(content().string(containsString("隔离区未设置")))
                .andExpect(content().string(containsString("value=\"" + on.minusDays(1) + "\"")))
                .andExpect(content().string(containsString("王检查、李督导")));
        mvc.perform(inspection(ent, on, "RECTIFY", new String[] {""}, new String[] {"隔离区未设置"},
                        new String[] {"SERIOUS"}, new String[] {""}).with(as(staff)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("问题 1：须整改的问题请填写整改期限。")));
        mvc.perform(inspection(ent, on, "PASSED", new String[] {""}, new String[] {"隔离区未设置"},
                        new String[] {"GENERAL"}, new String[] {on.toString()}).with(as(staff)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("结论为“合格”时不能有须整改的问题")));
        mvc.perform(inspection(ent, on, "SUSPEND", new String[0], new String[0], new String[0], new String[0])
                        .with(as(staff)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("请至少填写一个须整改的问题")));
        mvc.perform(inspection(ent, today().plusDays(1), "PASSED", new String[0], new String[0], new String[0],
                        new String[0]).with(as(staff)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("晚于今天")));
        mvc.perform(inspection(ent, on, "RECTIFY", new String[] {"Z999999"}, new String[] {"x"},
                        new String[] {"GENERAL"}, new String[] {"2020-02-30"}).with(as(staff)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("问题 1：所选检查项不在本区现行防控措施清单中。")))
                .andExpect(content().string(containsString("问题 1：整改期限“2020-02-30”无效。")));
        mvc.perform(inspection(pending, on, "PASSED", new String[0], new String[0], new String[0], new String[0])
                .with(as(staff))).andExpect(status().isUnprocessableEntity());
        mvc.perform(inspection(ent, on, "BOGUS", new String[0], new String[0], new String[0], new String[0])
                .param("lang", "en").with(as(staff))).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("The result is not valid; please choose again.")));
        // "more rows" shows the typed rows again with more empty ones, and saves nothing
        String moreRows = mvc.perform(inspection(ent, on, "RECTIFY", new String[] {"", "", "", ""},
                        new String[] {"通道堆放杂物", "", "", ""}, new String[] {"GENERAL", "", "", ""},
                        new String[] {"", "", "", ""}).param("moreRows", "1").with(as(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(moreRows.split("finding-row", -1).length - 1).isEqualTo(1 + 3 + 3);
        assertThat(moreRows).contains("通道堆放杂物").doesNotContain("请选择严重程度");
        assertThat(count("select count(*) from resumption_inspection where enterprise_id = :p", ent)).isZero();

        // the finding actions
        var admin = fixtures.enterpriseAdmin(ent);
        long f = oneFinding(staff, ent, on, on.plusDays(1), "口罩储备不足" + Fixtures.next());
        rectify(admin, f, 0, "   ").andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("请填写整改情况（采取了哪些措施）。")));
        rectify(admin, f, "x", "已采购口罩").andExpect(status().isConflict())
                .andExpect(content().string(containsString("已采购口罩")));
        rectify(admin, f, 0, "已采购口罩").andExpect(status().is3xxRedirection());
        reopen(staff, f, 1, "", "2099-01-01").andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("请填写退回原因。")))
                .andExpect(content().string(containsString("value=\"2099-01-01\"")));
        reopen(staff, f, 1, "数量不够", today().minusDays(1).toString()).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("早于今天")))
                .andExpect(content().string(containsString("数量不够")));
        reopen(staff, f, 1, "数量不够", "").andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("请填写新的整改期限。")));
        assertThat(state(f)).isEqualTo("RECTIFIED");
        mvc.perform(post("/resumption/inspections/findings/abc/accept").with(csrf()).with(as(staff)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/resumption/inspections").param("page", "x").with(as(staff))).andExpect(status().isBadRequest());
    }

    @Test
    void overdueFindingsStandOutInListsFollowUpAndDetail() throws Exception {
        long zone = 120;
        long late = fixtures.enterprise(zone, "逾期测试企业" + Fixtures.next(), "ACTIVE");
        long onTime = fixtures.enterprise(zone, "按期测试企业" + Fixtures.next(), "ACTIVE");
        var staff = fixtures.zoneStaff(zone);
        LocalDate on = today().minusDays(10);
        long overdue = oneFinding(staff, late, on, today().minusDays(1), "逾期问题" + Fixtures.next());
        long dueToday = oneFinding(staff, onTime, on, today(), "今天到期" + Fixtures.next());
        long overdueInspection = count("select inspection_id from resumption_inspection_finding where id = :p", overdue);
        long onTimeInspection = count("select inspection_id from resumption_inspection_finding where id = :p", dueToday);

        mvc.perform(get("/resumption/inspections").param("overdue", "1").with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-inspection=\"" + overdueInspection + "\"")))
                .andExpect(content().string(not(containsString("data-inspection=\"" + onTimeInspection + "\""))))
                .andExpect(content().string(containsString("逾期 1")));
        mvc.perform(get("/resumption/inspections/follow-up").param("show", "overdue").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-finding=\"" + overdue + "\"")))
                .andExpect(content().string(not(containsString("data-finding=\"" + dueToday + "\""))))
                .andExpect(content().string(containsString("已逾期 1")));
        mvc.perform(get("/resumption/inspections/follow-up").with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-finding=\"" + dueToday + "\"")));
        mvc.perform(get("/resumption/inspections/" + overdueInspection).with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("badge text-bg-danger overdue")));
        mvc.perform(get("/resumption/inspections/" + onTimeInspection).with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("badge text-bg-danger overdue"))));
        var admin = fixtures.enterpriseAdmin(late);
        mvc.perform(get("/resumption/inspections/mine").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("待整改 1 项（其中逾期 1 项）")));
        assertThat(tile(admin, "待整改问题")).isEqualTo("1");
        assertThat(tile(staff, "逾期未整改问题")).isEqualTo("1");
        assertThat(tile(staff, "待验收整改")).isEqualTo("0");

        // once reported it is no longer overdue: it waits for the zone
        rectify(admin, overdue, 0, "已整改").andExpect(status().is3xxRedirection());
        mvc.perform(get("/resumption/inspections").param("overdue", "1").with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-inspection=\"" + overdueInspection + "\""))));
        mvc.perform(get("/resumption/inspections/follow-up").param("show", "rectified").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-finding=\"" + overdue + "\"")));
        assertThat(tile(staff, "逾期未整改问题")).isEqualTo("0");
        assertThat(tile(staff, "待验收整改")).isEqualTo("1");
        assertThat(tile(fixtures.zoneStaff(121), "逾期未整改问题")).isEqualTo("0");
    }

    /** The value of the signed-in account's home tile with this label. */
    String tile(GxqUser user, String label) throws Exception {
        String html = mvc.perform(get("/").with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        var m = java.util.regex.Pattern.compile("<div class=\"tile-value\">([^<]*)</div>\\s*<div class=\"text-muted small\">"
                + java.util.regex.Pattern.quote(label) + "</div>").matcher(html);
        assertThat(m.find()).as(label).isTrue();
        return m.group(1);
    }

    @Test
    void listFiltersByNameAndResultAndPages() throws Exception {
        long zone = 121;
        String tag = "筛选" + Fixtures.next();
        long a = fixtures.enterprise(zone, tag + "甲_公司", "ACTIVE");
        long b = fixtures.enterprise(zone, tag + "乙公司", "ACTIVE");
        var staff = fixtures.zoneStaff(zone);
        oneFinding(staff, a, today(), today().plusDays(3), "甲的问题" + Fixtures.next());
        mvc.perform(inspection(b, today(), "PASSED", new String[0], new String[0], new String[0], new String[0])
                .with(as(staff))).andExpect(status().is3xxRedirection());
        long ia = count("select id from resumption_inspection where enterprise_id = :p", a);
        long ib = count("select id from resumption_inspection where enterprise_id = :p", b);

        mvc.perform(get("/resumption/inspections").param("q", tag + "甲_").with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-inspection=\"" + ia + "\"")))
                .andExpect(content().string(not(containsString("data-inspection=\"" + ib + "\""))));
        // "_" is taken literally, not as a wildcard
        mvc.perform(get("/resumption/inspections").param("q", tag + "_").with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-inspection=\"" + ib + "\""))));
        mvc.perform(get("/resumption/inspections").param("result", "PASSED").param("q", tag).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-inspection=\"" + ib + "\"")))
                .andExpect(content().string(not(containsString("data-inspection=\"" + ia + "\""))));
        for (int i = 0; i < InspectionController.PAGE; i++) {
            mvc.perform(inspection(b, today().minusDays(1), "PASSED", new String[0], new String[0], new String[0],
                    new String[0]).with(as(staff))).andExpect(status().is3xxRedirection());
        }
        mvc.perform(get("/resumption/inspections").param("q", tag + "乙").with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-inspection=\"" + ib + "\"")))
                .andExpect(content().string(containsString("page=1")));
        mvc.perform(get("/resumption/inspections").param("q", tag + "乙").param("page", "1").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-inspection=\"" + ib + "\""))))
                .andExpect(content().string(containsString("data-inspection=")));
    }
}
