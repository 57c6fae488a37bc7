package gxq.health.zone;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import gxq.account.GxqUser;
import gxq.account.TenantScope;
import gxq.web.HomeTiles;

/**
 * Home-page figures for zone roles (their zone) and the enterprise admin (their enterprise): open alerts, red and
 * yellow counts, today's declaration rate.
 */
@Component
class HealthZoneHomeTiles implements HomeTiles {

    private final ZoneOverview overview;
    private final AlertService alerts;

    HealthZoneHomeTiles(ZoneOverview overview, AlertService alerts) {
        this.overview = overview;
        this.alerts = alerts;
    }

    @Override
    public List<Tile> tiles(Authentication auth) {
        if (auth == null || !(auth.getPrincipal() instanceof GxqUser user)) {
            return List.of();
        }
        TenantScope scope = user.scope();
        boolean zone = scope.isZoneLevel() && scope.zoneId() != null;
        boolean enterprise = scope.isEnterpriseAdmin() && scope.enterpriseId() != null;
        if (!zone && !enterprise) {
            return List.of();
        }
        Figures f = overview.totals(scope, zone ? scope.zoneId() : null);
        return List.of(
                new Tile("hzone.tile.openAlerts", String.valueOf(alerts.countOpen(scope)), "/health/alerts?state=open", 30),
                new Tile("hzone.tile.red", String.valueOf(f.red()), "/health/overview?sort=red", 31),
                new Tile("hzone.tile.yellow", String.valueOf(f.yellow()), "/health/overview?sort=red", 32),
                new Tile("hzone.tile.rate", f.ratePercent(), "/health/overview", 33));
    }
}
