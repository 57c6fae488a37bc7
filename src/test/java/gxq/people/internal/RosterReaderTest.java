package gxq.people.internal;

import static gxq.people.internal.TestWorkbooks.HEADER;
import static gxq.people.internal.TestWorkbooks.roster;
import static gxq.people.internal.TestWorkbooks.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;

class RosterReaderTest {

    static final String ID = "11010519491231002X";

    private static String refusal(byte[] bytes) {
        try {
            RosterReader.read(bytes);
        } catch (RosterFileException e) {
            return e.key();
        }
        throw new AssertionError("expected the file to be refused");
    }

    @Test
    void readsAValidRosterWithRowNumbersAsExcelShowsThem() {
        var roster = RosterReader.read(roster(
                new Object[] {"张三", ID, "13812345678", "A001", "研发部", "工程师", "杭州市"},
                new Object[] {"李四", "110105199001011237", null, null, null, null, null}));
        assertThat(roster.columns()).hasSize(7);
        assertThat(roster.ignoredHeaders()).isEmpty();
        assertThat(roster.rows()).hasSize(2);
        var first = roster.rows().get(0);
        assertThat(first.rowNumber()).isEqualTo(2);
        assertThat(first.raw()).isEqualTo(new RawEmployee("张三", ID, false, "13812345678", "A001", "研发部", "工程师", "杭州市"));
        assertThat(roster.rows().get(1).rowNumber()).isEqualTo(3);
        assertThat(roster.rows().get(1).raw().mobile()).isNull();
    }

    @Test
    void mixedRowsAreAllReadBlankRowsSkippedAndTheValidatorDecides() {
        var roster = RosterReader.read(roster(
                new Object[] {"张三", ID},
                null,
                new Object[] {"", "110105194912310021", "123"},
                new Object[] {"王五", ID, "13900001111"}));
        assertThat(roster.rows()).extracting(RosterReader.Row::rowNumber).containsExactly(2, 4, 5);
        assertThat(roster.rows().get(1).raw().name()).isNull();
        assertThat(roster.rows().get(1).raw().idNumber()).isEqualTo("110105194912310021");
    }

    @Test
    void numericCellsAreReadAsPlainDigitsAndANumericIdIsFlagged() {
        var roster = RosterReader.read(roster(new Object[] {"张三", 110105194912310020.0, 13812345678L, 1024, null, null, 330100}));
        RawEmployee raw = roster.rows().get(0).raw();
        assertThat(raw.idNumeric()).isTrue();
        assertThat(raw.mobile()).isEqualTo("13812345678");
        assertThat(raw.employeeNo()).isEqualTo("1024");
        assertThat(raw.homeCity()).isEqualTo("330100");
        assertThat(new RowValidator(RowValidatorTest.CITIES).validate(raw, true).problems())
                .extracting(RowValidator.Problem::key).containsExactly(RowValidator.ID_NUMERIC);
    }

    @Test
    void columnsAreFoundByHeaderInAnyOrderAndOthersIgnored() {
        var roster = RosterReader.read(xlsx(
                new Object[] {"序号", "身份证号码*", "姓名（必填）", "备注", "Mobile"},
                new Object[] {1, ID, "张三", "x", "13812345678"}));
        assertThat(roster.columns()).containsEntry(Column.ID_NUMBER, 1).containsEntry(Column.NAME, 2)
                .containsEntry(Column.MOBILE, 4).doesNotContainKey(Column.DEPARTMENT);
        assertThat(roster.ignoredHeaders()).containsExactly("序号", "备注");
        assertThat(roster.rows().get(0).raw()).isEqualTo(new RawEmployee("张三", ID, false, "13812345678", null, null, null, null));
    }

    @Test
    void wrongHeadersAreRefused() {
        assertThat(refusal(xlsx(new Object[] {"张三", ID, "13812345678"}, new Object[] {"李四", ID})))
                .isEqualTo(RosterReader.FILE_NO_HEADER);
        assertThat(refusal(xlsx(new Object[] {"姓名", "手机号"}, new Object[] {"李四", "13812345678"})))
                .isEqualTo(RosterReader.FILE_MISSING_COLUMN);
        assertThat(refusal(xlsx(new Object[] {"姓名", "身份证号", "姓名"}, new Object[] {"李四", ID, "x"})))
                .isEqualTo(RosterReader.FILE_DUPLICATE_COLUMN);
    }

    @Test
    void emptyWorkbooksAreRefused() {
        assertThat(refusal(xlsx())).isEqualTo(RosterReader.FILE_EMPTY);
        assertThat(refusal(xlsx(HEADER))).isEqualTo(RosterReader.FILE_NO_DATA);
        assertThat(refusal(new byte[0])).isEqualTo(RosterReader.FILE_MISSING);
    }

    @Test
    void bytesThatAreNotAnXlsxAreRefusedWhateverTheirName() throws Exception {
        assertThat(refusal("姓名,身份证号\n张三,11010519491231002X\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(RosterReader.FILE_NOT_EXCEL);
        assertThat(refusal("%PDF-1.7 not a spreadsheet".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(RosterReader.FILE_NOT_EXCEL);
        try (HSSFWorkbook xls = new HSSFWorkbook()) {
            TestWorkbooks.fill(xls, HEADER, new Object[] {"张三", ID});
            assertThat(refusal(TestWorkbooks.bytes(xls))).isEqualTo(RosterReader.FILE_LEGACY_XLS);
        }
    }

    @Test
    void aCorruptOrTruncatedFileIsRefused() {
        byte[] good = roster(new Object[] {"张三", ID});
        assertThat(refusal(Arrays.copyOf(good, good.length / 2))).isEqualTo(RosterReader.FILE_CORRUPT);
        byte[] scrambled = good.clone();
        for (int i = 200; i < scrambled.length - 200; i += 7) {
            scrambled[i] ^= 0x5A;
        }
        assertThat(refusal(scrambled)).isEqualTo(RosterReader.FILE_CORRUPT);
    }

    @Test
    void aMacroEnabledWorkbookIsRefused() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
            TestWorkbooks.fill(wb, HEADER, new Object[] {"张三", ID});
            assertThat(refusal(TestWorkbooks.bytes(wb))).isEqualTo(RosterReader.FILE_MACROS);
        }
    }

    @Test
    void aPasswordProtectedWorkbookIsRefused() throws Exception {
        byte[] plain = roster(new Object[] {"张三", ID});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("geheim");
            try (OPCPackage pkg = OPCPackage.open(new java.io.ByteArrayInputStream(plain)); OutputStream os = enc.getDataStream(fs)) {
                pkg.save(os);
            }
            fs.writeFilesystem(out);
        }
        assertThat(refusal(out.toByteArray())).isEqualTo(RosterReader.FILE_ENCRYPTED);
    }

    @Test
    void moreRowsThanTheLimitAreRefused() {
        Object[][] rows = new Object[RosterReader.MAX_ROWS + 1][];
        Arrays.fill(rows, new Object[] {"张三", ID});
        assertThat(refusal(roster(rows))).isEqualTo(RosterReader.FILE_TOO_MANY_ROWS);
    }

    @Test
    void tooLargeIsRefusedBeforeParsing() {
        assertThat(refusal(new byte[(int) RosterReader.MAX_BYTES + 1])).isEqualTo(RosterReader.FILE_TOO_LARGE);
    }
}
