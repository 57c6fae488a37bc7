package gxq.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ImportEncodingTest {

    @Test
    void rejectedRowValuesSurviveStorage() {
        RawEmployee raw = new RawEmployee("张三", "1.10105E+17", true, null, "A\u001F1", "研发部", null, "杭州");
        RawEmployee back = ImportService.decodeValues(ImportService.encodeValues(raw));
        assertThat(back).isEqualTo(new RawEmployee("张三", "1.10105E+17", true, null, "A 1", "研发部", null, "杭州"));
    }

    @Test
    void problemsSurviveStorageWithTheirColumnLetter() {
        String encoded = ImportService.encodeProblems(List.of(
                RowValidator.Problem.of(Column.NAME, RowValidator.NAME_REQUIRED),
                RowValidator.Problem.of(Column.ID_NUMBER, RowValidator.ID_DUPLICATE_IN_FILE, 7)));
        var lines = ImportService.decodeProblems(9, encoded, Map.of(Column.NAME, 2, Column.ID_NUMBER, 27));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).columnLetter()).isEqualTo("C");
        assertThat(lines.get(0).key()).isEqualTo(RowValidator.NAME_REQUIRED);
        assertThat(lines.get(1).columnLetter()).isEqualTo("AB");
        assertThat(lines.get(1).args()).containsExactly(7);
        assertThat(lines.get(1).rowNumber()).isEqualTo(9);
    }
}
