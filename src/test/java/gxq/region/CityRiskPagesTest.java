package gxq.region;

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

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

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
 * Risk-area pages. Entries use dates in 2001–2003 and zones no other test uses, so they never change what other tests
 * see for today.
 */
@IntegrationTest
@Tag("db")
class CityRiskPagesTest {

    static final String DALIAN = "210200";
    static final String HANGZHOU = "330100";
    static final String SHENZHEN = "440300";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired CityRisks cityRisks;

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    Long idByNote(String note) {
        return db.sql("select id from city_risk where note = :n").param("n", note).query(Long.class).optional().orElse(null);
    }

    long add(GxqUser user, String city, String level, String from, String to, String note) throws Exception {
        mvc.perform(post("/risk-levels").with(csrf()).with(as(user)).param("city", city).param("level", level)
                        .param("validFrom", from).param("validTo", to).param("note", note))
                .andExpect(status().is3xxRedirection());
        return idByNote(note);
    }

    @Test
    void zoneAdminAddsAnEntryThatCityRisksAppliesOnlyWithinItsDates() throws Exception {
        long zone = 101;
        var admin = fixtures.zoneAdmin(zone);
        String note = "大连通报" + Fixtures.next();
        long id = add(admin, DALIAN, "HIGH", "2001-03-01", "2001-03-31", note);
        assertThat(db.sql("select zone_id from city_risk where id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(zone);
        assertThat(cityRisks.levelOn(zone, DALIAN, day("2001-03-15"))).isEqualTo(RiskLevel.HIGH);
        assertThat(cityRisks.levelOn(zone, DALIAN, day("2001-03-31"))).isEqualTo(RiskLevel.HIGH);
        assertThat(cityRisks.levelOn(zone, DALIAN, day("2001-04-01"))).isEqualTo(RiskLevel.LOW);
        assertThat(cityRisks.levelOn(zone, DALIAN, day("2001-02-28"))).isEqualTo(RiskLevel.LOW);
        assertThat(cityRisks.levelOn(102, DALIAN, day("2001-03-15"))).isEqualTo(RiskLevel.LOW);
        assertThat(db.sql("select count(*) from audit_log where action = 'CITY_RISK_SET' and target_id = :id and zone_id = :z")
                .param("id", String.valueOf(id)).param("z", zone).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/risk-levels").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString(note)))
                .andExpect(content().string(containsString("高风险")));
    }

    @Test
    void badInputAnswers422AndKeepsWhatWasTyped() throws Exception {
        var admin = fixtures.zoneAdmin(103);
        String note = "日期有误" + Fixtures.next();
        mvc.perform(post("/risk-levels").with(csrf()).with(as(admin)).param("city", DALIAN).param("level", "MEDIUM")
                        .param("validFrom", "2001-05-10").param("validTo", "2001-05-01").param("note", note))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("结束日期不能早于开始日期")))
                .andExpect(content().string(containsString("value=\"" + note + "\"")))
                .andExpect(content().string(containsString("value=\"2001-05-01\"")));
        mvc.perform(post("/risk-levels").with(csrf()).with(as(admin)).param("city", "999999").param("level", "")
                        .param("validFrom", "2001-02-30").param("note", note))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("请填写风险等级")))
                .andExpect(content().string(containsString("日期“2001-02-30”无效")));
        assertThat(idByNote(note)).isNull();
    }

    @Test
    void anotherZonesEntriesAreInvisibleAndAnswer404() throws Exception {
        var adminA = fixtures.zoneAdmin(104);
        var adminB = fixtures.zoneAdmin(105);
        String note = "乙区记录" + Fixtures.next();
        long id = add(adminB, HANGZHOU, "HIGH", "2001-06-01", "", note);
        mvc.perform(get("/risk-levels").with(as(adminA))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(note))));
        mvc.perform(get("/risk-levels/" + id + "/edit").with(as(adminA))).andExpect(status().isNotFound());
        mvc.perform(post("/risk-levels/" + id + "/edit").with(csrf()).with(as(adminA)).param("city", HANGZHOU)
                .param("level", "LOW").param("validFrom", "2001-06-01").param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/risk-levels/" + id + "/end").with(csrf()).with(as(adminA)).param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/risk-levels/" + id + "/edit").with(as(fixtures.zoneStaff(104)))).andExpect(status().isForbidden());
        assertThat(cityRisks.levelOn(104, HANGZHOU, day("2001-06-02"))).isEqualTo(RiskLevel.LOW);
        assertThat(cityRisks.levelOn(105, HANGZHOU, day("2001-06-02"))).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void nationalEntryAppliesToEveryZoneUnlessTheZoneOverridesIt() throws Exception {
        var ministry = fixtures.ministry();
        String note = "全国通报" + Fixtures.next();
        long id = add(ministry, SHENZHEN, "MEDIUM", "2002-05-01", "2002-05-31", note);
        assertThat(db.sql("select count(*) from city_risk where id = :id and zone_id is null").param("id", id)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(cityRisks.levelOn(106, SHENZHEN, day("2002-05-10"))).isEqualTo(RiskLevel.MEDIUM);
        assertThat(cityRisks.levelOn(107, SHENZHEN, day("2002-05-10"))).isEqualTo(RiskLevel.MEDIUM);

        var admin = fixtures.zoneAdmin(107);
        add(admin, SHENZHEN, "LOW", "2002-05-05", "2002-05-20", "本区下调" + Fixtures.next());
        assertThat(cityRisks.levelOn(107, SHENZHEN, day("2002-05-10"))).isEqualTo(RiskLevel.LOW);
        assertThat(cityRisks.levelOn(107, SHENZHEN, day("2002-05-25"))).isEqualTo(RiskLevel.MEDIUM);
        assertThat(cityRisks.levelOn(106, SHENZHEN, day("2002-05-10"))).isEqualTo(RiskLevel.MEDIUM);

        // The zone sees the national entry, marked, but may not change it.
        mvc.perform(get("/risk-levels").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString(note)))
                .andExpect(content().string(containsString("全国统一")));
        mvc.perform(get("/risk-levels/" + id + "/edit").with(as(admin))).andExpect(status().isForbidden());
        // The ministry's default list shows national entries; the zone filter shows that zone's own.
        mvc.perform(get("/risk-levels").with(as(ministry))).andExpect(status().isOk())
                .andExpect(content().string(containsString(note)));
        mvc.perform(get("/risk-levels").param("zone", "107").with(as(ministry))).andExpect(status().isOk())
                .andExpect(content().string(containsString("本区下调")))
                .andExpect(content().string(not(containsString(note))));
    }

    @Test
    void editUsesOptimisticLockingAndEndStopsTheEntry() throws Exception {
        long zone = 108;
        var admin = fixtures.zoneAdmin(zone);
        String note = "锁定" + Fixtures.next();
        long id = add(admin, DALIAN, "MEDIUM", "2003-01-01", "", note);
        mvc.perform(get("/risk-levels/" + id + "/edit").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(post("/risk-levels/" + id + "/edit").with(csrf()).with(as(admin)).param("city", DALIAN)
                        .param("level", "HIGH").param("validFrom", "2003-01-01").param("note", note).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(cityRisks.levelOn(zone, DALIAN, day("2003-02-01"))).isEqualTo(RiskLevel.HIGH);
        mvc.perform(post("/risk-levels/" + id + "/edit").with(csrf()).with(as(admin)).param("city", DALIAN)
                        .param("level", "LOW").param("validFrom", "2003-01-01").param("note", note).param("version", "0"))
                .andExpect(status().isConflict());
        assertThat(cityRisks.levelOn(zone, DALIAN, day("2003-02-01"))).isEqualTo(RiskLevel.HIGH);

        mvc.perform(post("/risk-levels/" + id + "/end").with(csrf()).with(as(admin)).param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flashWarning", "region.risk.conflict"));
        assertThat(cityRisks.levelOn(zone, DALIAN, day("2003-02-01"))).isEqualTo(RiskLevel.HIGH);
        mvc.perform(post("/risk-levels/" + id + "/end").with(csrf()).with(as(admin)).param("version", "1"))
                .andExpect(status().is3xxRedirection());
        LocalDate to = db.sql("select valid_to from city_risk where id = :id").param("id", id).query(LocalDate.class).single();
        assertThat(to).isBefore(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
        assertThat(db.sql("select count(*) from audit_log where action = 'CITY_RISK_SET' and target_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void importOfAMixedCsvAppliesValidRowsAndReportsEachRejectedOne() throws Exception {
        long zone = 109;
        var admin = fixtures.zoneAdmin(zone);
        String tag = "导入" + Fixtures.next();
        String csv = "\uFEFF城市代码/城市名称,风险等级,开始日期,结束日期,备注\n"
                + "210200,高,2002-07-01,2002-07-31," + tag + "a\n"
                + "杭州市,MEDIUM,2002/7/1,," + tag + "b\n"
                + "\n"
                + "999999,高,2002-07-01,,x\n"
                + "深圳市,紧急,2002-13-01,,y\n"
                + "440300,低,2002-07-10,2002-07-01,z\n";
        mvc.perform(multipart("/risk-levels/import").file(new MockMultipartFile("file", "risks.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已导入 2 行，未导入 3 行。")))
                .andExpect(content().string(containsString("未找到城市“999999”")))
                .andExpect(content().string(containsString("风险等级“紧急”无效")))
                .andExpect(content().string(containsString("日期“2002-13-01”无效")))
                .andExpect(content().string(containsString("结束日期不能早于开始日期")));
        assertThat(db.sql("select count(*) from city_risk where zone_id = :z").param("z", zone).query(Long.class).single())
                .isEqualTo(2);
        assertThat(cityRisks.levelOn(zone, DALIAN, day("2002-07-15"))).isEqualTo(RiskLevel.HIGH);
        assertThat(cityRisks.levelOn(zone, HANGZHOU, day("2002-09-01"))).isEqualTo(RiskLevel.MEDIUM);
        assertThat(db.sql("select count(*) from audit_log where action = 'CITY_RISK_IMPORT' and zone_id = :z")
                .param("z", zone).query(Long.class).single()).isEqualTo(1);

        // In English the reasons are English.
        mvc.perform(multipart("/risk-levels/import").file(new MockMultipartFile("file", "risks.csv", "text/csv",
                        "城市代码/城市名称,风险等级,开始日期\n999999,高,2002-07-01\n".getBytes(StandardCharsets.UTF_8)))
                        .param("lang", "en").with(csrf()).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("not found; give the 6-digit city code")));
    }

    @Test
    void unreadableFileAppliesNothing() throws Exception {
        long zone = 110;
        var admin = fixtures.zoneAdmin(zone);
        mvc.perform(multipart("/risk-levels/import").file(new MockMultipartFile("file", "risks.csv", "text/csv",
                        "城市,备注\n210200,x\n".getBytes(StandardCharsets.UTF_8))).with(csrf()).with(as(admin)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("缺少必需的列")));
        byte[] gbk = "城市代码,风险等级,开始日期\n大连市,高,2002-07-01\n".getBytes(java.nio.charset.Charset.forName("GBK"));
        mvc.perform(multipart("/risk-levels/import").file(new MockMultipartFile("file", "risks.csv", "text/csv", gbk))
                        .with(csrf()).with(as(admin)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("不是 UTF-8 编码")));
        mvc.perform(multipart("/risk-levels/import").file(new MockMultipartFile("file", "risks.xlsx",
                        "application/octet-stream", new byte[] {'P', 'K', 3, 4, 1, 2, 3})).with(csrf()).with(as(admin)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("文件无法读取")));
        assertThat(db.sql("select count(*) from city_risk where zone_id = :z").param("z", zone).query(Long.class).single())
                .isZero();
    }

    @Test
    void importReadsAnXlsxWithCityNamesAndDateCells() throws Exception {
        long zone = 111;
        var admin = fixtures.zoneAdmin(zone);
        byte[] bytes;
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet();
            var h = sheet.createRow(0);
            String[] heads = {"城市代码/城市名称", "风险等级", "开始日期", "结束日期", "备注"};
            for (int i = 0; i < heads.length; i++) {
                h.createCell(i).setCellValue(heads[i]);
            }
            var style = book.createCellStyle();
            style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            var r = sheet.createRow(1);
            r.createCell(0).setCellValue("大连市");
            r.createCell(1).setCellValue("中风险");
            var c = r.createCell(2);
            c.setCellValue(LocalDate.of(2002, 8, 1));
            c.setCellStyle(style);
            var r2 = sheet.createRow(2);
            r2.createCell(0).setCellValue(330100);
            r2.createCell(1).setCellValue("HIGH");
            r2.createCell(2).setCellValue("2002-08-01");
            book.write(out);
            bytes = out.toByteArray();
        }
        mvc.perform(multipart("/risk-levels/import").file(new MockMultipartFile("file", "risks.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes)).with(csrf()).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已导入 2 行，未导入 0 行。")));
        assertThat(cityRisks.levelOn(zone, DALIAN, day("2002-08-02"))).isEqualTo(RiskLevel.MEDIUM);
        assertThat(cityRisks.levelOn(zone, HANGZHOU, day("2002-08-02"))).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void zoneStaffReadsButMayNotWrite() throws Exception {
        var staff = fixtures.zoneStaff(112);
        mvc.perform(get("/risk-levels").with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/risk-levels/new"))));
        mvc.perform(get("/risk-levels").param("level", "HIGH").param("today", "true").with(as(staff)))
                .andExpect(status().isOk());
        mvc.perform(get("/risk-levels/new").with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(post("/risk-levels").with(csrf()).with(as(staff)).param("city", DALIAN).param("level", "HIGH")
                .param("validFrom", "2001-01-01")).andExpect(status().isForbidden());
        mvc.perform(get("/risk-levels/import").with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(multipart("/risk-levels/import").file(new MockMultipartFile("file", "r.csv", "text/csv",
                "城市代码,风险等级,开始日期\n210200,高,2001-01-01\n".getBytes(StandardCharsets.UTF_8))).with(csrf()).with(as(staff)))
                .andExpect(status().isForbidden());
        assertThat(db.sql("select count(*) from city_risk where zone_id = 112").query(Long.class).single()).isZero();
    }

    @Test
    void enterpriseAdminMayNotUseRiskPages() throws Exception {
        var entAdmin = fixtures.enterpriseAdmin(fixtures.enterprise(113));
        mvc.perform(get("/risk-levels").with(as(entAdmin))).andExpect(status().isForbidden());
        mvc.perform(post("/risk-levels").with(csrf()).with(as(entAdmin)).param("city", DALIAN).param("level", "HIGH")
                .param("validFrom", "2001-01-01")).andExpect(status().isForbidden());
    }
}
