package gxq.needs.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gxq.needs.NeedCategory;
import gxq.needs.NeedStatistics;
import gxq.needs.ZoneNeedFigures;

/**
 * Figures on cases for a period of Asia/Shanghai days: the statistics page, its .xlsx and {@link NeedStatistics} for
 * the zones' reports to the ministry. Definitions in docs/needs.md.
 */
@Service
@Transactional(readOnly = true)
class CaseStatistics implements NeedStatistics {

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private final CaseStore store;
    private final Clock clock;

    CaseStatistics(CaseStore store, @Qualifier("healthClock") Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public ZoneNeedFigures ofZone(long zoneId, LocalDate from, LocalDate to) {
        return figures(zoneId, rows(zoneId, from, to), from, to);
    }

    @Override
    public List<ZoneNeedFigures> allZones(LocalDate from, LocalDate to) {
        Map<Long, List<CaseStore.StatRow>> byZone = new TreeMap<>();
        for (CaseStore.StatRow r : rows(null, from, to)) {
            byZone.computeIfAbsent(r.zoneId(), k -> new ArrayList<>()).add(r);
        }
        List<ZoneNeedFigures> list = new ArrayList<>();
        byZone.forEach((zone, rows) -> list.add(figures(zone, rows, from, to)));
        return list;
    }

    /** Everything the statistics page shows, for one zone or (null) all zones. */
    record View(LocalDate from, LocalDate to, Map<NeedCategory, Map<CaseState, Long>> byCategory,
            Map<CaseState, Long> byState, long raised, long solved, Double averageHours, Double medianHours,
            long rated, Double averageRating, long[] ratings, List<ZoneRow> zones) {
    }

    record ZoneRow(long zoneId, String zoneName, ZoneNeedFigures figures, Double averageHours, Double medianHours) {
    }

    View view(Long zoneId, LocalDate from, LocalDate to) {
        List<CaseStore.StatRow> rows = rows(zoneId, from, to);
        OffsetDateTime start = start(from);
        OffsetDateTime end = start(to.plusDays(1));
        Map<NeedCategory, Map<CaseState, Long>> byCategory = new EnumMap<>(NeedCategory.class);
        Map<CaseState, Long> byState = new EnumMap<>(CaseState.class);
        for (NeedCategory c : NeedCategory.values()) {
            Map<CaseState, Long> m = new EnumMap<>(CaseState.class);
            for (CaseState s : CaseState.values()) {
                m.put(s, 0L);
                byState.putIfAbsent(s, 0L);
            }
            byCategory.put(c, m);
        }
        long raised = 0;
        for (CaseStore.StatRow r : rows) {
            if (in(r.raisedAt(), start, end)) {
                raised++;
                byCategory.get(r.category()).merge(r.state(), 1L, Long::sum);
                byState.merge(r.state(), 1L, Long::sum);
            }
        }
        List<Double> hours = solveHours(rows, start, end);
        long[] ratings = new long[5];
        long rated = 0;
        double sum = 0;
        for (CaseStore.StatRow r : rows) {
            if (rated(r, start, end)) {
                ratings[r.rating() - 1]++;
                rated++;
                sum += r.rating();
            }
        }
        List<ZoneRow> zones = new ArrayList<>();
        if (zoneId == null) {
            Map<Long, List<CaseStore.StatRow>> byZone = new TreeMap<>();
            for (CaseStore.StatRow r : rows) {
                byZone.computeIfAbsent(r.zoneId(), k -> new ArrayList<>()).add(r);
            }
            Map<Long, String> names = store.zoneNames(new ArrayList<>(new TreeSet<>(byZone.keySet())));
            byZone.forEach((zone, list) -> {
                List<Double> h = solveHours(list, start, end);
                zones.add(new ZoneRow(zone, names.getOrDefault(zone, "#" + zone), figures(zone, list, from, to),
                        average(h), median(h)));
            });
        }
        return new View(from, to, byCategory, byState, raised, hours.size(), average(hours), median(hours), rated,
                rated == 0 ? null : round(sum / rated), ratings, zones);
    }

    private ZoneNeedFigures figures(long zoneId, List<CaseStore.StatRow> rows, LocalDate from, LocalDate to) {
        OffsetDateTime start = start(from);
        OffsetDateTime end = start(to.plusDays(1));
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        long raised = 0, open = 0, overdue = 0, escalated = 0, rated = 0;
        double sum = 0;
        for (CaseStore.StatRow r : rows) {
            if (in(r.raisedAt(), start, end)) {
                raised++;
                if (r.state().waiting()) {
                    open++;
                    if (r.dueAt().isBefore(now)) {
                        overdue++;
                    }
                }
                if (r.escalatedAt() != null) {
                    escalated++;
                }
            }
            if (rated(r, start, end)) {
                rated++;
                sum += r.rating();
            }
        }
        return new ZoneNeedFigures(zoneId, raised, solveHours(rows, start, end).size(), open, overdue, escalated, rated,
                rated == 0 ? null : round(sum / rated));
    }

    private List<CaseStore.StatRow> rows(Long zoneId, LocalDate from, LocalDate to) {
        check(from, to);
        return store.statRows(zoneId, start(from), start(to.plusDays(1)));
    }

    /** Hours from raising to the latest solution of cases solved (still SOLVED or CONFIRMED) in the period, sorted. */
    private static List<Double> solveHours(List<CaseStore.StatRow> rows, OffsetDateTime start, OffsetDateTime end) {
        List<Double> hours = new ArrayList<>();
        for (CaseStore.StatRow r : rows) {
            if ((r.state() == CaseState.SOLVED || r.state() == CaseState.CONFIRMED) && in(r.solvedAt(), start, end)) {
                hours.add(Duration.between(r.raisedAt(), r.solvedAt()).toSeconds() / 3600.0);
            }
        }
        hours.sort(Double::compare);
        return hours;
    }

    private static boolean rated(CaseStore.StatRow r, OffsetDateTime start, OffsetDateTime end) {
        return r.state() == CaseState.CONFIRMED && r.rating() != null && in(r.confirmedAt(), start, end);
    }

    static void check(LocalDate from, LocalDate to) {
        if (from == null || to == null || from.isAfter(to) || from.isBefore(EARLIEST) || to.isAfter(LATEST)) {
            throw new IllegalArgumentException("period " + from + " … " + to + " outside 2000-01-01 … 2099-12-31");
        }
    }

    private OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static boolean in(OffsetDateTime t, OffsetDateTime start, OffsetDateTime end) {
        return t != null && !t.isBefore(start) && t.isBefore(end);
    }

    static Double average(List<Double> values) {
        return values.isEmpty() ? null : round(values.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
    }

    /** The median of sorted values. */
    static Double median(List<Double> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return null;
        }
        return round(n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2);
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
