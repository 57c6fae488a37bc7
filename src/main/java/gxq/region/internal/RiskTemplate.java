package gxq.region.internal;

import gxq.common.xlsx.SheetStyles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The import template for risk entries: the sheet {@value #SHEET} with the header {@link RiskFile} reads and one
 * example row (Wuhan, high, 2020-01-23..2020-04-08 — long ended, so importing it unchanged does no harm), every cell
 * text-formatted so that Excel keeps codes and dates as typed; and the sheet {@value #HELP_SHEET} explaining each
 * column and its allowed values.
 */
final class RiskTemplate {

    static final String SHEET = "风险地区";
    static final String HELP_SHEET = "填写说明";
    static final List<String> HEADERS = List.of("城市代码/城市名称", "风险等级", "开始日期", "结束日期", "备注");
    static final List<String> EXAMPLE = List.of("420100", "高", "2020-01-23", "2020-04-08",
            "示例行：武汉市 2020-01-23 至 2020-04-08 为高风险。导入前请改为实际数据或删除此行");

    private static final String[][] COLUMNS = {
            {"列 / Column", "必填 / Required", "允许的值 / Allowed values", "示例 / Example"},
            {"城市代码/城市名称", "是 / yes",
                    "地级市的6位行政区划代码（GB/T 2260），或准确的城市名称（如“武汉市”）；名称重名时请填代码。"
                            + " / 6-digit code of a prefecture-level city, or its exact name; use the code when names repeat.",
                    "420100 或 武汉市"},
            {"风险等级", "是 / yes", "低、中、高（可写“高风险”），或 LOW、MEDIUM、HIGH。 / low, medium or high.", "高"},
            {"开始日期", "是 / yes", "日期，格式 2024-03-01 或 2024/3/1。 / A date such as 2024-03-01 or 2024/3/1.",
                    "2020-01-23"},
            {"结束日期", "否 / no", "最后一天（含当天），不早于开始日期；留空表示持续有效。 / Last day (inclusive), not before"
                    + " the start; empty means until further notice.", "2020-04-08"},
            {"备注", "否 / no", "不超过 " + RiskService.MAX_NOTE + " 个字。 / At most " + RiskService.MAX_NOTE
                    + " characters.", "据省卫健委通报"}};

    private static final List<String> NOTES = List.of(
            "说明 / Notes",
            "1. 第一行为表头，请勿修改表头文字；列的顺序可以调整，多余的列会被忽略。"
                    + " Keep the header row; columns may be reordered, extra columns are ignored.",
            "2. 第二行是示例，导入前请改为实际数据或删除（示例为已结束的历史记录，原样导入不影响今天的风险等级）。"
                    + " Row 2 is an example: replace or delete it (it has ended, so importing it as is changes nothing today).",
            "3. 支持 .xlsx（读取第一个工作表）或 UTF-8 编码的 .csv，每次最多 " + RiskFile.MAX_ROWS + " 行、"
                    + RiskFile.MAX_BYTES / 1024 / 1024 + " MB。 .xlsx (first sheet) or UTF-8 .csv, at most "
                    + RiskFile.MAX_ROWS + " rows.",
            "4. 有问题的行不会导入并逐行说明原因，其余行一次性导入。 Rows with problems are reported and skipped; the others are imported.",
            "5. 高新区管理员导入的是本高新区的风险地区，科技部导入的是全国的风险地区。"
                    + " A zone admin imports the zone's own entries, the ministry the national ones.");

    private static volatile byte[] cached;

    private RiskTemplate() {
    }

    static byte[] bytes() {
        byte[] b = cached;
        if (b == null) {
            b = build();
            cached = b;
        }
        return b.clone();
    }

    private static byte[] build() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = SheetStyles.header(wb);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            CellStyle example = wb.createCellStyle();
            example.cloneStyleFrom(text);
            Font grey = wb.createFont();
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            grey.setItalic(true);
            example.setFont(grey);

            Sheet sheet = wb.createSheet(SHEET);
            Row head = sheet.createRow(0);
            Row ex = sheet.createRow(1);
            for (int i = 0; i < HEADERS.size(); i++) {
                head.createCell(i).setCellValue(HEADERS.get(i));
                head.getCell(i).setCellStyle(header);
                ex.createCell(i).setCellValue(EXAMPLE.get(i));
                ex.getCell(i).setCellStyle(example);
                sheet.setDefaultColumnStyle(i, text);
                sheet.setColumnWidth(i, (i == 4 ? 60 : 18) * 256);
            }
            sheet.createFreezePane(0, 1);
            DataValidationHelper dv = sheet.getDataValidationHelper();
            DataValidation levels = dv.createValidation(dv.createExplicitListConstraint(new String[] {"低", "中", "高"}),
                    new CellRangeAddressList(1, RiskFile.MAX_ROWS, 1, 1));
            levels.setErrorStyle(DataValidation.ErrorStyle.WARNING); // LOW/MEDIUM/HIGH and 高风险 are accepted too
            levels.setShowErrorBox(true);
            levels.createErrorBox("风险等级", "请填写 低、中 或 高。");
            sheet.addValidationData(levels);

            Sheet help = wb.createSheet(HELP_SHEET);
            int r = 0;
            for (String[] line : COLUMNS) {
                Row row = help.createRow(r++);
                for (int c = 0; c < line.length; c++) {
                    row.createCell(c).setCellValue(line[c]);
                    if (r == 1) {
                        row.getCell(c).setCellStyle(header);
                    }
                }
            }
            r++;
            for (String note : NOTES) {
                help.createRow(r++).createCell(0).setCellValue(note);
            }
            help.getRow(COLUMNS.length + 1).getCell(0).setCellStyle(header);
            help.setColumnWidth(0, 20 * 256);
            help.setColumnWidth(1, 14 * 256);
            help.setColumnWidth(2, 90 * 256);
            help.setColumnWidth(3, 20 * 256);
            wb.setActiveSheet(0);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
