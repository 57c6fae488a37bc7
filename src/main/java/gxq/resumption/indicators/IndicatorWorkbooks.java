package gxq.resumption.indicators;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import gxq.common.xlsx.SheetStyles;
import gxq.resumption.indicators.IndicatorService.Group;
import gxq.resumption.indicators.IndicatorService.National;
import gxq.resumption.indicators.IndicatorService.ZoneDashboard;
import gxq.resumption.indicators.IndicatorStore.NotResumedRow;

/**
 * The indicator tables as .xlsx, the same figures as the pages: rates as numbers formatted {@code 0.0%} (empty when
 * the denominator is 0), counts as numbers. Streamed (SXSSF), so a zone's whole not-resumed list fits.
 */
@Component
class IndicatorWorkbooks {

    /** Columns of a figures table, after the first (day, group, zone or province). */
    static final String[] FIGURE_HEADS = {"rind.col.enterprises", "rind.col.resumed", "rind.resumption",
            "rind.col.reported", "rind.col.notReported", "rind.col.onDuty", "rind.col.totalStaff", "rind.staff",
            "rind.col.weighed", "rind.col.notWeighed", "rind.capacity"};

    private final MessageSource messages;

    IndicatorWorkbooks(MessageSource messages) {
        this.messages = messages;
    }

    void zone(ZoneDashboard d, Locale locale, OutputStream out) {
        write(out, (wb, s) -> {
            Sheet trend = s.sheet("rind.sheet.trend", "rind.col.day");
            for (Figures f : d.trend()) {
                s.figures(trend, f.day().toString(), f);
            }
            s.note(trend, msg("rind.export.note", locale, d.zone().name(), d.day().toString()));
            s.note(trend, msg("rind.def.resumption", locale));
            s.note(trend, msg("rind.def.staff", locale));
            s.note(trend, msg("rind.def.capacity", locale));
            groups(s, "rind.sheet.industry", "rind.col.industry", d.byIndustry(), locale);
            groups(s, "rind.sheet.size", "rind.col.size", d.bySize(), locale);
            groups(s, "rind.sheet.scale", "rind.col.scale", d.byScale(), locale);
        }, locale);
    }

    private void groups(Sheets s, String sheetKey, String firstKey, List<Group> groups, Locale locale) {
        Sheet sheet = s.sheet(sheetKey, firstKey);
        for (Group g : groups) {
            s.figures(sheet, msg(g.labelKey(), locale), g.figures());
        }
    }

    void national(National n, Locale locale, OutputStream out) {
        write(out, (wb, s) -> {
            Sheet zones = s.sheet("rind.sheet.zones", "rind.col.rank", "rind.col.zone", "rind.col.province");
            for (var r : n.zones()) {
                s.figures(zones, List.of(r.rank(), r.zone().name(), r.zone().provinceName()), r.figures());
            }
            s.note(zones, msg("rind.export.nationalNote", locale, n.day().toString()));
            Sheet provinces = s.sheet("rind.sheet.provinces", "rind.col.province", "rind.col.zones");
            for (var p : n.provinces()) {
                s.figures(provinces, List.of(p.name(), p.zones()), p.figures());
            }
            Sheet trend = s.sheet("rind.sheet.trend", "rind.col.day");
            for (Figures f : n.trend()) {
                s.figures(trend, f.day().toString(), f);
            }
        }, locale);
    }

