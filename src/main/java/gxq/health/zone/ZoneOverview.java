package gxq.health.zone;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gxq.account.TenantScope;
import gxq.common.web.NotFoundException;
import gxq.org.ZoneSummary;
import gxq.org.Zones;

/**
 * Which figures a scope may see and "today" for them. Zone roles: their zone (another zone is 404). Enterprise
 * admin: their enterprise. Ministry: a chosen zone (with its enterprises' aggregates) or the table of all zones —
 * aggregates only, never a person.
 */
@Service
@Transactional(readOnly = true)
class ZoneOverview {

    private final FigureStore store;
    private final Zones zones;
    private final Clock clock;

    ZoneOverview(FigureStore store, Zones zones, @Qualifier("healthClock") Clock clock) {
        this.store = store;
        this.zones = zones;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The zone the figures are for: the ministry's choice (may be null = all zones), the zone role's own zone, or
     * null for an enterprise admin (the scope itself narrows to the enterprise). Another zone answers 404.
     */
    Long zoneFor(TenantScope scope, Long requested) {
        if (scope.isMinistry()) {
            if (requested != null && zones.find(requested).isEmpty()) {
                throw new NotFoundException("zone", requested);
            }
            return requested;
        }
        if (requested != null && !requested.equals(scope.zoneId())) {
            throw new NotFoundException("zone", requested);
        }
        return scope.isZoneLevel() ? scope.zoneId() : null;
    }

    Figures totals(TenantScope scope, Long zone) {
        return store.totals(scope, zone, today());
    }

    List<FigureRow> byEnterprise(TenantScope scope, Long zone, FigureSort sort, int limit, int offset) {
        return store.byEnterprise(scope, zone, today(), sort, limit, offset);
    }

    void eachEnterprise(TenantScope scope, Long zone, FigureSort sort, java.util.function.Consumer<FigureRow> sink) {
        store.eachEnterprise(scope, zone, today(), sort, sink);
    }

    /** Ministry: every zone with its name, zones without active employees left out. */
    List<FigureRow> byZone(TenantScope scope) {
        Map<Long, ZoneSummary> names = zones.all().stream().collect(Collectors.toMap(ZoneSummary::id, Function.identity()));
        List<FigureRow> out = new ArrayList<>();
        for (FigureRow r : store.byZone(scope, today())) {
            ZoneSummary z = names.get(r.id());
            out.add(new FigureRow(r.id(), z == null ? String.valueOf(r.id()) : z.name(), r.figures()));
        }
        return out;
    }

    String zoneName(long zone) {
        return zones.find(zone).map(ZoneSummary::name).orElse("");
    }
}
