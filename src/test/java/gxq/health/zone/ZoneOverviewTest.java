package gxq.health.zone;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
import org.springframework.test.web.servlet.MvcResult;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/**
 * Counts by colour and today's declaration rate against figures worked out by hand. Zone 170 holds only the rows of
 * {@link #figuresOfZone170} (three enterprises, ten active employees and one who left); zone 171 has one employee
 * who must never show up in zone 170.
 *
 * <pre>
 * enterprise  employees  green yellow red  no status  declared today  rate
 * A           5          1     1      1    2          3               60.0%   (+1 LEFT: red, declared — not counted)
 * B           2          2     0      0    0          2               100.0%
 * C           3          0     1      2    0          1               33.3%
 * zone 170    10         3     2      3    2          6               60.0%
 * </pre>
 */
@IntegrationTest
@Tag("db")
class ZoneOverviewTest {

    static final long ZONE = 170;
    static final long OTHER_ZONE = 171;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired @Qualifier("healthClock") Clock clock;

    static boolean seeded;
    static long entA, entB, entC, entOther;
    static String nameA, nameB, nameC;

    @BeforeEach
    void figuresOfZone170() {
        if (seeded) {
            return; // one set of rows for the whole class: zone totals are what this test checks
        }
        var h = new HealthZoneFixtures(db);
        LocalDate today = LocalDate.now(clock);
        nameA = "甲企业" + Fixtures.next();
        nameB = "乙企业" + Fixtures.next();
        nameC = "丙企业" + Fixtures.next();
        entA = fixtures.enterprise(ZONE, nameA, "ACTIVE");
        entB = fixtures.enterprise(ZONE, nameB, "ACTIVE");
        entC = fixtures.enterprise(ZONE, nameC, "ACTIVE");
        entOther = fixtures.enterprise(OTHER_ZONE);

        long a1 = fixtures.employee(entA, "王一");
        h.status(a1, "GREEN", null);
        h.declaration(a1, today, "36.5");
        long a2 = fixtures.employee(entA, "王二");
        h.status(a2, "YELLOW", "MEDIUM_RISK_ARRIVAL(420100, 2020-02-10)");
        h.declaration(a2, today, "36.6");
        long a3 = fixtures.employee(entA, "王三");
        h.status(a3, "RED", "CLOSE_CONTACT()");
        h.declaration(a3, today.minusDays(1), "36.6"); // yesterday only
        long a4 = fixtures.employee(entA, "王四");
        h.declaration(a4, today, "36.4"); // declared, no colour yet
        fixtures.employee(entA, "王五"); // nothing at all
        long left = fixtures.employee(entA, "王离职");
        h.status(left, "RED", "CONFIRMED()");
        h.declaration(left, today, "38.5");
        h.leave(left);

        long b1 = fixtures.employee(entB, "李一");
        h.status(b1, "GREEN", null);
        h.declaration(b1, today, "36.5");
        long b2 = fixtures.employee(entB, "李二");
        h.status(b2, "GREEN", null);
        h.declaration(b2, today, "36.5");
        h.declaration(b2, today.minusDays(1), "36.5");

        long c1 = fixtures.employee(entC, "赵一");
        h.status(c1, "RED", "CONFIRMED()");
        long c2 = fixtures.employee(entC, "赵二");
        h.status(c2, "RED", "CLOSE_CONTACT()");
        long c3 = fixtures.employee(entC, "赵三");
        h.status(c3, "YELLOW", "SYMPTOMS(2020-02-10, 咳嗽)");
        h.declaration(c3, today, "37.0");

        long o1 = fixtures.employee(entOther, "外区");
        h.status(o1, "RED", "CONFIRMED()");
        h.declaration(o1, today, "36.5");
        seeded = true;
    }

