package gxq.resumption.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gxq.org.ZoneSummary;
import gxq.org.Zones;
import gxq.resumption.ResumptionFigures;
import gxq.resumption.ZoneResumptionFigures;

/**
 * {@link ResumptionFigures} from the indicator tables, computed exactly as the zone dashboard and the national page
 * compute them ({@link Figures}: active enterprises now, enterprises resumed on or before the day, the day's sums).
 * {@link #allZones} reads three aggregates (no query per zone).
 */
@Service
@Transactional(readOnly = true)
class IndicatorResumptionFigures implements ResumptionFigures {

    private final IndicatorStore store;
    private final Zones zones;

    IndicatorResumptionFigures(IndicatorStore store, Zones zones) {
        this.store = store;
        this.zones = zones;
    }

    @Override
    public ZoneResumptionFigures ofZone(long zoneId, LocalDate day) {
        long resumed = store.resumedByDay(zoneId, day).values().stream().mapToLong(Long::longValue).sum();
        DaySums sums = store.daySums(zoneId, day, day).getOrDefault(day, DaySums.NONE);
        return of(zoneId, new Figures(day, store.activeEnterprises(zoneId), resumed, sums));
    }

    @Override
    public List<ZoneResumptionFigures> allZones(LocalDate day) {
        List<ZoneResumptionFigures> out = new ArrayList<>();
        for (var e : byZone(day).entrySet()) {
            out.add(of(e.getKey(), e.getValue()));
        }
        return out;
    }

    @Override
    public ZoneResumptionFigures nation(LocalDate day) {
        Figures total = new Figures(day, 0, 0, DaySums.NONE);
        for (Figures f : byZone(day).values()) {
            total = total.plus(f);
        }
        return of(0, total);
    }

    private Map<Long, Figures> byZone(LocalDate day) {
        Map<Long, Long> active = store.activeByZone();
        Map<Long, Long> resumed = store.resumedByZone(day);
        Map<Long, DaySums> sums = store.daySumsByZone(day);
        Map<Long, Figures> out = new java.util.LinkedHashMap<>();
        List<ZoneSummary> all = new ArrayList<>(zones.all());
        all.sort(java.util.Comparator.comparingLong(ZoneSummary::id));
        for (ZoneSummary z : all) {
            out.put(z.id(), new Figures(day, active.getOrDefault(z.id(), 0L), resumed.getOrDefault(z.id(), 0L),
                    sums.getOrDefault(z.id(), DaySums.NONE)));
        }
        return out;
    }

    private static ZoneResumptionFigures of(long zoneId, Figures f) {
        return new ZoneResumptionFigures(zoneId, f.day(), f.enterprises(), f.resumed(), f.sums().reported(),
                f.sums().totalStaff(), f.sums().onDuty(), f.resumptionRate(), f.staffRate(), f.capacityRate());
    }
}
