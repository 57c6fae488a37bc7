package gxq.report;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/**
 * The report workflow through HTTP: forms and periods (422 on bad input), draft, submit (422 on missing text, 409 on a
 * stale version), return (comment required), resubmit, accept (the second of two accepts 409), the period board, the
 * export and the national view. Zone 72.
 */
@IntegrationTest
@Tag("db")
class ReportWorkflowTest {

    static final long ZONE = 72;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired @Qualifier("healthClock") Clock clock;

    ReportTestSupport t;
    GxqUser ministry;
    GxqUser admin;
    GxqUser staff;
    LocalDate today;

    @BeforeEach
    void setUp() {
        t = new ReportTestSupport(mvc, db);
        ministry = fixtures.ministry();
        admin = fixtures.zoneAdmin(ZONE);
        staff = fixtures.zoneStaff(ZONE);
        today = LocalDate.now(clock);
    }

    @Test
    void draftSubmitReturnResubmitAccept() throws Exception {
        long form = t.form(ministry, "疫情防控周报", "复工企业防疫物资是否充足？");
        assertThat(t.audits("REPORT_FORM_CREATE", form)).isEqualTo(1);
        long question = db.sql("select id from report_form_question where form_id = :f").param("f", form)
                .query(Long.class).single();
        long period = t.period(ministry, form, ReportTestSupport.monday(today));
        assertThat(t.audits("REPORT_PERIOD_OPEN", period)).isEqualTo(1);

        // the zone sees the open period; staff save a draft but may not submit
        mvc.perform(get("/reports").with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-period=\"" + period + "\"")));
        t.write(staff, period, "save", "", "草稿问题甲", "", "").andExpect(status().is3xxRedirection());
        assertThat(t.row(period, ZONE).get("state")).isEqualTo("DRAFT");
        t.write(staff, period, "submit", t.version(period, ZONE), "问题", "需求", "做法")
                .andExpect(status().isForbidden());
        assertThat(t.row(period, ZONE).get("state")).isEqualTo("DRAFT");
        mvc.perform(get("/reports/periods/" + period + "/mine").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("草稿问题甲")))
                .andExpect(content().string(containsString("id=\"liveFigures\"")));

        // a missing answer: 422, what was typed is kept, nothing changes
        String v = t.version(period, ZONE);
        t.write(admin, period, "submit", v, "园区企业用工缺口约两千人", "", "网格化管理", "q" + question, "充足")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("请填写需求建议")))
                .andExpect(content().string(containsString("园区企业用工缺口约两千人")))
                .andExpect(content().string(containsString("网格化管理")));
        assertThat(t.version(period, ZONE)).isEqualTo(v);
        assertThat(t.row(period, ZONE).get("problems")).isEqualTo("草稿问题甲");
        // overlong text: 422
        t.write(admin, period, "save", v, "长".repeat(4001), "", "").andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("不能超过 4000 个字")));
        // stale version: 409
        t.write(admin, period, "submit", String.valueOf(Integer.parseInt(v) + 5), "问题", "需求", "做法")
                .andExpect(status().isConflict());
        assertThat(t.row(period, ZONE).get("state")).isEqualTo("DRAFT");

        t.write(admin, period, "submit", v, "园区企业用工缺口约两千人", "希望协调外省员工返岗专列", "网格化管理",
                "q" + question, "充足").andExpect(redirectedUrl("/reports/periods/" + period + "/mine"));
        var row = t.row(period, ZONE);
        assertThat(row.get("state")).isEqualTo("SUBMITTED");
        assertThat(row.get("f_day")).isNotNull();
        long id = t.id(period, ZONE);
        assertThat(t.audits("REPORT_SUBMIT", id)).isEqualTo(1);
        assertThat(db.sql("select answer from zone_report_answer where report_id = :r").param("r", id)
                .query(String.class).single()).isEqualTo("充足");
        // submitted: the zone can no longer change it
        t.write(admin, period, "save", t.version(period, ZONE), "改", "改", "改").andExpect(status().isConflict());

        // the ministry sees it and returns it: a comment is required
        mvc.perform(get("/reports/periods/" + period + "/zones/" + ZONE).with(as(ministry))).andExpect(status().isOk())
                .andExpect(content().string(containsString("希望协调外省员工返岗专列")));
        t.post(ministry, "/reports/" + id + "/return", "version", t.version(period, ZONE), "comment", " ")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("退回时请填写意见")));
        t.post(ministry, "/reports/" + id + "/return", "version", t.version(period, ZONE), "comment",
                "请补充用工缺口的行业分布").andExpect(status().is3xxRedirection());
        assertThat(t.row(period, ZONE).get("state")).isEqualTo("RETURNED");
        assertThat(t.audits("REPORT_RETURN", id)).isEqualTo(1);
        mvc.perform(get("/reports").with(as(admin))).andExpect(content().string(containsString("请补充用工缺口的行业分布")));

        // resubmitted, then two accepts with the same version: one wins, the other 409
        t.write(admin, period, "submit", t.version(period, ZONE), "用工缺口主要在电子制造业", "希望协调外省员工返岗专列",
                "网格化管理").andExpect(status().is3xxRedirection());
        assertThat(t.row(period, ZONE).get("state")).isEqualTo("SUBMITTED");
        assertThat(((Number) t.row(period, ZONE).get("submissions")).intValue()).isEqualTo(2);
        String sv = t.version(period, ZONE);
        t.post(ministry, "/reports/" + id + "/accept", "version", sv).andExpect(status().is3xxRedirection());
        t.post(ministry, "/reports/" + id + "/accept", "version", sv).andExpect(status().isConflict());
        t.post(ministry, "/reports/" + id + "/return", "version", t.version(period, ZONE), "comment", "晚了")
                .andExpect(status().isConflict());
        assertThat(t.row(period, ZONE).get("state")).isEqualTo("ACCEPTED");
        assertThat(t.audits("REPORT_ACCEPT", id)).isEqualTo(1);
        assertThat(db.sql("select count(*) from zone_report_history where report_id = :r").param("r", id)
                .query(Long.class).single()).isEqualTo(4);

        // the board shows it accepted, with national totals from its frozen figures
        mvc.perform(get("/reports/periods/" + period).with(as(ministry)).param("standing", "ACCEPTED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-zone=\"" + ZONE + "\" data-standing=\"ACCEPTED\"")));
        // zone roles are sent to their own report
        mvc.perform(get("/reports/periods/" + period).with(as(staff)))
                .andExpect(redirectedUrl("/reports/periods/" + period + "/mine"));
    }

    @Test
    void badPeriodsAndFormsAnswer422WithTheFormKept() throws Exception {
        t.post(ministry, "/reports/forms", "name", "", "kind", "WEEKLY", "deadlineDays", "99", "description", "保留的说明")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("请填写报告表名称")))
                .andExpect(content().string(containsString("截止天数应为 0 到 60 之间的整数")))
                .andExpect(content().string(containsString("保留的说明")));
        long form = t.form(ministry, "月报", "");
        LocalDate monday = ReportTestSupport.monday(today).plusWeeks(3);
        t.post(ministry, "/reports/forms/" + form + "/open", "start", monday.toString(), "end",
                monday.minusDays(1).toString(), "deadline", monday.plusDays(8).atStartOfDay().toString())
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("结束日期不能早于开始日期")))
                .andExpect(content().string(containsString("value=\"" + monday + "\"")));
        t.post(ministry, "/reports/forms/" + form + "/open", "start", monday.toString(), "end",
                monday.plusDays(6).toString(), "deadline", today.minusDays(1).atStartOfDay().toString())
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("截止时间不能早于现在")));
        t.post(ministry, "/reports/forms/" + form + "/open", "start", "2026-13-40", "end", "", "deadline", "x")
                .andExpect(status().isUnprocessableEntity());
        assertThat(db.sql("select count(*) from report_period where form_id = :f").param("f", form).query(Long.class)
                .single()).isZero();
        t.period(ministry, form, monday);
        t.post(ministry, "/reports/forms/" + form + "/open", "start", monday.toString(), "end",
                monday.plusDays(6).toString(), "deadline", monday.plusDays(8).atStartOfDay().toString())
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("已有从这一天开始的报告期")));
        // editing: questions are fixed once a period exists; a stale version is 409
        String fv = String.valueOf(db.sql("select version from report_form where id = :f").param("f", form)
                .query(Integer.class).single());
        t.post(ministry, "/reports/forms/" + form, "version", fv, "name", "月报（修订）", "kind", "MONTHLY",
                "deadlineDays", "3", "questions", "新问题").andExpect(status().isUnprocessableEntity());
        t.post(ministry, "/reports/forms/" + form, "version", fv, "name", "月报（修订）", "kind", "MONTHLY",
                "deadlineDays", "3", "questions", "").andExpect(status().is3xxRedirection());
        t.post(ministry, "/reports/forms/" + form, "version", fv, "name", "月报（再修订）", "kind", "MONTHLY",
                "deadlineDays", "3", "questions", "").andExpect(status().isConflict());
        assertThat(t.audits("REPORT_FORM_EDIT", form)).isEqualTo(1);
    }

    @Test
    void exportHasOneRowPerZoneWithFiguresAndTextsButNoDrafts() throws Exception {
        long form = t.form(ministry, "导出周报", "");
        long period = t.period(ministry, form, ReportTestSupport.monday(today).plusWeeks(5));
        t.write(admin, period, "submit", "", "导出问题", "导出需求", "导出做法").andExpect(status().is3xxRedirection());
        GxqUser other = fixtures.zoneAdmin(ZONE + 1);
        t.write(other, period, "save", "", "另一园区的草稿秘密", "", "").andExpect(status().is3xxRedirection());
        byte[] xlsx = mvc.perform(get("/reports/periods/" + period + "/export.xlsx").with(as(ministry)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getLastRowNum()).isEqualTo(176);
            String zoneName = db.sql("select name from zone where id = :z").param("z", ZONE).query(String.class).single();
            Row mine = null;
            StringBuilder all = new StringBuilder();
            for (Row r : s) {
                for (var c : r) {
                    all.append(c.toString()).append('|');
                }
                if (r.getRowNum() > 0 && zoneName.equals(r.getCell(0).getStringCellValue())) {
                    mine = r;
                }
            }
            assertThat(mine).isNotNull();
            assertThat(mine.getCell(2).getStringCellValue()).isEqualTo("已提交");
            assertThat(all.toString()).contains("导出问题", "导出需求", "导出做法").doesNotContain("另一园区的草稿秘密");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("高新区");
        }
        assertThat(t.audits("REPORT_EXPORT", period)).isEqualTo(1);
    }

    @Test
    void nationalViewShowsTheZonesReportStandingOnTheHomePage() throws Exception {
        long form = t.form(ministry, "全国视图周报", "");
        // the running period (started today, so no other open period started later) and, opened in advance, a later
        // one: the national view shows the running period
        long period = t.period(ministry, form, today);
        long ahead = t.period(ministry, form, today.plusWeeks(40));
        t.write(admin, period, "submit", "", "问题", "需求", "做法").andExpect(status().is3xxRedirection());
        t.post(ministry, "/reports/" + t.id(period, ZONE) + "/accept", "version", t.version(period, ZONE))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/").with(as(ministry))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"nationalView\"")))
                .andExpect(content().string(containsString("data-zone=\"" + ZONE + "\" data-standing=\"ACCEPTED\"")))
                .andExpect(content().string(containsString("id=\"nationalMap\"")))
                .andExpect(content().string(containsString("href=\"/reports/periods/" + period + "\"")))
                .andExpect(content().string(not(containsString("href=\"/reports/periods/" + ahead + "\""))));
        mvc.perform(get("/national").with(as(ministry)).param("sort", "red").param("q", "不存在的园区名"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-zone=\"" + ZONE + "\""))));
        mvc.perform(get("/").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"nationalView\""))));
    }
}
