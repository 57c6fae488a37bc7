package gxq.report.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gxq.report.reports.ReportStore.Period;

/** For the national view (gxq.report.national): the running open period and each zone's standing in it. */
@Service
@Transactional(readOnly = true)
public class PeriodStandings {

    private final ReportStore store;
    private final ReportService reports;

    PeriodStandings(ReportStore store, ReportService reports) {
        this.store = store;
        this.reports = reports;
    }

    /** {@code byZone} holds zones with a report; others are NOT_SUBMITTED. */
    public record Snapshot(long periodId, String formName, LocalDate start, LocalDate end, Instant deadline,
            Map<Long, Standing> byZone) {

        public Standing of(long zoneId) {
            return byZone.getOrDefault(zoneId, Standing.NOT_SUBMITTED);
        }

        public boolean overdue(long zoneId, Instant now) {
            return PeriodRules.overdue(of(zoneId), deadline, now);
        }
    }

    /**
     * The running open period: of the open periods started by {@code today} the one that started last, else the next
     * to start (a period opened in advance does not hide the running one). One or two queries for the period, one for
     * its reports.
     */
    public Optional<Snapshot> currentOpen(LocalDate today) {
        return store.currentOpen(today).map(this::snapshot);
    }

    public Instant now() {
        return reports.now();
    }

    private Snapshot snapshot(Period p) {
        Map<Long, Standing> m = new HashMap<>();
        store.reportsOf(p.id()).forEach((zone, r) -> m.put(zone, Standing.of(r.state())));
        return new Snapshot(p.id(), p.formName(), p.start(), p.end(), p.deadline(), m);
    }
}
