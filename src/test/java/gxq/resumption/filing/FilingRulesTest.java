package gxq.resumption.filing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import gxq.common.web.FieldProblem;
import gxq.resumption.internal.FilingState;

import static org.assertj.core.api.Assertions.assertThat;

class FilingRulesTest {

    static final LocalDate TODAY = LocalDate.of(2020, 2, 24);

    static Filing filing(LocalDate planned) {
        return new Filing(1, 1, 1, "企业", "I", FilingState.DRAFT, planned, 10, 2, 7, 7, 7, new BigDecimal("100"), "王",
                "v1:encrypted", "138****5678", null, null, null, null, null, null, 0);
    }

    static Answer answer(long id, boolean evidenceRequired, String answer, String note, String evidence, int files) {
        List<Attachment> list = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            list.add(new Attachment(i, 1, id, 1, 1, "f.pdf", "application/pdf", 10, null));
        }
        return new Answer(id, "N0" + id, "措施" + id, evidenceRequired, (int) id, answer, note, evidence, null, list);
    }

    static List<String> keys(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.key()).toList();
    }

    @Test
    void aCompleteFilingMayBeSubmitted() {
        assertThat(FilingRules.missingForSubmit(filing(TODAY), List.of(answer(1, true, "DONE", null, "记录", 0),
                answer(2, true, "DONE", null, null, 1), answer(3, false, "DONE", null, null, 0),
                answer(4, true, "NA", "无食堂", null, 0)), TODAY)).isEmpty();
    }

    @Test
    void submissionNeedsEveryAnswerReasonsEvidenceAndAFutureDate() {
        assertThat(keys(FilingRules.missingForSubmit(filing(TODAY.minusDays(1)), List.of(answer(1, true, "DONE", null, null, 0),
                answer(2, false, null, null, null, 0), answer(3, false, "NA", null, null, 0)), TODAY)))
                .containsExactly("plannedDate:resumption.filing.past.plannedDate",
                        "evidence.1:resumption.filing.required.evidence", "answer.2:resumption.filing.required.answer",
                        "note.3:resumption.filing.required.reason");
        Filing empty = new Filing(1, 1, 1, "企业", "I", FilingState.DRAFT, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, 0);
        assertThat(FilingRules.missingForSubmit(empty, List.of(), TODAY)).hasSize(9);
    }

    @Test
    void plannedDatesOutsideTheCenturyAreRefusedNotStored() {
        for (String typed : new String[] {"+999999999-12-31", "0001-01-01", "1999-12-31", "2100-01-01",
                "-999999999-01-01"}) {
            List<FieldProblem> problems = new ArrayList<>();
            FilingForm form = new FilingForm();
            form.setPlannedDate(typed);
            assertThat(FilingRules.parse(form, problems).plannedDate()).as(typed).isNull();
            assertThat(keys(problems)).as(typed).containsExactly("plannedDate:resumption.filing.range.plannedDate");
        }
        for (String typed : new String[] {"2000-01-01", "2099-12-31"}) {
            List<FieldProblem> problems = new ArrayList<>();
            FilingForm form = new FilingForm();
            form.setPlannedDate(typed);
            assertThat(FilingRules.parse(form, problems).plannedDate()).hasToString(typed);
            assertThat(problems).isEmpty();
        }
    }

    @Test
    void longTextIsCutToTheColumnWithoutBreakingACharacter() {
        assertThat(FilingService.cut("abc", 3)).isEqualTo("abc");
        assertThat(FilingService.cut("abcd", 3)).isEqualTo("ab…");
        assertThat(FilingService.cut("a\uD842\uDFB7b", 3)).isEqualTo("a…").hasSizeLessThanOrEqualTo(3);
        assertThat(FilingService.cut(null, 3)).isNull();
    }

    @Test
    void draftsAcceptBlanksButNotMalformedValues() {
        List<FieldProblem> problems = new ArrayList<>();
        FilingForm blank = new FilingForm();
        var values = FilingRules.parse(blank, problems);
        assertThat(problems).isEmpty();
        assertThat(values.plannedDate()).isNull();

        FilingForm form = new FilingForm();
        form.setPlannedHeadcount("1000001");
        form.setReturnees("3");
        form.setMasksDays("3651");
        form.setMonthlyOutput("1.234");
        form.setContactPhone("+86 138-1234-5678");
        form.answers().put(5L, new FilingForm.AnswerInput("YES", " ", "x".repeat(2001)));
        values = FilingRules.parse(form, problems);
        assertThat(keys(problems)).containsExactly("plannedHeadcount:resumption.filing.invalid.plannedHeadcount",
                "masksDays:resumption.filing.invalid.masksDays", "monthlyOutput:resumption.filing.invalid.monthlyOutput",
                "answer.5:resumption.filing.invalid.answer", "evidence.5:resumption.filing.tooLong.evidence");
        assertThat(values.contactPhone()).isEqualTo("13812345678");
        assertThat(values.answers().get(5L).note()).isNull();

        problems.clear();
        form = new FilingForm();
        form.setPlannedHeadcount("5");
        form.setReturnees("6");
        form.setMonthlyOutput("0.5");
        values = FilingRules.parse(form, problems);
        assertThat(keys(problems)).containsExactly("returnees:resumption.filing.returnees.exceeds");
        assertThat(values.monthlyOutput()).isEqualByComparingTo("0.5");
    }

    @Test
    void countdownToTheDeadline() {
        OffsetDateTime submitted = OffsetDateTime.of(2020, 2, 24, 9, 0, 0, 0, ZoneOffset.UTC);
        OffsetDateTime due = FilingRules.reviewDue(submitted, 48);
        assertThat(due).isEqualTo(submitted.plusDays(2));
        var left = FilingRules.countdown(due, submitted.plusHours(1).plusMinutes(30));
        assertThat(left.overdue()).isFalse();
        assertThat(left.hours()).isEqualTo(46);
        assertThat(left.restMinutes()).isEqualTo(30);
        var late = FilingRules.countdown(due, due.plusMinutes(90).plusSeconds(20));
        assertThat(late.overdue()).isTrue();
        assertThat(late.hours()).isEqualTo(1);
        assertThat(late.restMinutes()).isEqualTo(31);
        assertThat(FilingRules.mayReview(FilingState.SUBMITTED)).isTrue();
        assertThat(FilingRules.mayReview(FilingState.RETURNED)).isFalse();
        assertThat(FilingRules.mayReview(FilingState.DRAFT)).isFalse();
    }
}
