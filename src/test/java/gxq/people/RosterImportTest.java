package gxq.people;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import gxq.account.GxqUser;
import gxq.common.crypto.PersonalDataCipher;
import gxq.common.validation.ResidentId;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

@IntegrationTest
@Tag("db")
class RosterImportTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String[] HEADER = {"姓名", "身份证号", "手机号", "工号", "部门", "岗位", "常住城市"};

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired PersonalDataCipher cipher;

    long enterprise;
    GxqUser admin;

    @BeforeEach
    void setUp() {
        enterprise = fixtures.enterprise(20);
        admin = fixtures.enterpriseAdmin(enterprise);
    }

    static byte[] xlsx(Object[]... rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb, rows);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    static void fill(XSSFWorkbook wb, Object[]... rows) {
        Sheet sheet = wb.createSheet("花名册");
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (v != null) {
                    row.createCell(c).setCellValue(v.toString());
                }
            }
        }
    }

    static String mobile() {
        return String.format("136%08d", Fixtures.next() % 100_000_000L);
    }

    static String withCheck(String first17) {
        return first17 + ResidentId.checkDigit(first17);
    }

    MockMultipartHttpServletRequestBuilder upload(byte[] bytes, String name) {
        return multipart("/employees/import").file(new MockMultipartFile("file", name, XLSX, bytes));
    }

    /** Uploads and returns the report's id. */
    long importFile(byte[] bytes) throws Exception {
        String location = mvc.perform(upload(bytes, "花名册.xlsx").with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/employees/import/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    Map<String, Object> counts(long importId) {
        return db.sql("select added, updated, unchanged, rejected, total_rows from roster_import where id = :id")
                .param("id", importId).query().singleRow();
    }

    List<String> names() {
        return db.sql("select name from employee where enterprise_id = :e order by name").param("e", enterprise)
                .query(String.class).list();
    }

    @Test
    void mixedFileAppliesValidRowsOnlyAndReportsEveryRejectedRowWithItsReason() throws Exception {
        String id1 = Fixtures.idNumber();
        String id2 = Fixtures.idNumber();
        String id6 = Fixtures.idNumber();
        String badCheck = id2.substring(0, 17) + (id2.charAt(17) == '1' ? '2' : '1');
        String badBirth = withCheck("11010519491331001");
        byte[] file = xlsx(HEADER,
                new Object[] {"张三", id1, "13812345678", "A001", "研发部", "工程师", "杭州市"},      // 2 ok
                new Object[] {"", Fixtures.idNumber(), "13812345679"},                              // 3 missing name
                new Object[] {"李四", badCheck},                                                      // 4 check digit
                new Object[] {"王五", badBirth},                                                      // 5 birth date
                new Object[] {"赵六", Fixtures.idNumber(), "1381234"},                                // 6 mobile
                new Object[] {"张三", id1},                                                           // 7 duplicate of 2
                new Object[] {"孙七", Fixtures.idNumber(), null, null, null, null, "火星市"},          // 8 unknown city
                new Object[] {"周八", Fixtures.idNumber(), null, null, "部".repeat(65)},              // 9 too long
                new Object[] {"吴九", 110105199001011237.0},                                          // 10 numeric ID
                new Object[] {"郑十", id6, 13912345678L, 1002, null, null, "330100"});               // 11 ok
        long report = importFile(file);

        assertThat(counts(report)).containsEntry("added", 2).containsEntry("updated", 0).containsEntry("unchanged", 0)
                .containsEntry("rejected", 8).containsEntry("total_rows", 10);
        assertThat(names()).containsExactlyInAnyOrder("张三", "郑十");
        var zheng = db.sql("select * from employee where enterprise_id = :e and name = '郑十'").param("e", enterprise).query().singleRow();
        assertThat(zheng.get("id_no_hash")).isEqualTo(cipher.lookupHash(id6));
        assertThat(cipher.decrypt((String) zheng.get("phone_enc"))).isEqualTo("13912345678");
        assertThat(zheng.get("employee_no")).isEqualTo("1002");
        assertThat(zheng.get("home_city_code")).isEqualTo("330100");

        mvc.perform(get("/employees/import/" + report).with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"countAdded\">2<")))
                .andExpect(content().string(containsString("id=\"countUpdated\">0<")))
                .andExpect(content().string(containsString("id=\"countUnchanged\">0<")))
                .andExpect(content().string(containsString("id=\"countRejected\">8<")))
                .andExpect(content().string(containsString("请填写姓名。")))
                .andExpect(content().string(containsString("与本文件第 2 行的身份证号重复。")))
                .andExpect(content().string(containsString("B · 身份证号")));

        // exactly: row number and reasons of every rejected row, from the downloadable report
        byte[] reportFile = mvc.perform(get("/employees/import/" + report + "/report.xlsx").with(as(admin)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        Map<Integer, String> reasons = new LinkedHashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(reportFile))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(Arrays.asList(cells(sheet.getRow(0)))).startsWith(HEADER);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                reasons.put((int) row.getCell(7).getNumericCellValue(), row.getCell(8).getStringCellValue());
            }
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo(badCheck); // as typed, to fix it
        }
        assertThat(reasons).containsExactly(
                Map.entry(3, "姓名: 请填写姓名。"),
                Map.entry(4, "身份证号: 身份证号码校验位不正确，请核对第18位及其他各位是否抄错"),
                Map.entry(5, "身份证号: 身份证号码中的出生日期（第7至14位）不正确，请核对"),
                Map.entry(6, "手机号: 手机号码不正确，请填写11位中国大陆手机号码（以13至19开头）"),
                Map.entry(7, "身份证号: 与本文件第 2 行的身份证号重复。"),
                Map.entry(8, "常住城市: 未找到该城市，请填写地级市名称（如“杭州市”）或6位行政区划代码。"),
                Map.entry(9, "部门: 内容过长，最多 64 个字。"),
                Map.entry(10, "身份证号: 身份证号被保存成了数字，Excel 只保留15位有效数字，后几位已经丢失。请把该列设置为“文本”格式后重新填写。"));

        var audit = db.sql("select * from audit_log where action = 'ROSTER_IMPORT' and target_id = :t")
                .param("t", String.valueOf(report)).query().singleRow();
        assertThat(audit.get("enterprise_id")).isEqualTo(enterprise);
        assertThat((String) audit.get("detail")).contains("added=2", "updated=0", "unchanged=0", "rejected=8");
        assertThat(db.sql("select count(*) from audit_log where action = 'ROSTER_IMPORT_REPORT' and target_id = :t")
                .param("t", String.valueOf(report)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void reasonsFollowTheUsersLanguage() throws Exception {
        long report = importFile(xlsx(HEADER, new Object[] {"", Fixtures.idNumber()}, new Object[] {"甲", Fixtures.idNumber()}));
        mvc.perform(get("/employees/import/" + report).param("lang", "en").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Please enter the name.")))
                .andExpect(content().string(containsString("A · Name")));
    }

    @Test
    void reimportUpdatesByIdNumberInsteadOfDuplicating() throws Exception {
        String id1 = Fixtures.idNumber();
        String id2 = Fixtures.idNumber();
        String phone = mobile();
        long first = importFile(xlsx(HEADER, new Object[] {"张三", id1, phone, "A1", "研发部", "工程师", "北京"}));
        assertThat(counts(first)).containsEntry("added", 1).containsEntry("rejected", 0);
        long employee = db.sql("select id from employee where enterprise_id = :e").param("e", enterprise).query(Long.class).single();

        // no mobile column this time: the stored number stays; the department changes
        long second = importFile(xlsx(new Object[] {"姓名", "身份证号", "部门", "工号", "岗位", "常住城市"},
                new Object[] {"张三", id1.toLowerCase(), "市场部", "A1", "工程师", "北京"},
                new Object[] {"李四", id2, "市场部"}));
        assertThat(counts(second)).containsEntry("added", 1).containsEntry("updated", 1).containsEntry("unchanged", 0)
                .containsEntry("rejected", 0);
        assertThat(names()).containsExactlyInAnyOrder("张三", "李四");
        var row = db.sql("select * from employee where id = :id").param("id", employee).query().singleRow();
        assertThat(row.get("department")).isEqualTo("市场部");
        assertThat(row.get("phone_hash")).isEqualTo(cipher.lookupHash(phone));
        assertThat(row.get("version")).isEqualTo(1);

        long third = importFile(xlsx(new Object[] {"姓名", "身份证号", "部门", "工号", "岗位", "常住城市"},
                new Object[] {"张三", id1, "市场部", "A1", "工程师", "北京市"},
                new Object[] {"李四", id2, "市场部"}));
        assertThat(counts(third)).containsEntry("added", 0).containsEntry("updated", 0).containsEntry("unchanged", 2);
        assertThat(names()).hasSize(2);
        mvc.perform(get("/employees/import").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("新增 1，更新 0，未变化 0，未导入 0")))
                .andExpect(content().string(containsString("新增 1，更新 1，未变化 0，未导入 0")))
                .andExpect(content().string(containsString("新增 0，更新 0，未变化 2，未导入 0")));
    }

    @Test
    void unreadableFilesApplyNothingAndSayWhy() throws Exception {
        byte[] good = xlsx(HEADER, new Object[] {"张三", Fixtures.idNumber()});
        Map<byte[], String> cases = new LinkedHashMap<>();
        cases.put(Arrays.copyOf(good, good.length / 2), "文件已损坏或无法读取");
        cases.put("姓名,身份证号\n张三,1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "不是 Excel 工作簿");
        cases.put(xlsx(new Object[] {"名单"}, new Object[] {"张三"}), "第一行不是表头");
        cases.put(xlsx(HEADER), "没有员工数据");
        cases.put(xlsx(), "第一个工作表是空的");
        try (XSSFWorkbook macro = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
            fill(macro, HEADER, new Object[] {"张三", Fixtures.idNumber()});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            macro.write(out);
            cases.put(out.toByteArray(), "不接受启用宏的工作簿");
        }
        for (var c : cases.entrySet()) {
            mvc.perform(upload(c.getKey(), "roster.xlsx").with(as(admin)).with(csrf()))
                    .andExpect(status().is(422))
                    .andExpect(content().string(containsString("文件未导入，没有任何数据被修改")))
                    .andExpect(content().string(containsString(c.getValue())));
        }
        mvc.perform(multipart("/employees/import").with(as(admin)).with(csrf()))
                .andExpect(status().is(422)).andExpect(content().string(containsString("请选择要上传的 .xlsx 文件")));
        assertThat(names()).isEmpty();
        assertThat(db.sql("select count(*) from roster_import where enterprise_id = :e").param("e", enterprise)
                .query(Long.class).single()).isZero();
        assertThat(db.sql("select count(*) from audit_log where action = 'ROSTER_IMPORT' and outcome = 'FAILED' and enterprise_id = :e")
                .param("e", enterprise).query(Long.class).single()).isEqualTo(cases.size());
    }

    @Test
    void uploadWithoutCsrfTokenIsForbiddenAndOnlyTheEnterpriseAdminImports() throws Exception {
        byte[] file = xlsx(HEADER, new Object[] {"张三", Fixtures.idNumber()});
        mvc.perform(upload(file, "a.xlsx").with(as(admin))).andExpect(status().isForbidden());
        mvc.perform(upload(file, "a.xlsx").with(as(fixtures.zoneAdmin(20))).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(upload(file, "a.xlsx").with(as(fixtures.ministry())).with(csrf())).andExpect(status().isForbidden());
        assertThat(names()).isEmpty();
    }

    @Test
    void anotherEnterprisesReportIsNotFound() throws Exception {
        long report = importFile(xlsx(HEADER, new Object[] {"张三", Fixtures.idNumber()}));
        GxqUser other = fixtures.enterpriseAdmin(fixtures.enterprise(20));
        mvc.perform(get("/employees/import/" + report).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/employees/import/" + report + "/report.xlsx").with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/employees/import/" + report).with(as(fixtures.zoneAdmin(20)))).andExpect(status().isForbidden());
    }

    @Test
    void theTemplateHasTheHeadersAndInstructionsAndImportsOnceFilledIn() throws Exception {
        byte[] template = mvc.perform(get("/employees/template.xlsx").with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String id = Fixtures.idNumber();
        byte[] filled;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(cells(wb.getSheetAt(0).getRow(0))).containsExactly(HEADER);
            assertThat(wb.getSheetName(1)).isEqualTo("填写说明");
            assertThat(wb.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).contains("员工花名册导入说明");
            assertThat(wb.getSheetAt(2).getPhysicalNumberOfRows()).isEqualTo(341); // header + 340 cities
            Row row = wb.getSheetAt(0).createRow(1);
            String[] values = {"张三", id, mobile(), "7", "研发部", "工程师", "杭州"};
            for (int i = 0; i < values.length; i++) {
                row.createCell(i).setCellValue(values[i]);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            filled = out.toByteArray();
        }
        assertThat(counts(importFile(filled))).containsEntry("added", 1).containsEntry("rejected", 0);
    }

    @Test
    void tenThousandRowsImportInOneGo() throws Exception {
        Object[][] rows = new Object[10_001][];
        rows[0] = HEADER;
        for (int i = 1; i < rows.length; i++) {
            rows[i] = new Object[] {"员工" + i, Fixtures.idNumber(), null, "N" + i, "部门" + (i % 20)};
        }
        long report = importFile(xlsx(rows));
        assertThat(counts(report)).containsEntry("added", 10_000).containsEntry("rejected", 0);
        assertThat(db.sql("select count(*) from employee where enterprise_id = :e").param("e", enterprise)
                .query(Long.class).single()).isEqualTo(10_000);
    }

    private static String[] cells(Row row) {
        List<String> list = new ArrayList<>();
        row.forEach(c -> list.add(c.getStringCellValue()));
        return list.toArray(String[]::new);
    }
}
