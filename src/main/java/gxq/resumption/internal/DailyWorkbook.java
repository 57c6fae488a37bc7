package gxq.resumption.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

import gxq.common.xlsx.SheetStyles;

/**
 * The zone's day (复工日报) as .xlsx: one row per active enterprise in the page's order (figures or 未上报), then the
 * sums, the 复岗率 (a number formatted as a percentage, or — when nobody reported) and its definition.
 */
final class DailyWorkbook {

    static final String[] HEADERS = {"resumption.daily.enterprise", "resumption.daily.status",
        "resumption.daily.totalStaff", "resumption.daily.onDuty", "resumption.daily.remote",
        "resumption.daily.quarantine", "resumption.daily.notReturned", "resumption.daily.capacity"};

    private DailyWorkbook() {
    }

    static byte[] write(DailyService.ZoneDay day, MessageSource messages, Locale locale) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = SheetStyles.header(wb);
            CellStyle bold = wb.createCellStyle();
            var font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            percent.setFont(font);

            Sheet sheet = wb.createSheet(msg(messages, "resumption.daily.export.sheet", locale, day.day().toString()));
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                head.createCell(i).setCellValue(msg(messages, HEADERS[i], locale));
                head.getCell(i).setCellStyle(header);
                sheet.setColumnWidth(i, (i == 0 ? 36 : 14) * 256);
            }
            sheet.createFreezePane(0, 1);
            int n = 0;
            for (DailyZoneRow r : day.rows()) {
                Row row = sheet.createRow(++n);
                row.createCell(0).setCellValue(r.enterpriseName());
                DailyReport rep = r.report();
                row.createCell(1).setCellValue(msg(messages, rep != null ? "resumption.daily.reported"
                        : "resumption.daily.notReported", locale));
                if (rep != null) {
                    row.createCell(2).setCellValue(rep.totalStaff());
                    row.createCell(3).setCellValue(rep.onDuty());
                    row.createCell(4).setCellValue(rep.remote());
                    row.createCell(5).setCellValue(rep.quarantine());
                    row.createCell(6).setCellValue(rep.notReturned());
                    row.createCell(7).setCellValue(rep.capacityPct());
                }
            }
            Row sums = sheet.createRow(++n);
            sums.createCell(0).setCellValue(msg(messages, "resumption.daily.export.sum", locale));
            sums.createCell(1).setCellValue(msg(messages, "resumption.daily.zone.counts", locale,
                    String.valueOf(day.reported()), String.valueOf(day.notReported())));
            sums.createCell(2).setCellValue(day.totalStaff());
            sums.createCell(3).setCellValue(day.onDuty());
            sums.createCell(4).setCellValue(day.remote());
            sums.createCell(5).setCellValue(day.quarantine());
            sums.createCell(6).setCellValue(day.notReturned());
            for (int i = 0; i <= 6; i++) {
                sums.getCell(i).setCellStyle(bold);
            }
            Row rate = sheet.createRow(++n);
            rate.createCell(0).setCellValue(msg(messages, "resumption.daily.rate", locale));
            rate.getCell(0).setCellStyle(bold);
            if (day.rate() == null) {
                rate.createCell(1).setCellValue("—");
            } else {
                rate.createCell(1).setCellValue(day.rate().movePointLeft(2).doubleValue());
                rate.getCell(1).setCellStyle(percent);
            }
            sheet.createRow(n + 2).createCell(0).setCellValue(msg(messages, "resumption.daily.rate.definition", locale));
            sheet.createRow(n + 3).createCell(0).setCellValue(msg(messages, "resumption.daily.export.note", locale,
                    day.day().toString()));
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String msg(MessageSource messages, String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
