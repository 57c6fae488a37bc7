package gxq.exchange.notice;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import gxq.common.web.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

/** The body is kept as plain text with its paragraphs; blank input and overlong text are problems. */
class NoticeTextTest {

    List<FieldProblem> problems = new ArrayList<>();

    @Test
    void lineBreaksAreNormalisedAndParagraphsKept() {
        String body = NoticeService.body("  各园区：  \r\n\r\n第一条。\r第二条。\n\n\n", problems);
        assertThat(problems).isEmpty();
        assertThat(body).isEqualTo("各园区：\n\n第一条。\n第二条。");
        Notice n = new Notice(1, "t", body, Importance.NORMAL, null, Audience.Kind.ALL, NoticeState.DRAFT, 1, "a", null,
                null, null, null, null, 0);
        assertThat(n.paragraphs()).containsExactly("各园区：", "第一条。", "第二条。");
    }

    @Test
    void blankAndOverlongBodiesAreRefused() {
        assertThat(NoticeService.body(" \r\n ", problems)).isNull();
        assertThat(NoticeService.body("字".repeat(NoticeService.MAX_BODY + 1), problems)).isNull();
        assertThat(problems).extracting(FieldProblem::key).containsExactly("notice.body.required", "notice.tooLong");
    }

    @Test
    void importanceMustBeOneOfTheThree() {
        assertThat(NoticeService.importance("URGENT", problems)).isEqualTo(Importance.URGENT);
        assertThat(NoticeService.importance("urgent", problems)).isNull();
        assertThat(problems).extracting(FieldProblem::key).containsExactly("notice.importance.bad");
        assertThat(Importance.NORMAL.asksAcknowledgement()).isFalse();
        assertThat(Importance.IMPORTANT.asksAcknowledgement()).isTrue();
    }
}
