package gxq.report.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import gxq.account.RunAs;
import gxq.common.web.ConflictException;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/**
 * A close that commits after a zone's request looked at the period (and while it computes the figures) still stops
 * that request: the writes check the period in the statement itself. Zones 69 and 70.
 */
@IntegrationTest
@Tag("db")
class ClosedPeriodWritesTest {

    @Autowired Fixtures fixtures;
    @Autowired ReportService reports;
    @Autowired ReportStore store;
    @Autowired @Qualifier("healthClock") Clock clock;

    @Test
    void noWriteLandsInAPeriodClosedMeanwhile() {
        var ministry = fixtures.ministry();
        var admin = fixtures.zoneAdmin(69L);
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
                .plusWeeks(120);
        long form = RunAs.as(ministry, () -> reports.createForm(ministry,
                new ReportService.FormInput("关闭竞争周报" + Fixtures.next(), null, "WEEKLY", "1", null)));
        long period = RunAs.as(ministry, () -> reports.openPeriod(ministry, form, new ReportService.PeriodInput(
                monday.toString(), monday.plusDays(6).toString(), monday.plusDays(8).atStartOfDay().toString())));
        var answers = new ReportService.Answers("问题", "需求", "做法", java.util.Map.of());
        long submitted = RunAs.as(admin, () -> reports.submit(admin, period, "", answers));
        var other = fixtures.zoneAdmin(70L);
        long draft = RunAs.as(other, () -> reports.save(other, period, "", answers));
        ReportStore.Report s = store.report(submitted).orElseThrow();
        ReportStore.Report d = store.report(draft).orElseThrow();
        Instant now = Instant.now();

        // the ministry closes the period after the zones' requests checked it
        assertThat(store.closePeriod(period, store.period(period).orElseThrow().version(), ministry.id(), now)).isTrue();

        assertThat(store.saveTexts(d.id(), d.version(), "晚了", null, null, admin.id(), now)).isFalse();
        assertThat(store.submit(d.id(), d.version(), reports.liveFigures(70L, store.period(period).orElseThrow()),
                admin.id(), now)).isFalse();
        assertThat(store.insertReport(period, 71L, "晚了", null, null, admin.id(), now)).isEmpty();
        assertThat(store.returnReport(s.id(), s.version(), "退回", ministry.id(), now)).isFalse();
        assertThat(store.report(draft).orElseThrow().state()).isEqualTo(ReportState.DRAFT);
        assertThat(store.report(submitted).orElseThrow().state()).isEqualTo(ReportState.SUBMITTED);
        // and through the service: 409 with the period's message
        assertThatThrownBy(() -> RunAs.as(admin, () -> reports.save(admin, period, String.valueOf(s.version()), answers)))
                .isInstanceOf(ConflictException.class);
    }
}
