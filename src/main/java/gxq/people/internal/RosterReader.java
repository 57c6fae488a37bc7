package gxq.people.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an .xlsx roster as a stream (SAX), so a large file never becomes a large object tree.
 * The content decides, not the file name: the bytes must be an Office Open XML spreadsheet that POI can open, without
 * macros and without a password. The first non-blank row is the header; columns are found by their header text, in
 * any order; other columns are ignored. Cells may be text or numbers; an ID number stored as a number is flagged,
 * because its last digits are lost.
 */
final class RosterReader {

    static final int MAX_ROWS = 20_000;
    static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final int MAX_COLUMNS = 64;
    private static final String VBA_CONTENT_TYPE = "application/vnd.ms-office.vbaProject";

    static final String FILE_MISSING = "people.import.file.missing";
    static final String FILE_TOO_LARGE = "people.import.file.tooLarge";
    static final String FILE_NOT_EXCEL = "people.import.file.notExcel";
    static final String FILE_LEGACY_XLS = "people.import.file.legacyXls";
    static final String FILE_ENCRYPTED = "people.import.file.encrypted";
    static final String FILE_MACROS = "people.import.file.macros";
    static final String FILE_CORRUPT = "people.import.file.corrupt";
    static final String FILE_EMPTY = "people.import.file.empty";
    static final String FILE_NO_DATA = "people.import.file.noData";
    static final String FILE_NO_HEADER = "people.import.file.noHeader";
    static final String FILE_MISSING_COLUMN = "people.import.file.missingColumn";
    static final String FILE_DUPLICATE_COLUMN = "people.import.file.duplicateColumn";
    static final String FILE_TOO_MANY_ROWS = "people.import.file.tooManyRows";

    /** One data row: its spreadsheet row number (1-based, as Excel shows it) and its cells. */
    record Row(int rowNumber, RawEmployee raw) {
    }

    /** The roster: which columns the file has (0-based index), headers it ignored, and its non-blank data rows. */
    record Roster(Map<Column, Integer> columns, List<String> ignoredHeaders, List<Row> rows) {
        boolean has(Column c) {
            return columns.containsKey(c);
        }
    }

    private RosterReader() {
    }

