package gxq.report.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gxq.account.GxqUser;
import gxq.org.ZoneSummary;
import gxq.org.Zones;
import gxq.report.reports.ReportStore.Period;
import gxq.report.reports.ReportStore.Report;

/**
 * The ministry's page of one period: every zone with its standing (a draft counts as not submitted and shows no
 * text), the overdue ones, and the nation's sums of the frozen figures of submitted and accepted reports. Two queries
 * (the period's reports, the zones) whatever the number of zones.
 */
@Service
@Transactional(readOnly = true)
class PeriodBoard {

    private final ReportStore store;
    private final ReportService reports;
    private final Zones zones;

    PeriodBoard(ReportStore store, ReportService reports, Zones zones) {
        this.store = store;
        this.reports = reports;
        this.zones = zones;
    }

    /** {@code report} is null for none and for drafts. */
    record Row(ZoneSummary zone, Standing standing, boolean overdue, Report report) {
    }

    record Counts(long notSubmitted, long submitted, long returned, long accepted, long overdue) {
    }

    record Board(Period period, List<Row> rows, Counts counts, ReportFigures totals, long covered,
            Map<Long, Map<Long, String>> answers) {
    }

    /** {@code standing}: a {@link Standing} name, "OVERDUE" or null (all); {@code province}: a code or null. */
    Board board(GxqUser user, long periodId, String standing, String province) {
        ReportService.ministry(user);
        Period p = reports.period(periodId);
        Map<Long, Report> byZone = store.reportsOf(p.id());
        Instant now = reports.now();
        List<Row> rows = new ArrayList<>();
        long ns = 0, su = 0, re = 0, ac = 0, od = 0;
        List<Report> counted = new ArrayList<>();
        for (ZoneSummary z : zones.all()) {
            Report r = byZone.get(z.id());
            Standing s = Standing.of(r == null ? null : r.state());
            boolean overdue = PeriodRules.overdue(s, p.deadline(), now);
            switch (s) {
                case NOT_SUBMITTED -> ns++;
                case SUBMITTED -> su++;
                case RETURNED -> re++;
                case ACCEPTED -> ac++;
            }
            if (overdue) {
                od++;
            }
            if (s == Standing.SUBMITTED || s == Standing.ACCEPTED) {
                counted.add(r);
            }
            boolean shown = (standing == null || standing.isBlank() || standing.equals(s.name())
                    || ("OVERDUE".equals(standing) && overdue))
                    && (province == null || province.isBlank() || province.equals(z.provinceCode()));
            if (shown) {
                rows.add(new Row(z, s, overdue, s == Standing.NOT_SUBMITTED ? null : r));
            }
        }
        return new Board(p, rows, new Counts(ns, su, re, ac, od), sum(counted, p.end()), counted.size(),
                store.answersOf(p.id()));
    }

    /**
     * Sums of frozen figures; 复工率 and 复岗率 recomputed from the summed counts. 产能恢复率 is weighed by each
     * enterprise's normal output, which a report does not carry, so the nation's one is left out (null).
     */
    static ReportFigures sum(List<Report> reports, LocalDate day) {
        long[] s = new long[20];
        for (Report r : reports) {
            ReportFigures f = r.figures();
            if (f == null) {
                continue;
            }
            long[] v = {f.enterprises(), f.resumed(), f.reported(), f.totalStaff(), f.onDuty(), f.employees(),
                    f.green(), f.yellow(), f.red(), f.noStatus(), f.declared(), f.observation(), f.openAlerts(),
                    f.casesRaised(), f.casesSolved(), f.casesOpen(), f.casesOverdue(), f.casesEscalated(),
                    f.casesRated()};
            for (int i = 0; i < v.length; i++) {
                s[i] += v[i];
            }
        }
        BigDecimal satisfaction = null;
        long rated = 0;
        BigDecimal weighted = BigDecimal.ZERO;
        for (Report r : reports) {
            if (r.figures() != null && r.figures().satisfaction() != null && r.figures().casesRated() > 0) {
                weighted = weighted.add(r.figures().satisfaction().multiply(BigDecimal.valueOf(r.figures().casesRated())));
                rated += r.figures().casesRated();
            }
        }
        if (rated > 0) {
            satisfaction = weighted.divide(BigDecimal.valueOf(rated), 2, java.math.RoundingMode.HALF_UP);
        }
        return new ReportFigures(day, s[0], s[1], s[2], s[3], s[4], ReportFigures.percent(s[1], s[0]),
                ReportFigures.percent(s[4], s[3]), null, s[5], s[6], s[7], s[8], s[9], s[10], s[11], s[12], s[13],
                s[14], s[15], s[16], s[17], s[18], satisfaction);
    }
}
