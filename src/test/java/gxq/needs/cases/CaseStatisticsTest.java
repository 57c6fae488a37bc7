package gxq.needs.cases;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
import gxq.needs.NeedStatistics;
import gxq.needs.ZoneNeedFigures;
import gxq.testing.IntegrationTest;

/**
 * Figures against hand-computed ones, on cases written with fixed times in March 2025 (Asia/Shanghai) in zone 12,
 * which no other test uses; the page, the ministry's view by zone, the .xlsx and {@link NeedStatistics}.
 */
@IntegrationTest
@Tag("db")
class CaseStatisticsTest {

    static final long ZONE = 12;
    static final LocalDate FROM = LocalDate.of(2025, 3, 1);
    static final LocalDate TO = LocalDate.of(2025, 3, 31);
    static final ZoneOffset CST = ZoneOffset.ofHours(8);

    @Autowired MockMvc mvc;
    @Autowired gxq.testing.Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired NeedStatistics statistics;

    static boolean written;

    static OffsetDateTime at(int month, int day, int hour, int minute) {
        return OffsetDateTime.of(2025, month, day, hour, minute, 0, 0, CST).withOffsetSameInstant(ZoneOffset.UTC);
    }

    void write(long ent, String category, String state, OffsetDateTime raised, OffsetDateTime solved,
            OffsetDateTime escalated, OffsetDateTime confirmed, Integer rating, OffsetDateTime due) {
        db.sql("""
                insert into need_case (zone_id, enterprise_id, category, urgency, title, details, state, due_at,
                    raised_by, raised_at, solved_at, solved_by_ministry, solution, escalated_at, confirmed_at, rating,
                    reopen_count, updated_at, version)
                values (:zone, :ent, :category, 'NORMAL', '统计用例', '统计', :state, :due, 1, :raised, :solved, false,
                    :solution, :escalated, :confirmed, :rating, 0, :raised, 0)
                """).param("zone", ZONE).param("ent", ent).param("category", category).param("state", state)
                .param("due", due).param("raised", raised).param("solved", solved)
                .param("solution", solved == null ? null : "答复").param("escalated", escalated)
                .param("confirmed", confirmed).param("rating", rating).update();
    }

    @BeforeEach
    void cases() {
        if (written || db.sql("select count(*) from need_case where zone_id = :z").param("z", ZONE).query(Long.class)
                .single() > 0) {
            written = true;
            return;
        }
        long ent = fixtures.enterprise(ZONE);
        // A: 10 h, confirmed ★5           B: 48 h, confirmed ★2
        write(ent, "FINANCING", "CONFIRMED", at(3, 2, 10, 0), at(3, 2, 20, 0), null, at(3, 3, 9, 0), 5, at(3, 9, 10, 0));
        write(ent, "FINANCING", "CONFIRMED", at(3, 5, 8, 0), at(3, 7, 8, 0), null, at(3, 8, 9, 0), 2, at(3, 12, 8, 0));
        // C: 6 h, awaiting confirmation   D: escalated, open, overdue   E: new, open, overdue
        write(ent, "LOGISTICS", "SOLVED", at(3, 10, 8, 0), at(3, 10, 14, 0), null, null, null, at(3, 11, 8, 0));
        write(ent, "STAFF_RETURN", "ESCALATED", at(3, 12, 8, 0), null, at(3, 13, 8, 0), null, null, at(3, 13, 8, 0));
        write(ent, "LOGISTICS", "NEW", at(3, 15, 8, 0), null, null, null, null, at(3, 16, 8, 0));
        // F: raised before the period, solved in it (48 h), confirmed after it (★1 not counted)
        write(ent, "HIRING", "CONFIRMED", at(2, 27, 0, 30), at(3, 1, 0, 30), null, at(4, 2, 9, 0), 1, at(3, 6, 0, 30));
        // G: withdrawn      H: the period's last minutes      I: the next day in Beijing (still 31 March in UTC)
        write(ent, "OTHER", "WITHDRAWN", at(3, 20, 8, 0), null, null, null, null, at(3, 27, 8, 0));
        write(ent, "POLICY", "NEW", at(3, 31, 23, 30), null, null, null, null, at(4, 1, 23, 30));
        write(ent, "OTHER", "NEW", at(4, 1, 0, 10), null, null, null, null, at(4, 8, 0, 10));
        written = true;
    }