    static Roster read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new RosterFileException(FILE_MISSING);
        }
        if (bytes.length > MAX_BYTES) {
            throw new RosterFileException(FILE_TOO_LARGE, MAX_BYTES / 1024 / 1024);
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(bytes))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new RosterFileException(FILE_NOT_EXCEL);
        }
        if (magic == FileMagic.OLE2) {
            throw new RosterFileException(isEncrypted(bytes) ? FILE_ENCRYPTED : FILE_LEGACY_XLS);
        }
        if (magic != FileMagic.OOXML) {
            throw new RosterFileException(FILE_NOT_EXCEL);
        }
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            checkWorkbookType(pkg);
            XSSFReader reader = new XSSFReader(pkg);
            SharedStrings strings = reader.getSharedStringsTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new RosterFileException(FILE_EMPTY);
            }
            SheetHandler handler = new SheetHandler(strings);
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(handler);
                xml.parse(new InputSource(sheet));
            } catch (StopParsing stop) {
                throw new RosterFileException(FILE_TOO_MANY_ROWS, MAX_ROWS);
            }
            return handler.roster();
        } catch (RosterFileException e) {
            throw e;
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            throw new RosterFileException(FILE_CORRUPT);
        }
    }

    private static boolean isEncrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Only a plain workbook (or template): a macro-enabled one is refused even if it holds no macros yet. */
    private static void checkWorkbookType(OPCPackage pkg) {
        PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (core.isEmpty()) {
            throw new RosterFileException(FILE_CORRUPT);
        }
        PackagePart main = pkg.getPart(core.getRelationship(0));
        if (main == null) {
            throw new RosterFileException(FILE_CORRUPT);
        }
        String type = main.getContentType();
        if (type.equals(XSSFRelation.MACROS_WORKBOOK.getContentType())
                || type.equals(XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType())
                || type.equals(XSSFRelation.MACRO_ADDIN_WORKBOOK.getContentType())
                || !pkg.getPartsByContentType(VBA_CONTENT_TYPE).isEmpty()) {
            throw new RosterFileException(FILE_MACROS);
        }
        if (!type.equals(XSSFRelation.WORKBOOK.getContentType())
                && !type.equals(XSSFRelation.TEMPLATE_WORKBOOK.getContentType())) {
            throw new RosterFileException(FILE_NOT_EXCEL);
        }
    }

    private static final class StopParsing extends SAXException {
        StopParsing() {
            super("too many rows");
        }
    }

    /** One cell's text and whether it was stored as a number. */
    private record Cell(String text, boolean numeric) {
    }

    /** Collects rows of cells from the sheet XML: {@code <row r><c r t><v>…</v> | <is><t>…</t></is></c></row>}. */
    private static final class SheetHandler extends DefaultHandler {

        private final SharedStrings strings;
        private final StringBuilder value = new StringBuilder();
        private boolean collecting;
        private int rowNumber;
        private int column;
        private String cellType;
        private TreeMap<Integer, Cell> cells;

        private Map<Column, Integer> columns;
        private final List<String> ignored = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();

        SheetHandler(SharedStrings strings) {
            this.strings = strings;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (local(localName, qName)) {
                case "row" -> {
                    String r = atts.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new TreeMap<>();
                    column = -1;
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    column = ref == null ? column + 1 : columnIndex(ref);
                    cellType = atts.getValue("t");
                    value.setLength(0);
                }
                case "v", "t" -> collecting = true;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting && value.length() < 40_000) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (local(localName, qName)) {
                case "v", "t" -> collecting = false;
                case "c" -> {
                    if (column >= 0 && column < MAX_COLUMNS) {
                        Cell cell = cell();
                        if (cell != null && !cell.text().isBlank()) {
                            cells.put(column, cell);
                        }
                    }
                }
                case "row" -> row();
                default -> { }
            }
        }

        private Cell cell() {
            String v = value.toString();
            if (cellType == null || cellType.equals("n")) {
                return v.isEmpty() ? null : new Cell(plainNumber(v), true);
            }
            return switch (cellType) {
                case "s" -> {
                    try {
                        yield new Cell(strings.getItemAt(Integer.parseInt(v.trim())).getString(), false);
                    } catch (RuntimeException e) {
                        throw new IllegalStateException("bad shared string reference");
                    }
                }
                case "b" -> new Cell("1".equals(v) ? "TRUE" : "FALSE", false);
                case "e" -> new Cell(v, false);
                default -> new Cell(v, false); // inlineStr, str (formula result)
            };
        }

        private void row() throws SAXException {
            if (cells.isEmpty()) {
                return;
            }
            if (columns == null) {
                header();
                return;
            }
            if (rows.size() >= MAX_ROWS) {
                throw new StopParsing();
            }
            rows.add(new Row(rowNumber, new RawEmployee(text(Column.NAME), text(Column.ID_NUMBER),
                    numeric(Column.ID_NUMBER), text(Column.MOBILE), text(Column.EMPLOYEE_NO), text(Column.DEPARTMENT),
                    text(Column.JOB_TITLE), text(Column.HOME_CITY))));
        }

        private String text(Column c) {
            Integer i = columns.get(c);
            Cell cell = i == null ? null : cells.get(i);
            return cell == null ? null : cell.text();
        }

        private boolean numeric(Column c) {
            Integer i = columns.get(c);
            Cell cell = i == null ? null : cells.get(i);
            return cell != null && cell.numeric();
        }

        private void header() {
            Map<Column, Integer> found = new EnumMap<>(Column.class);
            for (var e : cells.entrySet()) {
                Column c = Column.ofHeader(e.getValue().text());
                if (c == null) {
                    ignored.add(e.getValue().text().strip());
                } else if (found.putIfAbsent(c, e.getKey()) != null) {
                    throw new RosterFileException(FILE_DUPLICATE_COLUMN, c.header());
                }
            }
            if (found.isEmpty()) {
                throw new RosterFileException(FILE_NO_HEADER);
            }
            List<String> missing = new ArrayList<>();
            for (Column c : Column.values()) {
                if (c.required() && !found.containsKey(c)) {
                    missing.add(c.header());
                }
            }
            if (!missing.isEmpty()) {
                throw new RosterFileException(FILE_MISSING_COLUMN, String.join("、", missing));
            }
            columns = found;
        }

        Roster roster() {
            if (columns == null) {
                throw new RosterFileException(FILE_EMPTY);
            }
            if (rows.isEmpty()) {
                throw new RosterFileException(FILE_NO_DATA);
            }
            return new Roster(Map.copyOf(columns), List.copyOf(ignored), List.copyOf(rows));
        }

        private static String local(String localName, String qName) {
            if (localName != null && !localName.isEmpty()) {
                return localName;
            }
            int colon = qName.indexOf(':');
            return colon < 0 ? qName : qName.substring(colon + 1);
        }

        /** "B12" → 1. */
        private static int columnIndex(String ref) {
            int col = 0;
            for (int i = 0; i < ref.length(); i++) {
                char ch = ref.charAt(i);
                if (ch < 'A' || ch > 'Z') {
                    break;
                }
                col = col * 26 + (ch - 'A' + 1);
            }
            return col - 1;
        }

        /** "1.3812345678E10" → "13812345678", "12.0" → "12". */
        private static String plainNumber(String v) {
            try {
                BigDecimal d = new BigDecimal(v.trim()).stripTrailingZeros();
                return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
            } catch (NumberFormatException e) {
                return v;
            }
        }
    }
}
