package gxq.region;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/**
 * The risk-import template: what the importer reads, for those who may import. Zone 176 is used by no other test;
 * the template's example row is a long-ended 2020 entry, so importing it changes no one's risk level today.
 */
@IntegrationTest
@Tag("db")
class RiskTemplateTest {

    static final long ZONE = 176;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired CityRisks cityRisks;

    private byte[] download(GxqUser user) throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/risk-levels/template.xlsx").with(as(user))).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(r.getHeader("Content-Disposition")).startsWith("attachment");
        return r.getContentAsByteArray();
    }

    @Test
    void templateHasTheImportersHeaderAnExampleRowAndAnExplanationSheet() throws Exception {
        byte[] bytes = download(fixtures.zoneAdmin(ZONE));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(texts(sheet.getRow(0))).containsExactly("城市代码/城市名称", "风险等级", "开始日期", "结束日期", "备注");
            assertThat(texts(sheet.getRow(1))).startsWith("420100", "高", "2020-01-23", "2020-04-08");
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            Sheet help = wb.getSheetAt(1);
            assertThat(help.getSheetName()).isEqualTo("填写说明");
            StringBuilder all = new StringBuilder();
            help.forEach(row -> row.forEach(cell -> all.append(cell.getStringCellValue()).append('\n')));
            assertThat(all).contains("风险等级", "低、中、高", "开始日期", "2024-03-01", "结束日期", "备注", "6位行政区划代码");
        }
    }

    @Test
    void theImporterAcceptsTheTemplateWithItsExampleRow() throws Exception {
        GxqUser admin = fixtures.zoneAdmin(ZONE);
        String html = mvc.perform(multipart("/risk-levels/import")
                        .file(new MockMultipartFile("file", "风险地区导入模板.xlsx", null, download(admin)))
                        .with(csrf()).with(as(admin)))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("已导入 1 行，未导入 0 行");
        assertThat(db.sql("""
                select count(*) from city_risk where zone_id = :z and city_code = '420100' and level = 'HIGH'
                    and valid_from = :from and valid_to = :to
                """).param("z", ZONE).param("from", LocalDate.of(2020, 1, 23)).param("to", LocalDate.of(2020, 4, 8))
                .query(Long.class).single()).isGreaterThanOrEqualTo(1);
        assertThat(cityRisks.levelOn(ZONE, "420100", LocalDate.of(2020, 2, 1))).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void theImporterStillReadsTheTemplateWhenUsersFillInTheirOwnRows() throws Exception {
        GxqUser admin = fixtures.zoneAdmin(ZONE);
        byte[] filled;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(download(admin)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row row = wb.getSheetAt(0).getRow(1);
            String[] values = {"大连市", "中", "2002-05-01", "2002-05-31", "模板测试" + Fixtures.next()};
            for (int i = 0; i < values.length; i++) {
                row.getCell(i).setCellValue(values[i]);
            }
            wb.write(out);
            filled = out.toByteArray();
        }
        String html = mvc.perform(multipart("/risk-levels/import").file(new MockMultipartFile("file", "t.xlsx", null, filled))
                .with(csrf()).with(as(admin))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("已导入 1 行，未导入 0 行");
        assertThat(cityRisks.levelOn(ZONE, "210200", LocalDate.of(2002, 5, 15))).isEqualTo(RiskLevel.MEDIUM);
    }

    @Test
    void sameRolesAsTheImportPage() throws Exception {
        download(fixtures.ministry());
        assertThat(status(fixtures.zoneStaff(ZONE))).isEqualTo(403);
        assertThat(status(fixtures.enterpriseAdmin(fixtures.enterprise(ZONE)))).isEqualTo(403);
        String page = mvc.perform(get("/risk-levels/import").with(as(fixtures.zoneAdmin(ZONE)))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("href=\"/risk-levels/template.xlsx\"");
    }

    private int status(GxqUser user) throws Exception {
        return mvc.perform(get("/risk-levels/template.xlsx").with(as(user))).andReturn().getResponse().getStatus();
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }
}
