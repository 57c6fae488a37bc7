package gxq.people.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds .xlsx files in memory for tests: a String is a text cell, a Number a numeric cell, null no cell. */
final class TestWorkbooks {

    static final String[] HEADER = {"姓名", "身份证号", "手机号", "工号", "部门", "岗位", "常住城市"};

    private TestWorkbooks() {
    }

    static byte[] xlsx(Object[]... rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb, rows);
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] roster(Object[]... dataRows) {
        Object[][] all = new Object[dataRows.length + 1][];
        all[0] = HEADER;
        System.arraycopy(dataRows, 0, all, 1, dataRows.length);
        return xlsx(all);
    }

    static void fill(Workbook wb, Object[]... rows) {
        Sheet sheet = wb.createSheet("花名册");
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null) {
                continue; // a blank row
            }
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

    static byte[] bytes(Workbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }
}
