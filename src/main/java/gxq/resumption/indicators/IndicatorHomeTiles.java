package gxq.resumption.indicators;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import gxq.account.GxqUser;
import gxq.account.TenantScope;
import gxq.web.HomeTiles;

/** Home-page figure for zone roles: today's 复工率 of their zone (two small queries, no scan of reports). */
@Component
class IndicatorHomeTiles implements HomeTiles {

    private final IndicatorService indicators;
    private final IndicatorStore store;

    IndicatorHomeTiles(IndicatorService indicators, IndicatorStore store) {
        this.indicators = indicators;
        this.store = store;
    }

    @Override
    public List<Tile> tiles(Authentication auth) {
        if (auth == null || !(auth.getPrincipal() instanceof GxqUser user)) {
            return List.of();
        }
        TenantScope scope = user.scope();
        if (!scope.isZoneLevel() || scope.zoneId() == null) {
            return List.of();
        }
        long enterprises = store.activeEnterprises(scope.zoneId());
        long resumed = store.resumedByDay(scope.zoneId(), indicators.today()).values().stream()
                .mapToLong(Long::longValue).sum();
        return List.of(new Tile("rind.tile.resumption", Rates.text(Rates.percent(resumed, enterprises)),
                "/resumption/indicators", 73));
    }
}
