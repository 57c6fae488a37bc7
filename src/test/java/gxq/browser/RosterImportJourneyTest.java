package gxq.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Download;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import gxq.account.GxqUser;
import gxq.testing.Fixtures;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An enterprise HR officer signs in, downloads the roster template, uploads a roster with one bad row, reads the
 * row-by-row report and finds the good rows (masked) in the roster.
 */
class RosterImportJourneyTest extends BrowserTest {

    @Test
    void enterpriseAdminImportsARosterAndSeesWhatWasRejected() throws IOException {
        long enterprise = fixtures.enterprise(1);
        GxqUser admin = fixtures.enterpriseAdmin(enterprise);
        String good1 = Fixtures.idNumber();
        String good2 = Fixtures.idNumber();
        String bad = good1.substring(0, 17) + (good1.charAt(17) == '1' ? '2' : '1');
        Path roster = Files.createTempFile("roster", ".xlsx");
        Files.write(roster, workbook(new String[][] {
                {"姓名", "身份证号", "手机号", "工号", "部门", "岗位", "常住城市"},
                {"王秀英", good1, "13912345001", "A001", "研发部", "工程师", ""},
                {"李建国", good2, "13912345002", "A002", "生产部", "班组长", ""},
                {"赵小明", bad, "13912345003", "A003", "生产部", "操作工", ""}}));

        signIn(admin.getUsername(), Fixtures.PASSWORD);
        go("/employees");
        page.locator("a[href$='/employees/import']").first().click();
        assertThat(page.locator("h1")).containsText("导入花名册");

        Download template = page.waitForDownload(() -> page.locator("#templateLink").click());
        Path saved = template.path();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(saved))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("姓名");
        }

        page.setInputFiles("#file", roster);
        page.locator("form[enctype='multipart/form-data'] button[type=submit]").click();
        assertThat(page.locator("#countAdded")).hasText("2");
        assertThat(page.locator("#countRejected")).hasText("1");
        assertThat(page.locator("#problemsTable")).containsText("校验位不正确");
        assertThat(page.locator("#problemsTable")).containsText("4");
        screenshot("import-report");

        go("/employees");
        assertThat(page.locator("#employeesTable")).containsText("王秀英");
        assertThat(page.locator("#employeesTable")).containsText("李建国");
        assertThat(page.locator("#employeesTable")).not().containsText("赵小明");
        assertThat(page.locator("#employeesTable")).containsText(good1.substring(0, 3) + "***********" + good1.substring(14));
        assertThat(page.locator("#employeesTable")).not().containsText(good1);
        screenshot("roster");
    }

    private static byte[] workbook(String[][] rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("花名册");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
