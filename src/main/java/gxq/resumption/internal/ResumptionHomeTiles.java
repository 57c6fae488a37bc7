package gxq.resumption.internal;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.account.TenantScope;
import gxq.web.HomeTiles;

/**
 * Home-page figures: for zone roles, how many of the zone's enterprises have not read the current plan; for an
 * enterprise admin, the current version of the zone's plan.
 */
@Component
class ResumptionHomeTiles implements HomeTiles {

    private final PlanStore plans;
    private final MessageSource messages;

    ResumptionHomeTiles(PlanStore plans, MessageSource messages) {
        this.plans = plans;
        this.messages = messages;
    }

    @Override
    public List<Tile> tiles(Authentication auth) {
        if (auth == null || !(auth.getPrincipal() instanceof GxqUser user)) {
            return List.of();
        }
        TenantScope scope = user.scope();
        if (scope.zoneId() == null || !(scope.isZoneLevel() || scope.role() == Role.ENTERPRISE_ADMIN)) {
            return List.of();
        }
        var current = plans.currentVersionId(scope.zoneId());
        if (scope.isZoneLevel()) {
            return current.map(v -> List.of(new Tile("resumption.tile.unread",
                    String.valueOf(plans.readCounts(scope.zoneId(), v[0]).unread()),
                    "/resumption/plan/reads?status=unread", 70))).orElse(List.of());
        }
        String value = current.map(v -> messages.getMessage("resumption.plan.version", new Object[] {String.valueOf(v[1])},
                LocaleContextHolder.getLocale())).orElseGet(() -> messages.getMessage("resumption.plans.notPublished",
                null, LocaleContextHolder.getLocale()));
        return List.of(new Tile("resumption.tile.plan", value, "/resumption/plan", 70));
    }
}
