package gxq.resumption;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import gxq.account.GxqUser;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/** The zone's day as .xlsx, reminders to enterprises that have not reported, and the home tiles. Zones 123–129. */
@IntegrationTest
@Tag("db")
class DailyExportAndRemindersTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired @Qualifier("healthClock") Clock clock;

    long enterpriseWithStaff(long zone, String name, int staff) {
        long ent = fixtures.enterprise(zone, name, "ACTIVE");
        for (int i = 0; i < staff; i++) {
            fixtures.employee(ent, "员工" + i);
        }
        return ent;
    }

    ResultActions report(GxqUser admin, String onDuty, String remote, String quarantine, String notReturned,
            String capacity) throws Exception {
        return mvc.perform(post("/resumption/daily").with(csrf()).with(as(admin)).param("onDuty", onDuty)
                .param("remote", remote).param("quarantine", quarantine).param("notReturned", notReturned)
                .param("capacity", capacity));
    }

    ResultActions remind(GxqUser user, long enterprise) throws Exception {
        return mvc.perform(post("/resumption/daily/zone/remind/" + enterprise).with(csrf()).with(as(user)));
    }

    long count(String sql, Object p) {
        return db.sql(sql).param("p", p).query(Long.class).single();
    }

    long reminders(long enterprise) {
        return count("select count(*) from resumption_daily_reminder where enterprise_id = :p", enterprise);
    }

    long remindAudits(long enterprise) {
        return count("select count(*) from audit_log where action = 'RESUMPTION_DAILY_REMIND' and enterprise_id = :p",
                enterprise);
    }

    String html(GxqUser user, String path) throws Exception {
        return mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    static String byId(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\">([^<]*)<").matcher(html);
        assertThat(m.find()).as(id).isTrue();
        return m.group(1);
    }

    /** The value of the home tile with this label, or null when there is none. */
    static String tile(String html, String label) {
        Matcher m = Pattern.compile("<div class=\"tile-value\">([^<]*)</div>\\s*<div class=\"text-muted small\">"
                + Pattern.quote(label) + "</div>").matcher(html);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void zoneDayExportHasTheRowsSumsAndRateOfThePage() throws Exception {
        long zone = 123;
        String tag = "导出" + Fixtures.next();
        long a = enterpriseWithStaff(zone, tag + "甲", 4);
        long b = enterpriseWithStaff(zone, tag + "乙", 5);
        long c = enterpriseWithStaff(zone, tag + "丙", 2);
        long elsewhere = enterpriseWithStaff(124, tag + "外区", 3);
        report(fixtures.enterpriseAdmin(a), "3", "1", "0", "0", "90").andExpect(status().is3xxRedirection());
        report(fixtures.enterpriseAdmin(b), "2", "0", "1", "2", "40").andExpect(status().is3xxRedirection());
        report(fixtures.enterpriseAdmin(elsewhere), "3", "0", "0", "0", "100").andExpect(status().is3xxRedirection());
        var staff = fixtures.zoneStaff(zone);
        String page = html(staff, "/resumption/daily/zone");
        assertThat(page).contains("/resumption/daily/zone.xlsx?day=" + LocalDate.now(clock));

        var answer = mvc.perform(get("/resumption/daily/zone.xlsx").with(as(staff))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(answer))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter();
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).containsExactly("企业", "上报情况", "在职员工总数", "在岗人数", "远程办公人数", "隔离观察人数",
                    "未返岗人数", "产能利用率（%）");
            assertThat(wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            // every active enterprise of the zone, in the page's order, and nobody else's
            List<String> names = new ArrayList<>();
            Row sums = null;
            Row rate = null;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row == null || row.getCell(0) == null) {
                    continue;
                }
                String first = row.getCell(0).getStringCellValue();
                if (first.equals("合计")) {
                    sums = row;
                } else if (first.equals("复岗率")) {
                    rate = row;
                } else if (sums == null) {
                    names.add(first);
                    assertThat(page).contains(">" + first + "<");
                }
            }
            List<String> pageOrder = new ArrayList<>();
            Matcher m = Pattern.compile("data-enterprise=\"\\d+\">\\s*<td><a [^>]*>([^<]*)</a>").matcher(page);
            while (m.find()) {
                pageOrder.add(m.group(1));
            }
            assertThat(names).isEqualTo(pageOrder).contains(tag + "甲", tag + "乙", tag + "丙")
                    .doesNotContain(tag + "外区");
            Row rowA = sheet.getRow(1 + names.indexOf(tag + "甲"));
            assertThat(fmt.formatCellValue(rowA.getCell(1))).isEqualTo("已上报");
            assertThat(List.of(2, 3, 4, 5, 6, 7).stream().map(i -> (int) rowA.getCell(i).getNumericCellValue()).toList())
                    .containsExactly(4, 3, 1, 0, 0, 90);
            Row rowC = sheet.getRow(1 + names.indexOf(tag + "丙"));
            assertThat(fmt.formatCellValue(rowC.getCell(1))).isEqualTo("未上报");
            assertThat(rowC.getCell(2)).isNull();

            assertThat(sums).isNotNull();
            assertThat((long) sums.getCell(2).getNumericCellValue()).isEqualTo(Long.parseLong(byId(page, "sumTotal")));
            assertThat((long) sums.getCell(3).getNumericCellValue()).isEqualTo(Long.parseLong(byId(page, "sumOnDuty")));
            assertThat((long) sums.getCell(4).getNumericCellValue()).isEqualTo(Long.parseLong(byId(page, "sumRemote")));
            assertThat((long) sums.getCell(5).getNumericCellValue())
                    .isEqualTo(Long.parseLong(byId(page, "sumQuarantine")));
            assertThat((long) sums.getCell(6).getNumericCellValue())
                    .isEqualTo(Long.parseLong(byId(page, "sumNotReturned")));
            assertThat(fmt.formatCellValue(sums.getCell(1))).isEqualTo(byId(page, "reportedCount"));
            // hand-computed for this zone: 3 + 2 on duty of 4 + 5 staff
            assertThat(byId(page, "sumTotal")).isEqualTo("9");
            assertThat(rate).isNotNull();
            assertThat(fmt.formatCellValue(rate.getCell(1))).isEqualTo(byId(page, "rate")).isEqualTo("55.6%");
        }

        String yesterday = LocalDate.now(clock).minusDays(1).toString();
        var old = mvc.perform(get("/resumption/daily/zone.xlsx").param("day", yesterday).with(as(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(old))) {
            Sheet sheet = wb.getSheetAt(0);
            boolean dash = false;
            for (Row row : sheet) {
                if (row.getCell(0) != null && "复岗率".equals(row.getCell(0).getStringCellValue())) {
                    dash = "—".equals(row.getCell(1).getStringCellValue());
                }
            }
            assertThat(dash).isTrue();
        }
        mvc.perform(get("/resumption/daily/zone.xlsx").param("day", "2020-02-31").with(as(staff)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("日期“2020-02-31”无效")));
        String today = LocalDate.now(clock).toString();
        for (String day : new String[] {"+999999999-12-31", "-999999999-01-01", "0001-01-01", "9999-12-31",
                "+5874898-01-01", "1999-12-31", LocalDate.now(clock).plusDays(1).toString()}) {
            mvc.perform(get("/resumption/daily/zone.xlsx").param("day", day).with(as(staff)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("日期“" + day + "”超出范围，只能导出 2000-01-01 至 " + today)));
        }
        mvc.perform(get("/resumption/daily/zone.xlsx").param("day", "9999-12-31").param("lang", "en").with(as(staff)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The date &quot;9999-12-31&quot; is out of range")));
        mvc.perform(get("/resumption/daily/zone.xlsx").param("day", "2000-01-01").with(as(staff)))
                .andExpect(status().isOk());
        mvc.perform(get("/resumption/daily/zone.xlsx").with(as(fixtures.ministry()))).andExpect(status().isForbidden());
        mvc.perform(get("/resumption/daily/zone.xlsx").with(as(fixtures.enterpriseAdmin(a))))
                .andExpect(status().isForbidden());
    }

    @Test
    void zoneRemindsOnceADayAndTheEnterpriseSeesItUntilItReports() throws Exception {
        long zone = 125;
        long ent = enterpriseWithStaff(zone, "提醒测试" + Fixtures.next(), 3);
        var staff = fixtures.zoneStaff(zone);
        var admin = fixtures.enterpriseAdmin(ent);
        assertThat(html(staff, "/resumption/daily/zone")).contains("/resumption/daily/zone/remind/" + ent);

        remind(staff, ent).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "resumption.daily.remind.sent"));
        remind(fixtures.zoneAdmin(zone), ent).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashWarning", "resumption.daily.remind.already"));
        assertThat(reminders(ent)).isEqualTo(1);
        assertThat(remindAudits(ent)).isEqualTo(1);
        assertThat(count("select zone_id from audit_log where action = 'RESUMPTION_DAILY_REMIND' and enterprise_id = :p",
                ent)).isEqualTo(zone);
        String zonePage = html(staff, "/resumption/daily/zone?status=notReported");
        assertThat(zonePage).contains("data-enterprise=\"" + ent + "\"").contains(staff.displayName() + " 已于")
                .doesNotContain("/resumption/daily/zone/remind/" + ent);

        String daily = html(admin, "/resumption/daily");
        assertThat(daily).contains("园区 " + staff.displayName() + " 于").contains("提醒您上报今日复工日报");
        String home = html(admin, "/");
        assertThat(tile(home, "复工日报催报")).startsWith(staff.displayName());
        assertThat(tile(home, "今日复工日报")).isEqualTo("未上报");

        report(admin, "1", "1", "0", "0", "50").andExpect(status().is3xxRedirection());
        assertThat(html(admin, "/resumption/daily")).doesNotContain("提醒您上报今日复工日报");
        home = html(admin, "/");
        assertThat(tile(home, "复工日报催报")).isNull();
        assertThat(tile(home, "今日复工日报")).isEqualTo("已上报");
        remind(staff, ent).andExpect(flash().attribute("flashWarning", "resumption.daily.remind.reported"));
        assertThat(html(staff, "/resumption/daily/zone?status=notReported"))
                .doesNotContain("data-enterprise=\"" + ent + "\"");
        assertThat(html(staff, "/resumption/daily/zone?status=reported")).contains("data-enterprise=\"" + ent + "\"");

        // roles and tenants
        long other = enterpriseWithStaff(zone, "提醒测试" + Fixtures.next(), 1);
        remind(fixtures.zoneAdmin(126), other).andExpect(status().isNotFound());
        remind(fixtures.zoneStaff(126), other).andExpect(status().isNotFound());
        remind(admin, other).andExpect(status().isForbidden());
        remind(fixtures.ministry(), other).andExpect(status().isForbidden());
        mvc.perform(post("/resumption/daily/zone/remind-all").with(csrf()).with(as(admin)))
                .andExpect(status().isForbidden());
        long pending = fixtures.enterprise(zone, "待审核" + Fixtures.next(), "PENDING");
        remind(staff, pending).andExpect(status().isNotFound());
        assertThat(reminders(other)).isZero();
        assertThat(reminders(pending)).isZero();
        mvc.perform(post("/resumption/daily/zone/remind/" + other).with(as(staff))).andExpect(status().isForbidden());
        assertThat(reminders(other)).isZero();
    }

    @Test
    void remindAllSkipsReportedAndAlreadyRemindedEnterprises() throws Exception {
        long zone = 127;
        long reported = enterpriseWithStaff(zone, "全体提醒" + Fixtures.next(), 2);
        long reminded = enterpriseWithStaff(zone, "全体提醒" + Fixtures.next(), 2);
        long silent = enterpriseWithStaff(zone, "全体提醒" + Fixtures.next(), 2);
        report(fixtures.enterpriseAdmin(reported), "1", "0", "0", "0", "10").andExpect(status().is3xxRedirection());
        var staff = fixtures.zoneStaff(zone);
        remind(staff, reminded).andExpect(status().is3xxRedirection());
        long before = count("select count(*) from resumption_daily_reminder where zone_id = :p", zone);
        long open = 1; // zone 127 is this test's only: just the silent enterprise
        assertThat(html(staff, "/resumption/daily/zone")).contains("id=\"remindAll\"");
        mvc.perform(post("/resumption/daily/zone/remind-all").with(csrf()).with(as(staff)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("remindedAll", (int) open));
        assertThat(reminders(silent)).isEqualTo(1);
        assertThat(reminders(reminded)).isEqualTo(1);
        assertThat(reminders(reported)).isZero();
        assertThat(remindAudits(silent)).isEqualTo(1);
        assertThat(remindAudits(reminded)).isEqualTo(1);
        assertThat(count("select count(*) from resumption_daily_reminder where zone_id = :p", zone))
                .isEqualTo(before + open);
        mvc.perform(post("/resumption/daily/zone/remind-all").with(csrf()).with(as(fixtures.zoneAdmin(zone))))
                .andExpect(flash().attribute("remindedAll", 0));
        mvc.perform(get("/resumption/daily/zone").with(as(staff)))
                .andExpect(content().string(not(containsString("id=\"remindAll\""))));
    }

    @Test
    void concurrentRemindersToOneEnterpriseRecordOneReminderAndOneAuditLine() throws Exception {
        long zone = 128;
        long ent = enterpriseWithStaff(zone, "并发提醒" + Fixtures.next(), 1);
        List<GxqUser> users = List.of(fixtures.zoneStaff(zone), fixtures.zoneAdmin(zone));
        int threads = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                GxqUser u = users.get(i % 2);
                boolean all = i % 3 == 0;
                Callable<Integer> call = () -> {
                    start.await();
                    var req = all ? post("/resumption/daily/zone/remind-all") : post("/resumption/daily/zone/remind/" + ent);
                    return mvc.perform(req.with(csrf()).with(as(u))).andReturn().getResponse().getStatus();
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            for (Future<Integer> f : answers) {
                assertThat(f.get()).isEqualTo(302);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(reminders(ent)).isEqualTo(1);
        assertThat(remindAudits(ent)).isEqualTo(1);
    }

    @Test
    void zoneTileCountsTheEnterprisesThatHaveNotReportedToday() throws Exception {
        long zone = 129;
        var staff = fixtures.zoneStaff(zone);
        long before = Long.parseLong(tile(html(staff, "/"), "今日未报复工日报企业"));
        long a = enterpriseWithStaff(zone, "磁贴" + Fixtures.next(), 2);
        enterpriseWithStaff(zone, "磁贴" + Fixtures.next(), 2);
        fixtures.enterprise(zone, "磁贴待审" + Fixtures.next(), "PENDING");
        enterpriseWithStaff(124, "磁贴外区" + Fixtures.next(), 1);
        assertThat(tile(html(staff, "/"), "今日未报复工日报企业")).isEqualTo(String.valueOf(before + 2));
        report(fixtures.enterpriseAdmin(a), "2", "0", "0", "0", "80").andExpect(status().is3xxRedirection());
        String home = html(staff, "/");
        assertThat(tile(home, "今日未报复工日报企业")).isEqualTo(String.valueOf(before + 1));
        assertThat(home).contains("/resumption/daily/zone?status=notReported");
        assertThat(tile(html(fixtures.enterpriseAdmin(a), "/"), "今日复工日报")).isEqualTo("已上报");
        assertThat(tile(html(fixtures.ministry(), "/"), "今日未报复工日报企业")).isNull();
    }
}
