package gxq.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class TextInputTest {

    @Test
    void cleansStripsControlCharactersButKeepsLineBreaks() {
        assertThat(TextInput.clean("  资金\u0000周转\n困难\t ")).isEqualTo("资金周转\n困难");
        assertThat(TextInput.clean(" \u0007 ")).isNull();
        assertThat(TextInput.clean(null)).isNull();
    }

    @Test
    void reportsRequiredAndTooLongFieldsAndPassesGoodText() {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(TextInput.text(" ", "title", 5, "x.title.required", "x.tooLong", problems)).isNull();
        assertThat(TextInput.text(" ", "note", 5, null, "x.tooLong", problems)).isNull();
        assertThat(TextInput.text("一二三四五六", "body", 5, null, "x.tooLong", problems)).isNull();
        assertThat(TextInput.text(" 一二三 ", "name", 5, "x.name.required", "x.tooLong", problems)).isEqualTo("一二三");
        assertThat(problems).containsExactly(new FieldProblem("title", "x.title.required"),
                new FieldProblem("body", "x.tooLong", "5", "6"));
        Assertions.assertThatThrownBy(() -> InvalidInput.throwIfAny(problems)).isInstanceOf(InvalidInput.class);
        InvalidInput.throwIfAny(List.of());
    }
}
