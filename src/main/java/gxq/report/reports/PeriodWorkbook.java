package gxq.report.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import gxq.common.xlsx.SheetStyles;
import gxq.report.reports.PeriodBoard.Board;
import gxq.report.reports.ReportStore.Question;
import gxq.report.reports.ReportStore.Report;

/** The period as .xlsx: one row per zone with its standing, frozen figures and answers (none for drafts). */
@Component
class PeriodWorkbook {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));
    static final String[] FIGURES = {"enterprises", "resumed", "reported", "totalStaff", "onDuty", "resumptionRate",
            "staffRate", "capacityRate", "employees", "green", "yellow", "red", "noStatus", "declared", "observation",
            "openAlerts", "casesRaised", "casesSolved", "casesOpen", "casesOverdue", "casesEscalated", "casesRated",
            "satisfaction"};

    private final MessageSource messages;

    PeriodWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void write(Board board, List<Question> questions, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            CellStyle header = SheetStyles.header(wb);
            Sheet sheet = wb.createSheet(msg("report.export.sheet", locale));
            List<String> heads = new ArrayList<>(List.of(msg("report.col.zone", locale),
                    msg("report.col.province", locale), msg("report.col.standing", locale),
                    msg("report.col.overdue", locale), msg("report.col.submittedAt", locale),
                    msg("report.col.figureDay", locale)));
            for (String f : FIGURES) {
                heads.add(msg("report.fig." + f, locale));
            }
            heads.add(msg("report.q.problems", locale));
            heads.add(msg("report.q.needs", locale));
            heads.add(msg("report.q.practices", locale));
            questions.forEach(q -> heads.add(q.text()));
            heads.add(msg("report.col.returnComment", locale));
            Row h = sheet.createRow(0);
            for (int i = 0; i < heads.size(); i++) {
                h.createCell(i).setCellValue(heads.get(i));
                h.getCell(i).setCellStyle(header);
            }
            int n = 1;
            for (PeriodBoard.Row r : board.rows()) {
                Row row = sheet.createRow(n++);
                int c = 0;
                row.createCell(c++).setCellValue(r.zone().name());
                row.createCell(c++).setCellValue(r.zone().provinceName());
                row.createCell(c++).setCellValue(msg(r.standing().labelKey(), locale));
                row.createCell(c++).setCellValue(r.overdue() ? msg("report.yes", locale) : "");
                Report rep = r.report();
                if (rep == null) {
                    continue;
                }
                row.createCell(c++).setCellValue(rep.submittedAt() == null ? "" : TIME.format(rep.submittedAt()));
                ReportFigures f = rep.figures();
                if (f == null) {
                    continue;
                }
                row.createCell(c++).setCellValue(f.day().toString());
                for (Object v : values(f)) {
                    var cell = row.createCell(c++);
                    if (v instanceof Long l) {
                        cell.setCellValue(l);
                    } else if (v instanceof BigDecimal b) {
                        cell.setCellValue(b.doubleValue());
                    }
                }
                boolean texts = rep.state() == ReportState.SUBMITTED || rep.state() == ReportState.ACCEPTED;
                row.createCell(c++).setCellValue(texts && rep.problems() != null ? rep.problems() : "");
                row.createCell(c++).setCellValue(texts && rep.needs() != null ? rep.needs() : "");
                row.createCell(c++).setCellValue(texts && rep.practices() != null ? rep.practices() : "");
                Map<Long, String> answers = board.answers().getOrDefault(rep.id(), Map.of());
                for (Question q : questions) {
                    String a = answers.get(q.id());
                    row.createCell(c++).setCellValue(texts && a != null ? a : "");
                }
                row.createCell(c).setCellValue(rep.returnComment() == null ? "" : rep.returnComment());
            }
            wb.write(out);
            wb.dispose();
        }
    }

    static Object[] values(ReportFigures f) {
        return new Object[] {f.enterprises(), f.resumed(), f.reported(), f.totalStaff(), f.onDuty(),
                f.resumptionRate(), f.staffRate(), f.capacityRate(), f.employees(), f.green(), f.yellow(), f.red(),
                f.noStatus(), f.declared(), f.observation(), f.openAlerts(), f.casesRaised(), f.casesSolved(),
                f.casesOpen(), f.casesOverdue(), f.casesEscalated(), f.casesRated(), f.satisfaction()};
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
