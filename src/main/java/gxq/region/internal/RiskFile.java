package gxq.region.internal;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a risk-entry file: .xlsx (first sheet) or UTF-8 .csv, told apart by content. The first non-blank row is the
 * header (城市代码/城市名称, 风险等级, 开始日期, 结束日期, 备注, in any order); every later non-blank row is data.
 * Anything that keeps the file from being read throws {@link Unreadable} before a row is applied.
 */
final class RiskFile {

    static final int MAX_ROWS = 5_000;
    static final long MAX_BYTES = 2L * 1024 * 1024;

    enum Col { CITY, LEVEL, FROM, TO, NOTE }

    record Row(int rowNumber, String city, String level, String from, String to, String note) {
    }

    /** The file as a whole cannot be used; carries a message key and its arguments. */
    static final class Unreadable extends RuntimeException {
        private final transient Object[] args;

        Unreadable(String key, Object... args) {
            super(key);
            this.args = args;
        }

        String key() {
            return getMessage();
        }

        Object[] args() {
            return args;
        }
    }

    private RiskFile() {
    }

    static List<Row> read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new Unreadable("region.import.file.missing");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Unreadable("region.import.file.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        List<List<String>> lines = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4
                ? xlsx(bytes) : csv(bytes);
        return rows(lines);
    }

    static Col column(String header) {
        String h = header == null ? "" : header.strip().replace(" ", "").toLowerCase(Locale.ROOT);
        return switch (h) {
            case "城市代码/城市名称", "城市代码", "城市名称", "城市", "city", "citycode", "cityname" -> Col.CITY;
            case "风险等级", "等级", "level", "risklevel" -> Col.LEVEL;
            case "开始日期", "validfrom", "from" -> Col.FROM;
            case "结束日期", "validto", "to" -> Col.TO;
            case "备注", "note" -> Col.NOTE;
            default -> null;
        };
    }

    private static List<Row> rows(List<List<String>> lines) {
        int i = 0;
        while (i < lines.size() && blank(lines.get(i))) {
            i++;
        }
        if (i == lines.size()) {
            throw new Unreadable("region.import.file.empty");
        }
        Map<Col, Integer> cols = new HashMap<>();
        List<String> header = lines.get(i);
        for (int c = 0; c < header.size(); c++) {
            Col col = column(header.get(c));
            if (col != null && cols.putIfAbsent(col, c) != null) {
                throw new Unreadable("region.import.file.duplicateColumn", header.get(c).strip());
            }
        }
        for (Col required : List.of(Col.CITY, Col.LEVEL, Col.FROM)) {
            if (!cols.containsKey(required)) {
                throw new Unreadable("region.import.file.missingColumn");
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = i + 1; r < lines.size(); r++) {
            List<String> line = lines.get(r);
            if (blank(line)) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                throw new Unreadable("region.import.file.tooManyRows", MAX_ROWS);
            }
            rows.add(new Row(r + 1, cell(line, cols.get(Col.CITY)), cell(line, cols.get(Col.LEVEL)),
                    cell(line, cols.get(Col.FROM)), cell(line, cols.get(Col.TO)), cell(line, cols.get(Col.NOTE))));
        }
        if (rows.isEmpty()) {
            throw new Unreadable("region.import.file.noData");
        }
        return rows;
    }

    private static String cell(List<String> line, Integer index) {
        return index == null || index >= line.size() ? null : line.get(index);
    }

    private static boolean blank(List<String> line) {
        return line.stream().allMatch(s -> s == null || s.isBlank());
    }

    private static List<List<String>> xlsx(byte[] bytes) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (book.getNumberOfSheets() == 0) {
                throw new Unreadable("region.import.file.empty");
            }
            Sheet sheet = book.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS + 100) {
                throw new Unreadable("region.import.file.tooManyRows", MAX_ROWS);
            }
            DataFormatter format = new DataFormatter(Locale.ROOT);
            List<List<String>> lines = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                List<String> line = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()) && c < 32; c++) {
                        line.add(text(row.getCell(c), format));
                    }
                }
                lines.add(line);
            }
            return lines;
        } catch (Unreadable e) {
            throw e;
        } catch (Exception e) {
            throw new Unreadable("region.import.file.corrupt");
        }
    }

    private static String text(Cell cell, DataFormatter format) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            double d = cell.getNumericCellValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return Double.toString(d);
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        return format.formatCellValue(cell);
    }

    private static List<List<String>> csv(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("region.import.file.notUtf8");
        }
        if (text.indexOf('\0') >= 0) {
            throw new Unreadable("region.import.file.corrupt");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (ch == ',') {
                line.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line.add(cell.toString());
                cell.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw new Unreadable("region.import.file.corrupt");
        }
        if (!cell.isEmpty() || !line.isEmpty()) {
            line.add(cell.toString());
            lines.add(line);
        }
        return lines;
    }
}
