package gxq.resumption.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gxq.account.TenantScope;
import gxq.common.web.NotFoundException;
import gxq.common.web.UserInputException;
import gxq.org.Industry;
import gxq.org.SizeBand;
import gxq.org.ZoneSummary;
import gxq.org.Zones;
import gxq.resumption.indicators.IndicatorStore.GroupRow;
import gxq.resumption.indicators.IndicatorStore.NotResumedRow;

/**
 * The indicators of a zone (zone roles: their own; the ministry: any zone, aggregates only) and of the nation
 * (ministry). "Today" is the day in Asia/Shanghai of the {@code healthClock}, as for daily reports.
 */
@Service
@Transactional(readOnly = true)
class IndicatorService {

    static final int PAGE = 50;

    private final IndicatorStore store;
    private final Zones zones;
    private final Clock clock;

    IndicatorService(IndicatorStore store, Zones zones, @Qualifier("healthClock") Clock clock) {
        this.store = store;
        this.zones = zones;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** One row of a breakdown table: {@code key} is the code (industry letter, size band, "true"/"false"). */
    record Group(String key, String labelKey, Figures figures) {
    }

    record ZoneDashboard(ZoneSummary zone, LocalDate day, int days, Figures figures, List<Figures> trend,
            List<Group> byIndustry, List<Group> bySize, List<Group> byScale, Map<Reason, Long> notResumed,
            long notResumedTotal) {
    }

    /** The zone the caller may look at: zone roles their own (another one is 404); the ministry any existing zone. */
    ZoneSummary zoneFor(TenantScope scope, Long requested) {
        if (scope.isMinistry()) {
            if (requested == null) {
                throw UserInputException.onField("zone", "rind.zone.choose");
            }
            return zones.find(requested).orElseThrow(() -> new NotFoundException("zone", requested));
        }
        if (scope.isZoneLevel() && scope.zoneId() != null) {
            if (requested != null && !requested.equals(scope.zoneId())) {
                throw new NotFoundException("zone", requested);
            }
            return zones.find(scope.zoneId()).orElseThrow(() -> new NotFoundException("zone", scope.zoneId()));
        }
        throw new AccessDeniedException("zone roles and the ministry only");
    }

    ZoneDashboard zone(TenantScope scope, Long requested, LocalDate day, int days) {
        ZoneSummary zone = zoneFor(scope, requested);
        long enterprises = store.activeEnterprises(zone.id());
        List<Figures> trend = trend(zone.id(), enterprises, day, days);
        List<GroupRow> groups = store.groups(zone.id(), day);
        Map<Reason, Long> reasons = new EnumMap<>(Reason.class);
        for (Reason r : Reason.values()) {
            reasons.put(r, 0L);
        }
        long total = 0;
        for (GroupRow g : groups) {
            if (g.reason() != null) {
                reasons.merge(Reason.valueOf(g.reason()), g.enterprises(), Long::sum);
                total += g.enterprises();
            }
        }
        return new ZoneDashboard(zone, day, days, trend.get(trend.size() - 1), trend,
                breakdown(day, groups, GroupRow::industry, IndicatorService::industryLabel, industryOrder()),
                breakdown(day, groups, GroupRow::sizeBand, IndicatorService::sizeLabel, sizeOrder()),
                breakdown(day, groups, g -> String.valueOf(g.aboveScale()),
                        k -> "true".equals(k) ? "rind.scale.above" : "rind.scale.below", List.of("true", "false")),
                reasons, total);
    }

    /** The zone's (or, zone null, the nation's) figures for each day of the window ending on {@code day}. */
    private List<Figures> trend(Long zoneId, long enterprises, LocalDate day, int days) {
        LocalDate from = day.minusDays(days - 1L);
        TreeMap<LocalDate, Long> resumed = store.resumedByDay(zoneId, day);
        Map<LocalDate, DaySums> sums = store.daySums(zoneId, from, day);
        long running = resumed.headMap(from, false).values().stream().mapToLong(Long::longValue).sum();
        List<Figures> out = new ArrayList<>(days);
        for (LocalDate d = from; !d.isAfter(day); d = d.plusDays(1)) {
            running += resumed.getOrDefault(d, 0L);
            out.add(new Figures(d, enterprises, running, sums.getOrDefault(d, DaySums.NONE)));
        }
        return out;
    }

    private static List<Group> breakdown(LocalDate day, List<GroupRow> rows, Function<GroupRow, String> key,
            Function<String, String> label, List<String> order) {
        Map<String, Figures> m = new LinkedHashMap<>();
        for (GroupRow r : rows) {
            String k = key.apply(r) == null ? "-" : key.apply(r);
            m.merge(k, new Figures(day, r.enterprises(), r.resumed(), r.sums()), Figures::plus);
        }
        List<Group> out = new ArrayList<>();
        for (String k : order) {
            Figures f = m.remove(k);
            if (f != null) {
                out.add(new Group(k, label.apply(k), f));
            }
        }
        m.forEach((k, f) -> out.add(new Group(k, label.apply(k), f)));
        return out;
    }

    private static List<String> industryOrder() {
        List<String> l = new ArrayList<>();
        for (Industry i : Industry.values()) {
            l.add(i.name());
        }
        return l;
    }

    private static List<String> sizeOrder() {
        List<String> l = new ArrayList<>();
        for (SizeBand b : SizeBand.values()) {
            l.add(b.name());
        }
        return l;
    }

    static String industryLabel(String code) {
        Industry i = Industry.parse(code);
        return i == null ? "rind.unknown" : i.labelKey();
    }

    static String sizeLabel(String code) {
        SizeBand b = SizeBand.parse(code);
        return b == null ? "rind.unknown" : b.labelKey();
    }

    // ---- not-resumed list (zone roles only: it names enterprises) ----

    record NotResumedPage(ZoneSummary zone, LocalDate day, Reason reason, int page, List<NotResumedRow> rows,
            boolean hasNext) {
    }

    NotResumedPage notResumed(TenantScope scope, LocalDate day, Reason reason, int page) {
        ZoneSummary zone = ownZone(scope);
        List<NotResumedRow> rows = store.notResumed(zone.id(), day, reason == null ? null : reason.name(), PAGE + 1,
                page * PAGE);
        return new NotResumedPage(zone, day, reason, page, rows.stream().limit(PAGE).toList(), rows.size() > PAGE);
    }

    void eachNotResumed(TenantScope scope, LocalDate day, Reason reason, Consumer<NotResumedRow> each) {
        store.eachNotResumed(ownZone(scope).id(), day, reason == null ? null : reason.name(), each);
    }

    ZoneSummary ownZone(TenantScope scope) {
        if (!scope.isZoneLevel() || scope.zoneId() == null) {
            throw new AccessDeniedException("zone roles only");
        }
        return zoneFor(scope, null);
    }

    // ---- national (ministry) ----

    record ZoneRow(int rank, ZoneSummary zone, Figures figures) {
    }

    record ProvinceRow(String code, String name, int zones, Figures figures) {
    }

    record National(LocalDate day, int days, String sort, Figures total, List<ZoneRow> zones, List<ProvinceRow> provinces,
            List<Figures> trend) {
    }

    /** Sort orders of the ranking: a rate, highest first (zones without a figure last), or the zones' order. */
    enum Sort {
        RESUMPTION, STAFF, CAPACITY, REPORTED, ZONE;

        static Sort parse(String text) {
            if (text == null || text.isBlank()) {
                return RESUMPTION;
            }
            for (Sort s : values()) {
                if (s.name().equalsIgnoreCase(text.strip())) {
                    return s;
                }
            }
            throw UserInputException.onField("sort", "rind.sort.invalid", text);
        }

        String param() {
            return name().toLowerCase();
        }

        java.math.BigDecimal key(Figures f) {
            return switch (this) {
                case RESUMPTION -> f.resumptionRate();
                case STAFF -> f.staffRate();
                case CAPACITY -> f.capacityRate();
                case REPORTED -> Rates.percent(f.sums().reported(), f.enterprises());
                case ZONE -> null;
            };
        }
    }

    National national(TenantScope scope, LocalDate day, int days, Sort sort) {
        if (!scope.isMinistry()) {
            throw new AccessDeniedException("ministry only");
        }
        Map<Long, Long> active = store.activeByZone();
        Map<Long, Long> resumed = store.resumedByZone(day);
        Map<Long, DaySums> sums = store.daySumsByZone(day);
        List<ZoneRow> rows = new ArrayList<>();
        Map<String, ProvinceRow> provinces = new LinkedHashMap<>();
        Figures total = new Figures(day, 0, 0, DaySums.NONE);
        for (ZoneSummary z : zones.all()) {
            Figures f = new Figures(day, active.getOrDefault(z.id(), 0L), resumed.getOrDefault(z.id(), 0L),
                    sums.getOrDefault(z.id(), DaySums.NONE));
            rows.add(new ZoneRow(0, z, f));
            total = total.plus(f);
            provinces.merge(z.provinceCode(), new ProvinceRow(z.provinceCode(), z.provinceName(), 1, f),
                    (a, b) -> new ProvinceRow(a.code(), a.name(), a.zones() + b.zones(), a.figures().plus(b.figures())));
        }
        if (sort != Sort.ZONE) {
            rows.sort(Comparator.comparing((ZoneRow r) -> sort.key(r.figures()),
                    Comparator.nullsLast(Comparator.reverseOrder())));
        }
        List<ZoneRow> ranked = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ranked.add(new ZoneRow(i + 1, rows.get(i).zone(), rows.get(i).figures()));
        }
        long enterprises = total.enterprises();
        return new National(day, days, sort.param(), total, ranked, new ArrayList<>(provinces.values()),
                trend(null, enterprises, day, days));
    }
}
