package gxq.resumption.indicators;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

import gxq.account.GxqUser;
import gxq.resumption.internal.FilingState;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/** The three indicators of a small zone against figures computed by hand (zone 80). */
@IntegrationTest
@Tag("db")
class IndicatorFiguresTest {

    static final long ZONE = 80;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager tm;
    @Autowired @Qualifier("healthClock") Clock clock;

    static String cell(String html, String rowMarker, String col) {
        int start = html.indexOf(rowMarker);
        assertThat(start).as(rowMarker).isNotNegative();
        String row = html.substring(start, html.indexOf("</tr>", start));
        int c = row.indexOf("data-col=\"" + col + "\">");
        assertThat(c).as(rowMarker + " " + col).isNotNegative();
        return row.substring(c + col.length() + 12, row.indexOf('<', c));
    }

    static String byId(String html, String id) {
        int i = html.indexOf("id=\"" + id + "\"");
        assertThat(i).as(id).isNotNegative();
        int gt = html.indexOf('>', i);
        return html.substring(gt + 1, html.indexOf('<', gt)).strip();
    }

    @Test
    void zoneFiguresEqualHandComputedValuesAndFollowCorrectionsAndNewOutputs() throws Exception {
        var data = new IndicatorTestData(db, events, tm, fixtures);
        LocalDate d = LocalDate.now(clock);
        long e1 = data.enterprise(ZONE, "C", "LARGE", true);
        long e2 = data.enterprise(ZONE, "C", "SMALL", false);
        long e3 = data.enterprise(ZONE, "I", "SMALL", false);
        long e4 = data.enterprise(ZONE, "I", "MICRO", false);
        long e5 = data.enterprise(ZONE, null, "MEDIUM", true);
        fixtures.enterprise(ZONE, "待审核企业" + Fixtures.next(), "PENDING"); // not in scope

        // E1: planned d-7, approved d-5 -> resumed from d-5; output 100
        data.filing(ZONE, e1, 9001, null, FilingState.DRAFT, d.minusDays(7), "100", d.minusDays(10));
        data.filing(ZONE, e1, 9001, FilingState.DRAFT, FilingState.SUBMITTED, d.minusDays(7), "100", d.minusDays(9));
        data.filing(ZONE, e1, 9001, FilingState.SUBMITTED, FilingState.APPROVED, d.minusDays(7), "100", d.minusDays(5));
        // E2: approved d-6 for d-2 -> resumed from d-2; output 300
        data.filing(ZONE, e2, 9002, FilingState.SUBMITTED, FilingState.APPROVED, d.minusDays(2), "300", d.minusDays(6));
        // E3: submitted, waiting; E4: approved for d+3 (later), no output; E5: nothing
        data.filing(ZONE, e3, 9003, FilingState.DRAFT, FilingState.SUBMITTED, d, "50", d.minusDays(1));
        data.filing(ZONE, e4, 9004, FilingState.SUBMITTED, FilingState.APPROVED, d.plusDays(3), null, d.minusDays(1));

        data.report(ZONE, e1, d.minusDays(1), 10, 5, 2, 1, 2, 40);
        data.report(ZONE, e1, d, 10, 8, 1, 0, 1, 80);
        data.report(ZONE, e2, d, 20, 10, 0, 0, 10, 50);
        data.report(ZONE, e2, d, 20, 12, 0, 0, 8, 60); // correction
        data.report(ZONE, e4, d, 5, 1, 0, 0, 4, 20);
        data.report(ZONE, e5, d, 4, 4, 0, 0, 0, 100);

        GxqUser admin = fixtures.zoneAdmin(ZONE);
        String html = mvc.perform(get("/resumption/indicators").param("days", "14").with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // 复工率: E1, E2 of 5 = 40.0%; 复岗率: (8+12+1+4)/(10+20+5+4) = 25/39 = 64.1%;
        // 产能: (80*100 + 60*300)/(100+300) = 65.0%, E4 and E5 not weighed
        assertThat(byId(html, "resumptionRate")).isEqualTo("40.0%");
        assertThat(byId(html, "resumptionParts")).isEqualTo("已复工 2 家 ÷ 在范围企业 5 家");
        assertThat(byId(html, "staffRate")).isEqualTo("64.1%");
        assertThat(byId(html, "staffParts")).isEqualTo("在岗 25 人 ÷ 在职 39 人（4 家企业上报）");
        assertThat(byId(html, "capacityRate")).isEqualTo("65.0%");
        assertThat(byId(html, "capacityParts")).startsWith("按正常产值加权 2 家；未计入 2 家");
        assertThat(html).contains("复工率 = 当日已复工企业数 ÷ 在范围企业数");

        // trend: d-3 only E1 resumed (20.0%); d-1 E1 reported 5/10 at 40% capacity; d-6 E1 not yet resumed
        assertThat(cell(html, "data-day=\"" + d.minusDays(3) + "\"", "resumption")).isEqualTo("20.0%");
        assertThat(cell(html, "data-day=\"" + d.minusDays(6) + "\"", "resumption")).isEqualTo("0.0%");
        assertThat(cell(html, "data-day=\"" + d.minusDays(1) + "\"", "staff")).isEqualTo("50.0%");
        assertThat(cell(html, "data-day=\"" + d.minusDays(1) + "\"", "capacity")).isEqualTo("40.0%");
        assertThat(cell(html, "data-day=\"" + d.minusDays(2) + "\"", "staff")).isEqualTo("—");

        // by industry: C = E1, E2: 2/2 resumed, 20/30 = 66.7%, 65.0%; I = E3, E4: 0/2, 1/5 = 20.0%, no weight
        assertThat(cell(html, "data-group=\"C\"", "resumption")).isEqualTo("100.0%");
        assertThat(cell(html, "data-group=\"C\"", "staff")).isEqualTo("66.7%");
        assertThat(cell(html, "data-group=\"C\"", "capacity")).isEqualTo("65.0%");
        assertThat(cell(html, "data-group=\"I\"", "resumption")).isEqualTo("0.0%");
        assertThat(cell(html, "data-group=\"I\"", "staff")).isEqualTo("20.0%");
        assertThat(cell(html, "data-group=\"I\"", "capacity")).isEqualTo("—");
        assertThat(cell(html, "data-group=\"I\"", "notWeighed")).isEqualTo("1");
        assertThat(cell(html, "data-group=\"-\"", "staff")).isEqualTo("100.0%");
        // by size: SMALL = E2, E3; 规模以上 = E1, E5: 1/2 resumed, 12/14 = 85.7%
        assertThat(cell(html, "data-group=\"SMALL\"", "enterprises")).isEqualTo("2");
        assertThat(cell(html, "data-group=\"SMALL\"", "staff")).isEqualTo("60.0%");
        assertThat(cell(html, "data-group=\"true\"", "resumption")).isEqualTo("50.0%");
        assertThat(cell(html, "data-group=\"true\"", "staff")).isEqualTo("85.7%");
        assertThat(cell(html, "data-group=\"false\"", "capacity")).isEqualTo("60.0%");

        // not resumed: E3 submitted, E4 approved for later, E5 nothing
        assertThat(html).contains("data-reason=\"SUBMITTED\"").contains("id=\"notResumedTotal\"");
        String list = mvc.perform(get("/resumption/indicators/not-resumed").with(as(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("data-enterprise=\"" + e3 + "\" data-reason=\"SUBMITTED\"")
                .contains("data-enterprise=\"" + e4 + "\" data-reason=\"APPROVED_LATER\"")
                .contains("data-enterprise=\"" + e5 + "\" data-reason=\"NONE\"")
                .doesNotContain("data-enterprise=\"" + e1 + "\"").doesNotContain("data-enterprise=\"" + e2 + "\"")
                .contains("自 " + d.plusDays(3) + " 起算");
        String submitted = mvc.perform(get("/resumption/indicators/not-resumed").param("reason", "submitted")
                .with(as(admin))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(submitted).contains("data-enterprise=\"" + e3 + "\"").doesNotContain("data-enterprise=\"" + e4 + "\"");
        // a week ago E1 had not resumed yet either: approved, counting from d-5
        String earlier = mvc.perform(get("/resumption/indicators/not-resumed").param("day", d.minusDays(6).toString())
                .with(as(admin))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(earlier).contains("data-enterprise=\"" + e1 + "\" data-reason=\"APPROVED_LATER\"");

        // the export holds the same figures
        byte[] xlsx = mvc.perform(get("/resumption/indicators/indicators.xlsx").with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet trend = wb.getSheet("趋势");
            Row today = rowStarting(trend, d.toString());
            assertThat(today.getCell(1).getNumericCellValue()).isEqualTo(5);
            assertThat(today.getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(today.getCell(3).getNumericCellValue()).isEqualTo(0.4);
            assertThat(today.getCell(6).getNumericCellValue()).isEqualTo(25);
            assertThat(today.getCell(7).getNumericCellValue()).isEqualTo(39);
            assertThat(today.getCell(8).getNumericCellValue()).isEqualTo(0.641);
            assertThat(today.getCell(11).getNumericCellValue()).isEqualTo(0.65);
            Row c = rowStarting(wb.getSheet("按行业"), "制造业");
            assertThat(c.getCell(8).getNumericCellValue()).isEqualTo(0.667);
        }

        // E1 states a new normal output (200) on a new draft: every day it reported is weighed anew; still resumed
        data.filing(ZONE, e1, 9101, null, FilingState.DRAFT, null, "200", d);
        html = mvc.perform(get("/resumption/indicators").with(as(admin))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        // (80*200 + 60*300)/(200+300) = 34000/500 = 68.0%; d-1: 40% whatever the weight
        assertThat(byId(html, "capacityRate")).isEqualTo("68.0%");
        assertThat(byId(html, "resumptionRate")).isEqualTo("40.0%");
        assertThat(cell(html, "data-day=\"" + d.minusDays(1) + "\"", "capacity")).isEqualTo("40.0%");

        // English
        String en = mvc.perform(get("/resumption/indicators").param("lang", "en").with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("2 resumed ÷ 5 enterprises in scope").contains("Capacity recovery rate =");
    }

    static Row rowStarting(Sheet sheet, String first) {
        for (Row r : sheet) {
            if (r.getCell(0) != null && first.equals(r.getCell(0).toString())) {
                return r;
            }
        }
        throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
    }
}
