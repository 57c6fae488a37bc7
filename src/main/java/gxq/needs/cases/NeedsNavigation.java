package gxq.needs.cases;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.account.TenantScope;
import gxq.web.HomeTiles;
import gxq.web.NavItem;

/** Menu entries (group 诉求与供需) and home tiles of cases. */
@Configuration(proxyBeanMethods = false)
class NeedsNavigation {

    @Bean
    NavItem needsOwnNav() {
        return NavItem.of("needs.nav.own", "/needs", 80, "ENTERPRISE_ADMIN").inGroup(NavItem.NEEDS);
    }

    @Bean
    NavItem needsQueueNav() {
        return NavItem.of("needs.nav.queue", "/needs/queue", 80, "ZONE_ADMIN", "ZONE_STAFF").inGroup(NavItem.NEEDS);
    }

    @Bean
    NavItem needsEscalatedNav() {
        return NavItem.of("needs.nav.escalated", "/needs/escalated", 80, "MINISTRY_ADMIN").inGroup(NavItem.NEEDS);
    }

    @Bean
    NavItem needsStatsNav() {
        return NavItem.of("needs.nav.stats", "/needs/stats", 81, "ZONE_ADMIN", "ZONE_STAFF", "MINISTRY_ADMIN")
                .inGroup(NavItem.NEEDS);
    }

    /** Zone roles: new and overdue cases; enterprise admin: cases awaiting its confirmation. */
    @Bean
    HomeTiles needsTiles(CaseService cases, MessageSource messages) {
        return auth -> {
            if (auth == null || !(auth.getPrincipal() instanceof GxqUser user)) {
                return List.of();
            }
            TenantScope scope = user.scope();
            List<HomeTiles.Tile> tiles = new ArrayList<>();
            if (scope.isZoneLevel() && scope.zoneId() != null) {
                long[] n = cases.zoneCounts(scope.zoneId());
                tiles.add(new HomeTiles.Tile("needs.tile.zone", messages.getMessage("needs.tile.zoneValue",
                        new Object[] {String.valueOf(n[0]), String.valueOf(n[1])}, LocaleContextHolder.getLocale()),
                        "/needs/queue", 80));
            } else if (scope.role() == Role.ENTERPRISE_ADMIN && scope.enterpriseId() != null) {
                tiles.add(new HomeTiles.Tile("needs.tile.enterprise",
                        String.valueOf(cases.awaitingConfirmation(scope.enterpriseId())), "/needs", 80));
            }
            return tiles;
        };
    }
}
