package gxq.report.national;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import gxq.health.HealthFigures;
import gxq.health.ZoneHealthFigures;
import gxq.needs.NeedStatistics;
import gxq.needs.ZoneNeedFigures;
import gxq.org.ZoneSummary;
import gxq.org.Zones;
import gxq.report.reports.PeriodStandings;
import gxq.report.reports.Standing;
import gxq.resumption.ResumptionFigures;
import gxq.resumption.ZoneResumptionFigures;

/**
 * The ministry's national view: every zone's key indicators of today from the platform's aggregates (one call per
 * source for all zones: resumption, health, cases of the last {@link #CASE_DAYS} days, the running open report period),
 * the provinces' sums for the map, filters and sorting. The caller checks that the account is the ministry.
 */
@Service
public class NationalView {

    /** Cases counted in the table: those raised in the last 30 days (today included). */
    static final int CASE_DAYS = 30;

    private final Zones zones;
    private final ResumptionFigures resumption;
    private final HealthFigures health;
    private final NeedStatistics needs;
    private final PeriodStandings standings;

    NationalView(Zones zones, ResumptionFigures resumption, HealthFigures health, NeedStatistics needs,
            PeriodStandings standings) {
        this.zones = zones;
        this.resumption = resumption;
        this.health = health;
        this.needs = needs;
        this.standings = standings;
    }

    public record Row(ZoneSummary zone, ZoneResumptionFigures resumption, ZoneHealthFigures health,
            ZoneNeedFigures cases, Standing standing, boolean overdue) {

        /** Something to look at today: red codes, open alerts, overdue cases or an overdue report. */
        public boolean attention() {
            return health.red() > 0 || health.openAlerts() > 0 || cases.overdue() > 0 || overdue;
        }
    }

    public record Province(String code, String name, int zones, long enterprises, long resumed, long totalStaff,
            long onDuty, long red, long openAlerts, long casesOpen, long reportsOwed) {

        public BigDecimal resumptionRate() {
            return percent(resumed, enterprises);
        }

        public BigDecimal staffRate() {
            return percent(onDuty, totalStaff);
        }
    }

    public record View(LocalDate day, LocalDate casesFrom, List<Row> rows, List<Province> provinces,
            Optional<PeriodStandings.Snapshot> period, int allZones, long attentionZones, String sort,
            String province, String q, boolean attentionOnly) {
    }

    /** Sort keys: "zone" (the zones' order) or an indicator, highest first. */
    static final Map<String, Function<Row, Comparable<?>>> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("zone", r -> null);
        SORTS.put("resumption", r -> r.resumption().resumptionRate());
        SORTS.put("staff", r -> r.resumption().staffRate());
        SORTS.put("capacity", r -> r.resumption().capacityRate());
        SORTS.put("red", r -> r.health().red());
        SORTS.put("alerts", r -> r.health().openAlerts());
        SORTS.put("cases", r -> r.cases().open());
        SORTS.put("overdueCases", r -> r.cases().overdue());
    }

    public View view(LocalDate day, String sort, String province, String q, boolean attentionOnly) {
        Map<Long, ZoneResumptionFigures> res = new HashMap<>();
        resumption.allZones(day).forEach(f -> res.put(f.zoneId(), f));
        Map<Long, ZoneHealthFigures> hea = new HashMap<>();
        health.allZones(day).forEach(f -> hea.put(f.zoneId(), f));
        LocalDate from = day.minusDays(CASE_DAYS - 1L);
        Map<Long, ZoneNeedFigures> cas = new HashMap<>();
        needs.allZones(from, day).forEach(f -> cas.put(f.zoneId(), f));
        Optional<PeriodStandings.Snapshot> period = standings.currentOpen(day);
        Instant now = standings.now();

        List<Row> all = new ArrayList<>();
        for (ZoneSummary z : zones.all()) {
            long id = z.id();
            all.add(new Row(z, res.getOrDefault(id, new ZoneResumptionFigures(id, day, 0, 0, 0, 0, 0, null, null, null)),
                    hea.getOrDefault(id, new ZoneHealthFigures(id, 0, 0, 0, 0, 0, 0, 0, 0)),
                    cas.getOrDefault(id, new ZoneNeedFigures(id, 0, 0, 0, 0, 0, 0, null)),
                    period.map(p -> p.of(id)).orElse(null), period.map(p -> p.overdue(id, now)).orElse(false)));
        }
        Map<String, Province> provinces = new LinkedHashMap<>();
        for (Row r : all) {
            Province p = new Province(r.zone().provinceCode(), r.zone().provinceName(), 1, r.resumption().enterprises(),
                    r.resumption().resumed(), r.resumption().totalStaff(), r.resumption().onDuty(), r.health().red(),
                    r.health().openAlerts(), r.cases().open(), r.standing() != null && r.standing().owed() ? 1 : 0);
            provinces.merge(p.code(), p, (a, b) -> new Province(a.code(), a.name(), a.zones() + 1,
                    a.enterprises() + b.enterprises(), a.resumed() + b.resumed(), a.totalStaff() + b.totalStaff(),
                    a.onDuty() + b.onDuty(), a.red() + b.red(), a.openAlerts() + b.openAlerts(),
                    a.casesOpen() + b.casesOpen(), a.reportsOwed() + b.reportsOwed()));
        }
        String s = sort != null && SORTS.containsKey(sort) ? sort : "zone";
        String needle = q == null ? null : q.strip();
        List<Row> rows = new ArrayList<>();
        for (Row r : all) {
            if (province != null && !province.isBlank() && !province.equals(r.zone().provinceCode())) {
                continue;
            }
            if (needle != null && !needle.isEmpty() && !r.zone().name().contains(needle)
                    && (r.zone().shortName() == null || !r.zone().shortName().contains(needle))) {
                continue;
            }
            if (attentionOnly && !r.attention()) {
                continue;
            }
            rows.add(r);
        }
        if (!"zone".equals(s)) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Function<Row, Comparable> key = (Function) SORTS.get(s);
            rows.sort(Comparator.comparing(key, Comparator.nullsLast(Comparator.reverseOrder())));
        }
        long attention = all.stream().filter(Row::attention).count();
        return new View(day, from, rows, new ArrayList<>(provinces.values()), period, all.size(), attention, s,
                province, q, attentionOnly);
    }

    static BigDecimal percent(long n, long d) {
        if (d == 0) {
            return null;
        }
        return BigDecimal.valueOf(n * 100).divide(BigDecimal.valueOf(d), 1, java.math.RoundingMode.HALF_UP);
    }
}