    /** Writes the list and returns the number of enterprise rows. */
    int notResumed(LocalDate day, String zoneName, Consumer<Consumer<NotResumedRow>> rows, Locale locale,
            OutputStream out) {
        int[] n = {0};
        write(out, (wb, s) -> {
            Sheet sheet = s.sheet("rind.sheet.notResumed", List.of("rind.col.enterprise", "rind.col.industry",
                    "rind.col.size", "rind.col.scale", "rind.col.reason", "rind.col.resumeOn", "rind.col.resumedFrom"));
            rows.accept(r -> {
                Row row = sheet.createRow(++n[0]);
                row.createCell(0).setCellValue(r.name());
                row.createCell(1).setCellValue(msg(IndicatorService.industryLabel(r.industry()), locale));
                row.createCell(2).setCellValue(msg(IndicatorService.sizeLabel(r.sizeBand()), locale));
                row.createCell(3).setCellValue(msg(r.aboveScale() ? "rind.scale.above" : "rind.scale.below", locale));
                row.createCell(4).setCellValue(msg(Reason.valueOf(r.reason()).labelKey(), locale));
                row.createCell(5).setCellValue(r.resumeOn() == null ? "" : r.resumeOn().toString());
                row.createCell(6).setCellValue(r.resumedFrom() == null ? "" : r.resumedFrom().toString());
            });
            s.note(sheet, msg("rind.export.note", locale, zoneName, day.toString()));
        }, locale);
        return n[0];
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private interface Body {
        void write(Workbook wb, Sheets s);
    }

    private void write(OutputStream out, Body body, Locale locale) {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        wb.setCompressTempFiles(true);
        try {
            body.write(wb, new Sheets(wb, locale));
            wb.write(out);
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

    /** Sheets with a styled header row and rows of figures. */
    private final class Sheets {
        private final Workbook wb;
        private final Locale locale;
        private final CellStyle header;
        private final CellStyle percent;

        Sheets(Workbook wb, Locale locale) {
            this.wb = wb;
            this.locale = locale;
            this.header = SheetStyles.header(wb);
            this.percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        }

        Sheet sheet(String nameKey, String... firstHeads) {
            List<String> heads = new ArrayList<>(List.of(firstHeads));
            heads.addAll(List.of(FIGURE_HEADS));
            return sheet(nameKey, heads);
        }

        Sheet sheet(String nameKey, List<String> heads) {
            Sheet sheet = wb.createSheet(msg(nameKey, locale));
            Row head = sheet.createRow(0);
            for (int i = 0; i < heads.size(); i++) {
                head.createCell(i).setCellValue(msg(heads.get(i), locale));
                head.getCell(i).setCellStyle(header);
                sheet.setColumnWidth(i, (i == 0 ? 28 : 12) * 256);
            }
            sheet.createFreezePane(0, 1);
            return sheet;
        }

        void figures(Sheet sheet, String first, Figures f) {
            figures(sheet, List.of(first), f);
        }

        void figures(Sheet sheet, List<Object> first, Figures f) {
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            int c = 0;
            for (Object o : first) {
                if (o instanceof Number num) {
                    row.createCell(c++).setCellValue(num.doubleValue());
                } else {
                    row.createCell(c++).setCellValue(String.valueOf(o));
                }
            }
            DaySums s = f.sums();
            row.createCell(c++).setCellValue(f.enterprises());
            row.createCell(c++).setCellValue(f.resumed());
            rate(row, c++, f.resumptionRate());
            row.createCell(c++).setCellValue(s.reported());
            row.createCell(c++).setCellValue(f.notReported());
            row.createCell(c++).setCellValue(s.onDuty());
            row.createCell(c++).setCellValue(s.totalStaff());
            rate(row, c++, f.staffRate());
            row.createCell(c++).setCellValue(s.weighed());
            row.createCell(c++).setCellValue(s.notWeighed());
            rate(row, c, f.capacityRate());
        }

        private void rate(Row row, int c, BigDecimal rate) {
            if (rate != null) {
                row.createCell(c).setCellValue(rate.movePointLeft(2).doubleValue());
                row.getCell(c).setCellStyle(percent);
            }
        }

        private final java.util.Set<Sheet> noted = new java.util.HashSet<>();

        /** A line of text under the table (the first one after an empty row). */
        void note(Sheet sheet, String text) {
            int next = sheet.getLastRowNum() + (noted.add(sheet) ? 2 : 1);
            sheet.createRow(next).createCell(0).setCellValue(text);
        }
    }
}
