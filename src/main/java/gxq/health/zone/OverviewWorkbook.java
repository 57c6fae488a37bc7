package gxq.health.zone;

import gxq.common.xlsx.SheetStyles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import gxq.account.TenantScope;

/** The per-enterprise table as a streaming .xlsx (SXSSF keeps 200 rows in memory, however big the zone). */
@Component
class OverviewWorkbook {

    static final String[] HEADERS = {"hzone.enterprise", "hzone.figure.employees", "health.colour.GREEN",
            "health.colour.YELLOW", "health.colour.RED", "hzone.figure.noStatus", "hzone.figure.declared",
            "hzone.figure.rate"};

    private final ZoneOverview overview;
    private final MessageSource messages;

    OverviewWorkbook(ZoneOverview overview, MessageSource messages) {
        this.overview = overview;
        this.messages = messages;
    }

    /** Writes the table and returns the number of enterprise rows. */
    int write(TenantScope scope, Long zone, FigureSort sort, Locale locale, OutputStream out) {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        wb.setCompressTempFiles(true);
        try {
            CellStyle header = SheetStyles.header(wb);
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));

            SXSSFSheet sheet = wb.createSheet(messages.getMessage("hzone.overview.export.sheet", null, locale));
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                head.createCell(i).setCellValue(messages.getMessage(HEADERS[i], null, HEADERS[i], locale));
                head.getCell(i).setCellStyle(header);
                sheet.setColumnWidth(i, (i == 0 ? 36 : 12) * 256);
            }
            sheet.createFreezePane(0, 1);
            int[] n = {0};
            overview.eachEnterprise(scope, zone, sort, r -> {
                Row row = sheet.createRow(++n[0]);
                Figures f = r.figures();
                row.createCell(0).setCellValue(r.name());
                row.createCell(1).setCellValue(f.employees());
                row.createCell(2).setCellValue(f.green());
                row.createCell(3).setCellValue(f.yellow());
                row.createCell(4).setCellValue(f.red());
                row.createCell(5).setCellValue(f.noStatus());
                row.createCell(6).setCellValue(f.declaredToday());
                if (f.rate() != null) {
                    row.createCell(7).setCellValue(f.rate());
                    row.getCell(7).setCellStyle(percent);
                }
            });
            Row note = sheet.createRow(n[0] + 2);
            note.createCell(0).setCellValue(messages.getMessage("hzone.overview.export.note",
                    new Object[] {overview.today().toString()}, locale));
            wb.write(out);
            return n[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                wb.dispose();
                wb.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
