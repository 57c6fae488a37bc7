package gxq.health.zone;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import gxq.account.GxqUser;
import gxq.account.TenantScope;
import gxq.web.AttentionItems;

/** "今日需关注" for zone roles: their zone's health alerts not yet acknowledged (texts in i18n/report). */
@Component
class AlertAttentionItems implements AttentionItems {

    private final AlertStore alerts;

    AlertAttentionItems(AlertStore alerts) {
        this.alerts = alerts;
    }

    @Override
    public List<Item> items(Authentication auth) {
        if (auth == null || !(auth.getPrincipal() instanceof GxqUser user)) {
            return List.of();
        }
        TenantScope scope = user.scope();
        if (!scope.isZoneLevel() || scope.zoneId() == null) {
            return List.of();
        }
        return List.of(new Item("report.attention.healthAlerts", alerts.countOpen(scope), "/health/alerts", true, 30));
    }
}
