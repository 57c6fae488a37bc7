package gxq.exchange.notice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import gxq.common.xlsx.SheetStyles;

/** The receipts of one notice as .xlsx: one row per target zone, then the totals. Times in Asia/Shanghai. */
@Component
class NoticeWorkbook {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final MessageSource messages;

    NoticeWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    byte[] receipts(NoticeService.Receipts r, Locale locale) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = SheetStyles.header(wb);
            Sheet s = wb.createSheet(msg("notice.receipts.sheet", locale));
            Row title = s.createRow(0);
            title.createCell(0).setCellValue(r.notice().title());
            String[] heads = {"notice.receipts.province", "notice.receipts.zone", "notice.receipts.read",
                    "notice.receipts.firstReader", "notice.receipts.firstReadAt", "notice.receipts.readers",
                    "notice.receipts.acknowledgedAt"};
            Row h = s.createRow(2);
            for (int i = 0; i < heads.length; i++) {
                h.createCell(i).setCellValue(msg(heads[i], locale));
                h.getCell(i).setCellStyle(header);
            }
            int n = 3;
            for (NoticeService.ZoneLine l : r.lines()) {
                Row row = s.createRow(n++);
                row.createCell(0).setCellValue(l.zone() == null ? "" : l.zone().provinceName());
                row.createCell(1).setCellValue(l.zone() == null ? "#" + l.receipt().zoneId() : l.zone().name());
                row.createCell(2).setCellValue(msg(l.read() ? "notice.receipts.yes" : "notice.receipts.no", locale));
                row.createCell(3).setCellValue(l.receipt().firstReader() == null ? "" : l.receipt().firstReader());
                row.createCell(4).setCellValue(l.receipt().firstReadAt() == null ? ""
                        : TIME.format(l.receipt().firstReadAt().toInstant()));
                row.createCell(5).setCellValue(l.receipt().readers());
                row.createCell(6).setCellValue(l.receipt().acknowledgedAt() == null ? ""
                        : TIME.format(l.receipt().acknowledgedAt().toInstant()));
            }
            Row total = s.createRow(n + 1);
            total.createCell(0).setCellValue(msg("notice.receipts.total", locale));
            total.createCell(1).setCellValue(messages.getMessage("notice.receipts.summary",
                    new Object[] {String.valueOf(r.zonesRead()), String.valueOf(r.targets()),
                            String.valueOf(r.readers())}, locale));
            for (int i = 0; i < heads.length; i++) {
                s.setColumnWidth(i, (i == 1 ? 36 : 18) * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
