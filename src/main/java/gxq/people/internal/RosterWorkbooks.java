package gxq.people.internal;

import gxq.common.xlsx.SheetStyles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import gxq.account.TenantScope;

/**
 * The roster spreadsheets: the import template (text-formatted columns so that Excel keeps all 18 digits), the report
 * of rejected rows (same columns, re-uploadable after fixing, plus the reasons), and the masked export (streaming).
 */
@Component
class RosterWorkbooks {

    static final String ROSTER_SHEET = "花名册";
    static final String HELP_SHEET = "填写说明";
    static final String CITY_SHEET = "城市列表";
    static final int EXPORT_CHUNK = 2_000;

    private final MessageSource messages;
    private final Cities cities;
    private final EmployeeStore store;
    private volatile byte[] template;

    RosterWorkbooks(MessageSource messages, Cities cities, EmployeeStore store) {
        this.messages = messages;
        this.cities = cities;
        this.store = store;
    }

    // ---- template ----

    byte[] template() {
        byte[] t = template;
        if (t == null) {
            t = buildTemplate();
            template = t;
        }
        return t.clone();
    }

    private byte[] buildTemplate() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = SheetStyles.header(wb);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));

            Sheet roster = wb.createSheet(ROSTER_SHEET);
            Row head = roster.createRow(0);
            Column[] columns = Column.values();
            for (int i = 0; i < columns.length; i++) {
                Cell c = head.createCell(i);
                c.setCellValue(columns[i].header());
                c.setCellStyle(header);
                roster.setDefaultColumnStyle(i, text); // text, so that ID numbers keep all 18 digits
                roster.setColumnWidth(i, (columns[i] == Column.ID_NUMBER ? 24 : 16) * 256);
            }
            roster.createFreezePane(0, 1);

            Sheet help = wb.createSheet(HELP_SHEET);
            help.setColumnWidth(0, 110 * 256);
            int r = 0;
            for (String line : HELP) {
                help.createRow(r++).createCell(0).setCellValue(line);
            }
            help.getRow(0).getCell(0).setCellStyle(header);

            Sheet citySheet = wb.createSheet(CITY_SHEET);
            Row ch = citySheet.createRow(0);
            String[] cityHeaders = {"省份", "城市", "代码"};
            for (int i = 0; i < cityHeaders.length; i++) {
                ch.createCell(i).setCellValue(cityHeaders[i]);
                ch.getCell(i).setCellStyle(header);
                citySheet.setColumnWidth(i, 20 * 256);
            }
            List<CityDirectory.City> all = cities.directory().all();
            int row = 1;
            for (CityDirectory.City city : all) {
                Row cr = citySheet.createRow(row++);
                cr.createCell(0).setCellValue(city.provinceName() == null ? "" : city.provinceName());
                cr.createCell(1).setCellValue(city.name());
                cr.createCell(2).setCellValue(city.code());
            }
            if (!all.isEmpty()) {
                // a drop-down of the city names; a warning only, since short names and codes are accepted too
                DataValidationHelper dv = roster.getDataValidationHelper();
                DataValidation validation = dv.createValidation(
                        dv.createFormulaListConstraint("'" + CITY_SHEET + "'!$B$2:$B$" + (all.size() + 1)),
                        new CellRangeAddressList(1, RosterReader.MAX_ROWS, Column.HOME_CITY.ordinal(), Column.HOME_CITY.ordinal()));
                validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
                validation.setShowErrorBox(true);
                validation.createErrorBox("常住城市", "请从城市列表中选择，或填写6位行政区划代码。");
                roster.addValidationData(validation);
            }
            wb.setActiveSheet(0);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final List<String> HELP = List.of(
            "员工花名册导入说明 / How to fill in the roster",
            "",
            "1. 在“花名册”工作表中每行填写一名员工，第一行为表头，请勿修改表头文字。列的顺序可以调整，多余的列会被忽略。",
            "   One employee per row on the sheet 花名册. Keep the header row; columns may be reordered, extra columns are ignored.",
            "2. 必填：姓名、身份证号（18位居民身份证号码，末位可为X）。选填：手机号（11位）、工号、部门、岗位、常住城市。",
            "   Required: 姓名 (name) and 身份证号 (18-character resident ID). Optional: 手机号 (11-digit mobile), 工号, 部门, 岗位, 常住城市.",
            "3. 身份证号一列必须是文本格式。若被保存为数字，Excel 只保留15位有效数字，后几位会丢失，该行将被拒绝。",
            "   The ID column must be text: stored as a number, Excel keeps only 15 digits and the row is rejected.",
            "4. 常住城市填写地级市名称（如“杭州市”或“杭州”）或6位行政区划代码，可参考“城市列表”工作表。",
            "   Home city: a prefecture-level city name (e.g. 杭州市 or 杭州) or its 6-digit code, see the sheet 城市列表.",
            "5. 已在本企业花名册中的员工（按身份证号识别）会被更新，其余为新增。表中没有的列不会改动原有信息；列存在但单元格为空则清空该项。",
            "   Employees already on the roster (same ID number) are updated, others are added. A column left out keeps stored values;",
            "   an empty cell in a present column clears that value.",
            "6. 有问题的行不会导入，其他行正常导入。导入后可下载“问题行”文件，改正后重新上传即可。",
            "   Rows with problems are not imported; the others are. Download the rejected rows, fix them and upload that file again.",
            "7. 每个文件最多 " + RosterReader.MAX_ROWS + " 行、10 MB；仅支持 .xlsx（不含宏、未加密）。",
            "   At most " + RosterReader.MAX_ROWS + " rows and 10 MB per file; .xlsx only (no macros, no password).");

    // ---- report of rejected rows ----

    void report(ImportService.Report report, Locale locale, OutputStream out) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle header = SheetStyles.header(wb);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            CellStyle bad = wb.createCellStyle();
            bad.cloneStyleFrom(text);
            bad.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            bad.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Sheet sheet = wb.createSheet(ROSTER_SHEET);
            Column[] columns = Column.values();
            Row head = sheet.createRow(0);
            for (int i = 0; i < columns.length; i++) {
                head.createCell(i).setCellValue(columns[i].header());
                head.getCell(i).setCellStyle(header);
                sheet.setDefaultColumnStyle(i, text);
                sheet.setColumnWidth(i, (columns[i] == Column.ID_NUMBER ? 24 : 16) * 256);
            }
            int reasonCol = columns.length;
            head.createCell(reasonCol).setCellValue(msg("people.report.sourceRow", locale));
            head.createCell(reasonCol + 1).setCellValue(msg("people.report.reasons", locale));
            head.getCell(reasonCol).setCellStyle(header);
            head.getCell(reasonCol + 1).setCellStyle(header);
            sheet.setColumnWidth(reasonCol + 1, 80 * 256);
            int r = 1;
            for (ImportService.StoredRejection rej : report.rejections()) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < columns.length; i++) {
                    Cell cell = row.createCell(i);
                    String v = rej.raw().get(columns[i]);
                    cell.setCellValue(v == null ? "" : v);
                    Column col = columns[i];
                    cell.setCellStyle(rej.lines().stream().anyMatch(l -> l.column() == col) ? bad : text);
                }
                row.createCell(reasonCol).setCellValue(rej.rowNumber());
                row.createCell(reasonCol + 1).setCellValue(rej.lines().stream()
                        .map(l -> msg(l.column().labelKey(), locale) + ": " + messages.getMessage(l.key(), l.args(), l.key(), locale))
                        .collect(Collectors.joining("；")));
            }
            sheet.createFreezePane(0, 1);
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- export ----

    /** Writes the scope's roster, masked, chunk by chunk; returns the number of employees written. */
    int export(TenantScope scope, EmployeeStore.Filter filter, boolean withEnterprise, Locale locale, OutputStream out) {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        wb.setCompressTempFiles(true);
        try {
            CellStyle header = SheetStyles.header(wb);
            SXSSFSheet sheet = wb.createSheet(msg("people.title", locale));
            String[] keys = withEnterprise
                    ? new String[] {"people.field.enterprise", "people.field.name", "people.field.gender", "people.field.idNumber",
                            "people.field.mobile", "people.field.employeeNo", "people.field.department", "people.field.jobTitle",
                            "people.field.homeCity", "people.field.status"}
                    : new String[] {"people.field.name", "people.field.gender", "people.field.idNumber", "people.field.mobile",
                            "people.field.employeeNo", "people.field.department", "people.field.jobTitle",
                            "people.field.homeCity", "people.field.status"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < keys.length; i++) {
                head.createCell(i).setCellValue(msg(keys[i], locale));
                head.getCell(i).setCellStyle(header);
                sheet.setColumnWidth(i, (i == 0 && withEnterprise ? 30 : 16) * 256);
            }
            sheet.createFreezePane(0, 1);
            CityDirectory dir = cities.directory();
            int n = 0;
            long after = 0;
            while (true) {
                List<EmployeeRow> chunk = store.chunk(scope, filter, after, EXPORT_CHUNK);
                for (EmployeeRow e : chunk) {
                    Row row = sheet.createRow(++n);
                    int c = 0;
                    if (withEnterprise) {
                        row.createCell(c++).setCellValue(e.enterpriseName());
                    }
                    row.createCell(c++).setCellValue(e.name());
                    row.createCell(c++).setCellValue(e.gender() == null ? "" : msg("people.gender." + e.gender(), locale));
                    row.createCell(c++).setCellValue(e.idNoMasked());
                    row.createCell(c++).setCellValue(e.phoneMasked() == null ? "" : e.phoneMasked());
                    row.createCell(c++).setCellValue(e.employeeNo() == null ? "" : e.employeeNo());
                    row.createCell(c++).setCellValue(e.department() == null ? "" : e.department());
                    row.createCell(c++).setCellValue(e.jobTitle() == null ? "" : e.jobTitle());
                    row.createCell(c++).setCellValue(e.homeCityCode() == null ? "" : dir.label(e.homeCityCode()));
                    row.createCell(c).setCellValue(msg(e.status().labelKey(), locale));
                    after = e.id();
                }
                if (chunk.size() < EXPORT_CHUNK) {
                    break;
                }
            }
            wb.write(out);
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                wb.dispose(); // removes the temporary sheet files
                wb.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }


    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