    @Test
    void zoneFiguresMatchTheHandComputedOnes() {
        ZoneNeedFigures f = statistics.ofZone(ZONE, FROM, TO);
        assertThat(f).isEqualTo(new ZoneNeedFigures(ZONE, 7, 4, 3, 3, 1, 2, 3.5));
        assertThat(statistics.allZones(FROM, TO)).contains(f);
        assertThat(statistics.ofZone(ZONE, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 1)))
                .isEqualTo(new ZoneNeedFigures(ZONE, 1, 0, 1, 1, 0, 0, null));
        assertThat(statistics.ofZone(ZONE, LocalDate.of(2025, 4, 2), LocalDate.of(2025, 4, 2)))
                .isEqualTo(new ZoneNeedFigures(ZONE, 0, 0, 0, 0, 0, 1, 1.0));
        assertThat(statistics.ofZone(13, FROM, TO)).isEqualTo(new ZoneNeedFigures(13, 0, 0, 0, 0, 0, 0, null));
        assertThatThrownBy(() -> statistics.ofZone(ZONE, TO, FROM)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> statistics.allZones(LocalDate.of(1999, 12, 31), TO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePageShowsCountsTimesAndSatisfaction() throws Exception {
        GxqUser staff = fixtures.zoneStaff(ZONE);
        mvc.perform(get("/needs/stats").param("from", "2025-03-01").param("to", "2025-03-31").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"raised\">7<")))
                .andExpect(content().string(containsString("id=\"solved\">4<")))
                .andExpect(content().string(containsString("平均 28.0，中位数 29.0")))
                .andExpect(content().string(containsString("id=\"averageRating\">3.5<")))
                .andExpect(content().string(containsString("data-stars=\"2\">1<")))
                .andExpect(content().string(containsString("data-stars=\"5\">1<")))
                .andExpect(content().string(containsString("data-stars=\"1\">0<")));
        GxqUser ministry = fixtures.ministry();
        mvc.perform(get("/needs/stats").param("from", "2025-03-01").param("to", "2025-03-31").with(as(ministry)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-zone=\"12\"")));
    }

    @Test
    void theXlsxHoldsTheSameFigures() throws Exception {
        GxqUser staff = fixtures.zoneStaff(ZONE);
        byte[] bytes = mvc.perform(get("/needs/stats.xlsx").param("from", "2025-03-01").param("to", "2025-03-31")
                .with(as(staff))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            DataFormatter fmt = new DataFormatter();
            Sheet cat = wb.getSheet("按类别和状态");
            Row header = cat.getRow(0);
            int confirmed = -1;
            int solved = -1;
            for (int i = 0; i < header.getLastCellNum(); i++) {
                String h = fmt.formatCellValue(header.getCell(i));
                if (h.equals("已确认")) {
                    confirmed = i;
                }
                if (h.equals("已答复待确认")) {
                    solved = i;
                }
            }
            Row financing = row(cat, "融资", fmt);
            assertThat(fmt.formatCellValue(financing.getCell(confirmed))).isEqualTo("2");
            assertThat(fmt.formatCellValue(row(cat, "物流配送", fmt).getCell(solved))).isEqualTo("1");
            assertThat(fmt.formatCellValue(row(cat, "合计", fmt).getCell(header.getLastCellNum() - 1))).isEqualTo("7");
            Sheet sum = wb.getSheet("汇总");
            assertThat(fmt.formatCellValue(row(sum, "解决", fmt).getCell(1))).isEqualTo("4");
            assertThat(fmt.formatCellValue(row(sum, "用时中位数（小时）", fmt).getCell(1))).isEqualTo("29.0");
            assertThat(fmt.formatCellValue(row(sum, "平均满意度", fmt).getCell(1))).isEqualTo("3.5");
            assertThat(fmt.formatCellValue(row(sum, "5 分", fmt).getCell(1))).isEqualTo("1");
            assertThat(wb.getSheet("按高新区")).as("a zone's export has no sheet by zone").isNull();
        }
    }

    static Row row(Sheet s, String first, DataFormatter fmt) {
        for (Row r : s) {
            if (first.equals(fmt.formatCellValue(r.getCell(0)))) {
                return r;
            }
        }
        throw new AssertionError("no row " + first);
    }

    @Test
    void absurdPeriodsAnswer4xxWithTheMessage() throws Exception {
        GxqUser staff = fixtures.zoneStaff(ZONE);
        mvc.perform(get("/needs/stats").param("from", "+999999999-12-31").with(as(staff))).andExpect(status().is(422))
                .andExpect(content().string(containsString("超出 2000-01-01 至 2099-12-31 的范围")));
        mvc.perform(get("/needs/stats").param("to", "abc").with(as(staff))).andExpect(status().is(422))
                .andExpect(content().string(containsString("日期“abc”无效，请按 年-月-日 填写")));
        mvc.perform(get("/needs/stats").param("from", "0001-01-01").with(as(staff))).andExpect(status().is(422))
                .andExpect(content().string(containsString("超出 2000-01-01 至 2099-12-31 的范围")));
        mvc.perform(get("/needs/stats").param("from", "2025-04-01").param("to", "2025-03-01").with(as(staff)))
                .andExpect(status().is(422)).andExpect(content().string(containsString("晚于结束日期")));
        mvc.perform(get("/needs/stats").param("from", "2025-02-30").param("lang", "en").with(as(staff)))
                .andExpect(status().is(422)).andExpect(content().string(containsString("is not valid")));
        mvc.perform(get("/needs/stats.xlsx").param("to", "9999-01-01").with(as(staff))).andExpect(status().isBadRequest());
    }
}
