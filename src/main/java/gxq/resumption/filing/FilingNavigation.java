package gxq.resumption.filing;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.account.TenantScope;
import gxq.resumption.internal.FilingState;
import gxq.web.HomeTiles;
import gxq.web.NavItem;

/** Menu entries and home tiles of filings: the enterprise's own filing, the zone's review queue. */
@Configuration(proxyBeanMethods = false)
class FilingNavigation {

    @Bean
    NavItem resumptionFilingNav() {
        return NavItem.of("resumption.filing.nav.own", "/resumption/filing", 73, "ENTERPRISE_ADMIN")
                .inGroup(NavItem.RESUMPTION);
    }

    @Bean
    NavItem resumptionFilingQueueNav() {
        return NavItem.of("resumption.filing.nav.queue", "/resumption/filings", 73, "ZONE_ADMIN", "ZONE_STAFF")
                .inGroup(NavItem.RESUMPTION);
    }

    @Bean
    NavItem resumptionFilingZonesNav() {
        return NavItem.of("resumption.filing.nav.zones", "/resumption/filings/zones", 73, "MINISTRY_ADMIN")
                .inGroup(NavItem.RESUMPTION);
    }

    /** Zone roles: filings waiting for review (and overdue); enterprise admin: the state of its latest filing. */
    @Bean
    HomeTiles resumptionFilingTiles(FilingService filings, FilingStore store, MessageSource messages) {
        return auth -> {
            if (auth == null || !(auth.getPrincipal() instanceof GxqUser user)) {
                return List.of();
            }
            TenantScope scope = user.scope();
            if (scope.isZoneLevel() && scope.zoneId() != null) {
                var counts = filings.counts(scope);
                String value = messages.getMessage("resumption.filing.tile.waitingValue",
                        new Object[] {String.valueOf(counts.get(FilingState.SUBMITTED.name())),
                                String.valueOf(counts.get("OVERDUE"))}, LocaleContextHolder.getLocale());
                return List.of(new HomeTiles.Tile("resumption.filing.tile.waiting", value,
                        "/resumption/filings?state=SUBMITTED", 73));
            }
            if (scope.role() == Role.ENTERPRISE_ADMIN && scope.enterpriseId() != null) {
                String value = store.ofEnterprise(scope.enterpriseId()).stream().findFirst()
                        .map(f -> messages.getMessage("resumption.filing.state." + f.state().name(), null,
                                LocaleContextHolder.getLocale()))
                        .orElseGet(() -> messages.getMessage("resumption.filing.none", null,
                                LocaleContextHolder.getLocale()));
                return List.of(new HomeTiles.Tile("resumption.filing.tile.own", value, "/resumption/filing", 73));
            }
            return List.of();
        };
    }
}
