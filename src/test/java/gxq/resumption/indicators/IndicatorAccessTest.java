package gxq.resumption.indicators;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import gxq.resumption.internal.FilingState;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who sees which indicators (zones 84–87), bad parameters, the national view against raw rows, exports. */
@IntegrationTest
@Tag("db")
class IndicatorAccessTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager tm;
    @Autowired @Qualifier("healthClock") Clock clock;

    @Test
    void zoneRolesSeeOnlyTheirZoneEnterpriseAdmins403AndMinistryOnlyAggregates() throws Exception {
        var data = new IndicatorTestData(db, events, tm, fixtures);
        LocalDate d = LocalDate.now(clock);
        long mine = fixtures.enterprise(84, "本区未复工企业" + Fixtures.next(), "ACTIVE");
        long theirs = fixtures.enterprise(85, "他区未复工企业" + Fixtures.next(), "ACTIVE");
        data.report(85, theirs, d, 10, 10, 0, 0, 0, 100);
        var admin = fixtures.zoneAdmin(84);
        var staff = fixtures.zoneStaff(84);
        var ministry = fixtures.ministry();
        var entAdmin = fixtures.enterpriseAdmin(mine);

        mvc.perform(get("/resumption/indicators").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("已复工 0 家 ÷ 在范围企业 1 家")))
                .andExpect(content().string(containsString("id=\"staffRate\">—<")))
                .andExpect(content().string(containsString("产能恢复率 = Σ（产能利用率")))
                .andExpect(content().string(containsString("行业、企业规模、规模以上")));
        mvc.perform(get("/resumption/indicators").param("zone", "85").with(as(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/resumption/indicators/not-resumed").with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-enterprise=\"" + mine + "\"")))
                .andExpect(content().string(not(containsString("data-enterprise=\"" + theirs + "\""))));
        mvc.perform(get("/resumption/indicators/national").with(as(admin))).andExpect(status().isForbidden());
        mvc.perform(get("/resumption/indicators/national.xlsx").with(as(staff))).andExpect(status().isForbidden());

        for (String path : new String[] {"/resumption/indicators", "/resumption/indicators/not-resumed",
                "/resumption/indicators/national", "/resumption/indicators/indicators.xlsx",
                "/resumption/indicators/not-resumed.xlsx"}) {
            mvc.perform(get(path).with(as(entAdmin))).andExpect(status().isForbidden());
        }

        // the ministry: national view, any zone's aggregates, but not the list of enterprises
        mvc.perform(get("/resumption/indicators/national").with(as(ministry))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-zone=\"84\"")))
                .andExpect(content().string(containsString("产能恢复率 = Σ（产能利用率")))
                .andExpect(content().string(containsString("地图按高新区所在省份汇总复工率")));
        mvc.perform(get("/resumption/indicators").with(as(ministry)))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/resumption/indicators/national"));
        mvc.perform(get("/resumption/indicators").param("zone", "85").with(as(ministry))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"staffRate\">100.0%<")))
                .andExpect(content().string(not(containsString("/resumption/indicators/not-resumed"))));
        mvc.perform(get("/resumption/indicators").param("zone", "99999").with(as(ministry))).andExpect(status().isNotFound());
        mvc.perform(get("/resumption/indicators/not-resumed").with(as(ministry))).andExpect(status().isForbidden());
        mvc.perform(get("/resumption/indicators/not-resumed.xlsx").with(as(ministry))).andExpect(status().isForbidden());
        mvc.perform(get("/resumption/indicators/indicators.xlsx").with(as(ministry)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请选择一个高新区")));
    }

    @Test
    void badParametersAnswer400InTheUsersLanguage() throws Exception {
        var admin = fixtures.zoneAdmin(86);
        var ministry = fixtures.ministry();
        mvc.perform(get("/resumption/indicators").param("day", "garbage").with(as(admin)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("日期“garbage”无效")));
        mvc.perform(get("/resumption/indicators").param("day", "2020-13-45").param("lang", "en").with(as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The date &quot;2020-13-45&quot; is not valid")));
        mvc.perform(get("/resumption/indicators").param("days", "7").with(as(admin)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("只能为 14 或 30")));
        mvc.perform(get("/resumption/indicators").param("zone", "abc").with(as(admin))).andExpect(status().isBadRequest());
        mvc.perform(get("/resumption/indicators/not-resumed").param("page", "-1").with(as(admin)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("参数“page”格式不正确")));
        mvc.perform(get("/resumption/indicators/not-resumed").param("page", "x").with(as(admin)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/resumption/indicators/not-resumed").param("page", "999999999").with(as(admin)))
                .andExpect(status().isOk());
        mvc.perform(get("/resumption/indicators/not-resumed").param("reason", "LAZY").with(as(admin)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("未复工原因“LAZY”无效")));
        mvc.perform(get("/resumption/indicators/not-resumed.xlsx").param("day", "1.1.2020").with(as(admin)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/resumption/indicators/national").param("sort", "best").with(as(ministry)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("排序方式“best”无效")));
        mvc.perform(get("/resumption/indicators/national").param("day", "yesterday").with(as(ministry)))
                .andExpect(status().isBadRequest());
    }

    /** Days the trend cannot reach (LocalDate.MIN/MAX, years PostgreSQL rejects) or outside 2000-01-01 .. today. */
    @Test
    void daysOutsideTheWindowAnswer400NeverA500() throws Exception {
        var admin = fixtures.zoneAdmin(86);
        var ministry = fixtures.ministry();
        LocalDate today = LocalDate.now(clock);
        for (String day : new String[] {"+999999999-12-31", "-999999999-01-01", "0001-01-01", "9999-12-31",
                "+5874898-01-01", "1999-12-31", today.plusDays(1).toString()}) {
            for (String url : new String[] {"/resumption/indicators", "/resumption/indicators/indicators.xlsx",
                    "/resumption/indicators/not-resumed", "/resumption/indicators/not-resumed.xlsx"}) {
                mvc.perform(get(url).param("day", day).param("days", "30").with(as(admin)))
                        .andExpect(status().isBadRequest())
                        .andExpect(content().string(containsString("日期“" + day + "”超出范围")))
                        .andExpect(content().string(containsString("2000-01-01 至 " + today)));
            }
            for (String url : new String[] {"/resumption/indicators/national", "/resumption/indicators/national.xlsx",
                    "/resumption/indicators?zone=86"}) {
                mvc.perform(get(url).param("day", day).with(as(ministry))).andExpect(status().isBadRequest())
                        .andExpect(content().string(containsString("日期“" + day + "”超出范围")));
            }
        }
        mvc.perform(get("/resumption/indicators").param("day", "0001-01-01").param("lang", "en").with(as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The date &quot;0001-01-01&quot; is out of range")))
                .andExpect(content().string(containsString("from 2000-01-01 to " + today)));
        // the edges of the window answer, with the longest trend reaching back before 2000-01-01
        mvc.perform(get("/resumption/indicators").param("day", "2000-01-01").param("days", "30").with(as(admin)))
                .andExpect(status().isOk());
        mvc.perform(get("/resumption/indicators/not-resumed.xlsx").param("day", "2000-01-01").with(as(admin)))
                .andExpect(status().isOk());
        mvc.perform(get("/resumption/indicators/national").param("day", "2000-01-01").param("days", "30")
                .with(as(ministry))).andExpect(status().isOk());
        mvc.perform(get("/resumption/indicators/national.xlsx").param("day", today.toString()).with(as(ministry)))
                .andExpect(status().isOk());
        mvc.perform(get("/resumption/indicators/not-resumed").param("page", "100000").param("day", today.toString())
                .with(as(admin))).andExpect(status().isOk());
    }

    @Test
    void nationalViewEqualsRawRowsAndItsExportTheSameFigures() throws Exception {
        var data = new IndicatorTestData(db, events, tm, fixtures);
        LocalDate d = LocalDate.now(clock);
        long zone = 87;
        long a = data.enterprise(zone, "C", "LARGE", true);
        long b = data.enterprise(zone, "C", "SMALL", false);
        long c = data.enterprise(zone, "I", "SMALL", false);
        data.filing(zone, a, 87_001, FilingState.SUBMITTED, FilingState.APPROVED, d.minusDays(1), "400", d.minusDays(2));
        data.filing(zone, b, 87_002, FilingState.SUBMITTED, FilingState.APPROVED, null, "100", d);
        data.report(zone, a, d, 40, 30, 0, 0, 10, 90);
        data.report(zone, b, d, 10, 2, 0, 0, 8, 30);
        // zone 87: 2 of 3 resumed = 66.7%; 32/50 = 64.0%; (90*400 + 30*100)/500 = 78.0%; 2 reported, 1 not
        var ministry = fixtures.ministry();
        String html = mvc.perform(get("/resumption/indicators/national").param("sort", "staff").with(as(ministry)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(IndicatorFiguresTest.cell(html, "data-zone=\"87\"", "resumption")).isEqualTo("66.7%");
        assertThat(IndicatorFiguresTest.cell(html, "data-zone=\"87\"", "staff")).isEqualTo("64.0%");
        assertThat(IndicatorFiguresTest.cell(html, "data-zone=\"87\"", "capacity")).isEqualTo("78.0%");
        assertThat(IndicatorFiguresTest.cell(html, "data-zone=\"87\"", "notReported")).isEqualTo("1");

        // national totals against the raw tables of the whole (shared) database
        long active = db.sql("select count(*) from enterprise where status = 'ACTIVE'").query(Long.class).single();
        long reported = db.sql("select count(*) from resumption_daily_report where report_date = :d").param("d", d)
                .query(Long.class).single();
        long onDuty = db.sql("select coalesce(sum(on_duty), 0) from resumption_daily_report where report_date = :d")
                .param("d", d).query(Long.class).single();
        long total = db.sql("select coalesce(sum(total_staff), 0) from resumption_daily_report where report_date = :d")
                .param("d", d).query(Long.class).single();
        assertThat(IndicatorFiguresTest.byId(html, "staffRate")).isEqualTo(Rates.text(Rates.percent(onDuty, total)));
        assertThat(IndicatorFiguresTest.byId(html, "nationalReported"))
                .isEqualTo("当日已报日报企业 " + reported + " 家，未报 " + Math.max(0, active - reported) + " 家（在范围企业共 " + active + " 家）。");
        assertThat(html).contains("data-province=\"" + db.sql("select province_code from zone where id = 87")
                .query(String.class).single() + "\"").contains("china-provinces.json");

        byte[] xlsx = mvc.perform(get("/resumption/indicators/national.xlsx").with(as(ministry)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String name = db.sql("select name from zone where id = 87").query(String.class).single();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet zones = wb.getSheet("各高新区");
            Row row = null;
            for (Row r : zones) {
                if (r.getCell(1) != null && name.equals(r.getCell(1).toString())) {
                    row = r;
                }
            }
            assertThat(row).isNotNull();
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(3);
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(2);
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(0.667);
            assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(0.64);
            assertThat(row.getCell(13).getNumericCellValue()).isEqualTo(0.78);
        }

        // the zone's not-resumed export lists c, with its reason
        byte[] list = mvc.perform(get("/resumption/indicators/not-resumed.xlsx").with(as(fixtures.zoneStaff(zone))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String cName = db.sql("select name from enterprise where id = :id").param("id", c).query(String.class).single();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(list))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo(cName);
            assertThat(s.getRow(1).getCell(4).getStringCellValue()).isEqualTo("未提交复工申请");
            assertThat(s.getRow(2)).isNull(); // one enterprise, then an empty row before the note
        }
        assertThat(db.sql("select count(*) from audit_log where action = 'RESUMPTION_INDICATORS_EXPORT'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }
}
