package gxq.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import gxq.report.reports.PeriodRulesProbe;

/** Proposed periods, default deadlines and the checks on a period the ministry opens. */
class PeriodRulesTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    final LocalDate wednesday = LocalDate.of(2020, 2, 26);

    @Test
    void weeklyProposalIsTheCurrentWeekThenTheWeekAfterTheLatest() {
        assertThat(PeriodRulesProbe.proposal("WEEKLY", wednesday, null))
                .containsExactly(LocalDate.of(2020, 2, 24), LocalDate.of(2020, 3, 1));
        assertThat(PeriodRulesProbe.proposal("WEEKLY", wednesday, LocalDate.of(2020, 3, 1)))
                .containsExactly(LocalDate.of(2020, 3, 2), LocalDate.of(2020, 3, 8));
    }

    @Test
    void monthlyProposalIsTheCurrentMonthThenTheNextOne() {
        assertThat(PeriodRulesProbe.proposal("MONTHLY", wednesday, null))
                .containsExactly(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 29));
        assertThat(PeriodRulesProbe.proposal("MONTHLY", wednesday, LocalDate.of(2020, 2, 29)))
                .containsExactly(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 31));
        assertThat(PeriodRulesProbe.proposal("ONE_OFF", wednesday, null))
                .containsExactly(wednesday, wednesday.plusDays(6));
    }

    @Test
    void deadlineIsTheEndOfTheDayInChina() {
        Instant d = PeriodRulesProbe.deadline(LocalDate.of(2020, 3, 1), 1);
        assertThat(d).isEqualTo(LocalDate.of(2020, 3, 3).atStartOfDay(CHINA).toInstant());
        assertThat(d).isEqualTo(Instant.parse("2020-03-02T16:00:00Z"));
    }

    @Test
    void checksNameEveryProblem() {
        Instant now = Instant.parse("2020-02-26T02:00:00Z");
        LocalDate s = LocalDate.of(2020, 3, 2);
        Instant due = s.plusDays(8).atStartOfDay(CHINA).toInstant();
        assertThat(PeriodRulesProbe.check(s, s.plusDays(6), due, now)).isEmpty();
        assertThat(PeriodRulesProbe.check(s, s.minusDays(1), due, now))
                .containsExactly("report.period.endBeforeStart");
        assertThat(PeriodRulesProbe.check(s, s.plusDays(6), now.minusSeconds(1), now))
                .containsExactly("report.period.deadlinePast");
        assertThat(PeriodRulesProbe.check(s, s.plusDays(400), s.plusDays(500).atStartOfDay(CHINA).toInstant(), now))
                .containsExactly("report.period.tooLong");
        assertThat(PeriodRulesProbe.check(s, s.plusDays(6), s.atStartOfDay(CHINA).toInstant(), now))
                .containsExactly("report.period.deadlineBeforeEnd");
        assertThat(PeriodRulesProbe.check(s, s.plusDays(6), s.plusDays(6 + 367).atStartOfDay(CHINA).toInstant(), now))
                .isEmpty();
        assertThat(PeriodRulesProbe.check(s, s.plusDays(6), s.plusDays(6 + 367).atStartOfDay(CHINA).toInstant()
                .plusSeconds(1), now)).containsExactly("report.period.deadlineTooLate");
        assertThat(PeriodRulesProbe.check(s, s.plusDays(6), Instant.parse("+300000-01-01T00:00:00Z"), now))
                .containsExactly("report.period.deadlineTooLate");
        assertThat(PeriodRulesProbe.check(null, null, null, now)).containsExactly("report.period.startRequired",
                "report.period.endRequired", "report.period.deadlineRequired");
    }

    @Test
    void overdueOnlyWhileOwedAfterTheDeadline() {
        Instant deadline = Instant.parse("2020-03-02T16:00:00Z");
        assertThat(PeriodRulesProbe.overdue("NOT_SUBMITTED", deadline, deadline.plusSeconds(1))).isTrue();
        assertThat(PeriodRulesProbe.overdue("RETURNED", deadline, deadline.plusSeconds(1))).isTrue();
        assertThat(PeriodRulesProbe.overdue("NOT_SUBMITTED", deadline, deadline.minusSeconds(1))).isFalse();
        assertThat(PeriodRulesProbe.overdue("SUBMITTED", deadline, deadline.plusSeconds(1))).isFalse();
        assertThat(PeriodRulesProbe.overdue("ACCEPTED", deadline, deadline.plusSeconds(1))).isFalse();
    }
}