    private String page(GxqUser user, String query) throws Exception {
        MvcResult r = mvc.perform(get("/health/overview" + query).with(as(user))).andReturn();
        assertThat(r.getResponse().getStatus()).as("status of %s", query).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    private static void assertTotals(String html, String employees, String green, String yellow, String red,
            String noStatus, String declared, String rate) {
        assertThat(List.of(Html.byId(html, "countEmployees"), Html.byId(html, "countGreen"), Html.byId(html, "countYellow"),
                Html.byId(html, "countRed"), Html.byId(html, "countNoStatus"), Html.byId(html, "countDeclared"),
                Html.byId(html, "declarationRate")))
                .containsExactly(employees, green, yellow, red, noStatus, declared, rate);
    }

    @Test
    void zoneAdminSeesTheZoneTotalsAndEachEnterpriseWorkedOutByHand() throws Exception {
        String html = page(fixtures.zoneAdmin(ZONE), "");
        assertTotals(html, "10", "3", "2", "3", "2", "6", "60.0%");
        assertThat(Html.rowCells(html, "data-enterprise", entA)).containsExactly(nameA, "5", "1", "1", "1", "2", "3", "60.0%");
        assertThat(Html.rowCells(html, "data-enterprise", entB)).containsExactly(nameB, "2", "2", "0", "0", "0", "2", "100.0%");
        assertThat(Html.rowCells(html, "data-enterprise", entC)).containsExactly(nameC, "3", "0", "1", "2", "0", "1", "33.3%");
        assertThat(Html.rowCells(html, "data-enterprise", entOther)).isEmpty();
        assertThat(html).contains("id=\"colourChart\"").contains("echarts.min.js").contains("health-overview.js")
                .contains("今日申报率：今天（北京时间）已提交健康申报的在职员工人数");
    }

    @Test
    void everyTextOfThePageExistsInBothLanguages() throws Exception {
        GxqUser admin = fixtures.zoneAdmin(ZONE);
        GxqUser ministry = fixtures.ministry();
        for (String lang : List.of("zh-CN", "en")) {
            assertThat(page(admin, "?lang=" + lang)).doesNotContain("??");
            assertThat(page(ministry, "?lang=" + lang)).doesNotContain("??");
        }
        assertThat(page(admin, "?lang=en")).contains("Declaration rate today", "No status yet", "60.0%");
    }

    @Test
    void enterpriseTableSortsByRateAndByRed() throws Exception {
        GxqUser staff = fixtures.zoneStaff(ZONE);
        String byRate = page(staff, "?sort=rate");
        assertThat(Html.indexOf(byRate, nameC)).isLessThan(Html.indexOf(byRate, nameA));
        assertThat(Html.indexOf(byRate, nameA)).isLessThan(Html.indexOf(byRate, nameB));
        String byRateDesc = page(staff, "?sort=-rate");
        assertThat(Html.indexOf(byRateDesc, nameB)).isLessThan(Html.indexOf(byRateDesc, nameA));
        assertThat(Html.indexOf(byRateDesc, nameA)).isLessThan(Html.indexOf(byRateDesc, nameC));
        String byRed = page(staff, "?sort=red");
        assertThat(Html.indexOf(byRed, nameC)).isLessThan(Html.indexOf(byRed, nameA));
        assertThat(Html.indexOf(byRed, nameA)).isLessThan(Html.indexOf(byRed, nameB));
    }

    @Test
    void enterpriseAdminSeesOnlyTheirEnterprise() throws Exception {
        String html = page(fixtures.enterpriseAdmin(entA), "");
        assertTotals(html, "5", "1", "1", "1", "2", "3", "60.0%");
        assertThat(html).doesNotContain(nameB).doesNotContain(nameC);
        assertThat(status(fixtures.enterpriseAdmin(entA), "/health/overview?zone=" + OTHER_ZONE)).isEqualTo(404);
    }

    @Test
    void ministrySeesZonesAsATableAndAZoneWithItsEnterprises() throws Exception {
        GxqUser ministry = fixtures.ministry();
        String all = page(ministry, "");
        assertThat(Html.rowCells(all, "data-zone", ZONE).get(1)).isEqualTo("10");
        assertThat(Html.rowCells(all, "data-zone", ZONE)).endsWith("3", "2", "3", "2", "6", "60.0%");
        assertThat(Html.rowCells(all, "data-zone", OTHER_ZONE).subList(1, 8)).containsExactly("1", "0", "0", "1", "0", "1", "100.0%");
        assertThat(all).doesNotContain("王一").doesNotContain("/health/alerts?");
        String one = page(ministry, "?zone=" + ZONE);
        assertTotals(one, "10", "3", "2", "3", "2", "6", "60.0%");
        assertThat(Html.rowCells(one, "data-enterprise", entC)).containsExactly(nameC, "3", "0", "1", "2", "0", "1", "33.3%");
        assertThat(status(ministry, "/health/overview?zone=999")).isEqualTo(404);
    }

    @Test
    void anotherZoneIsNotFoundAndOtherRolesAreForbidden() throws Exception {
        assertThat(status(fixtures.zoneAdmin(OTHER_ZONE), "/health/overview?zone=" + ZONE)).isEqualTo(404);
        assertThat(status(fixtures.zoneAdmin(OTHER_ZONE), "/health/overview/enterprises.xlsx?zone=" + ZONE)).isEqualTo(404);
        String otherZone = page(fixtures.zoneAdmin(OTHER_ZONE), "");
        assertThat(otherZone).doesNotContain(nameA);
        assertTotals(otherZone, "1", "0", "0", "1", "0", "1", "100.0%");
        long employee = fixtures.employee(fixtures.enterprise(174), "临时"); // its account only; zone 174 is counted nowhere
        for (GxqUser u : List.of(fixtures.employeeAccount(employee), fixtures.account(Role.GATE_GUARD, ZONE, null, null),
                fixtures.account(Role.SERVICE_PROVIDER, ZONE, null, null))) {
            assertThat(status(u, "/health/overview")).as("%s", u.role()).isEqualTo(403);
            assertThat(status(u, "/health/overview/enterprises.xlsx")).as("%s", u.role()).isEqualTo(403);
        }
    }

    @Test
    void badSortOrZoneAnswers400WithAMessageInTheUsersLanguage() throws Exception {
        GxqUser admin = fixtures.zoneAdmin(ZONE);
        var zh = mvc.perform(get("/health/overview").param("sort", "drop table").with(as(admin))).andReturn().getResponse();
        assertThat(zh.getStatus()).isEqualTo(400);
        assertThat(zh.getContentAsString()).contains("排序方式“drop table”无效");
        var en = mvc.perform(get("/health/overview").param("sort", "x").param("lang", "en").with(as(admin))).andReturn().getResponse();
        assertThat(en.getStatus()).isEqualTo(400);
        assertThat(en.getContentAsString()).contains("Sort order &quot;x&quot; is not valid; use rate, -rate, red or name.");
        assertThat(status(admin, "/health/overview?zone=abc")).isEqualTo(400);
        assertThat(status(admin, "/health/overview?page=abc")).isEqualTo(400);
        var ministryExport = mvc.perform(get("/health/overview/enterprises.xlsx").with(as(fixtures.ministry()))).andReturn().getResponse();
        assertThat(ministryExport.getStatus()).isEqualTo(400);
        assertThat(ministryExport.getContentAsString()).contains("请先选择一个高新区再导出");
    }

    @Test
    void exportHasEveryEnterpriseRowWithTheSameFiguresAndIsAudited() throws Exception {
        GxqUser admin = fixtures.zoneAdmin(ZONE);
        var response = mvc.perform(get("/health/overview/enterprises.xlsx").param("sort", "rate").with(as(admin)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith(OverviewController.XLSX);
        assertThat(response.getHeader("Content-Disposition")).contains("attachment");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("企业");
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("今日申报率");
            assertThat(cells(sheet.getRow(1))).containsExactly(nameC, 3.0, 0.0, 1.0, 2.0, 0.0, 1.0);
            assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(cells(sheet.getRow(2))).containsExactly(nameA, 5.0, 1.0, 1.0, 1.0, 2.0, 3.0);
            assertThat(cells(sheet.getRow(3))).containsExactly(nameB, 2.0, 2.0, 0.0, 0.0, 0.0, 2.0);
            assertThat(sheet.getRow(3).getCell(7).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getRow(4)).isNull(); // then a blank line and the note
        }
        assertThat(db.sql("select count(*) from audit_log where action = 'HEALTH_OVERVIEW_EXPORT' and actor_id = :u")
                .param("u", admin.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theEnterpriseTableIsPagedByFifty() throws Exception {
        long zone = 174; // besides these, only the single employees of anotherZoneIsNotFound... live here
        java.util.Set<Long> mine = new java.util.HashSet<>();
        for (int i = 0; i < OverviewController.PAGE + 1; i++) {
            long ent = fixtures.enterprise(zone);
            fixtures.employee(ent, "员工" + i);
            mine.add(ent);
        }
        GxqUser admin = fixtures.zoneAdmin(zone);
        List<Long> first = enterpriseIds(page(admin, "?sort=name&page=0"));
        List<Long> second = enterpriseIds(page(admin, "?sort=name&page=1"));
        assertThat(first).hasSize(OverviewController.PAGE);
        assertThat(second).isNotEmpty().doesNotContainAnyElementsOf(first);
        java.util.Set<Long> both = new java.util.HashSet<>(first);
        both.addAll(second);
        assertThat(both).containsAll(mine);
    }

    private static List<Long> enterpriseIds(String html) {
        List<Long> ids = new java.util.ArrayList<>();
        var m = java.util.regex.Pattern.compile("data-enterprise=\"(\\d+)\"").matcher(html);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    @Test
    void homeTilesShowTheZonesRedYellowAndRate() throws Exception {
        String home = mvc.perform(get("/").with(as(fixtures.zoneStaff(ZONE)))).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("待确认健康预警").contains("今日健康申报率").contains("60.0%");
        String ent = mvc.perform(get("/").with(as(fixtures.enterpriseAdmin(entB)))).andReturn().getResponse().getContentAsString();
        assertThat(ent).contains("今日健康申报率").contains("100.0%");
        String ministry = mvc.perform(get("/").with(as(fixtures.ministry()))).andReturn().getResponse().getContentAsString();
        assertThat(ministry).doesNotContain("待确认健康预警");
    }

    private static List<Object> cells(Row row) {
        List<Object> out = new java.util.ArrayList<>();
        out.add(row.getCell(0).getStringCellValue());
        for (int i = 1; i <= 6; i++) {
            out.add(row.getCell(i).getNumericCellValue());
        }
        return out;
    }

    private int status(GxqUser user, String path) throws Exception {
        return mvc.perform(get(path).with(as(user))).andReturn().getResponse().getStatus();
    }
}
