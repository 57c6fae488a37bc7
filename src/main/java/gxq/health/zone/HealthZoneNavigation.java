package gxq.health.zone;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import gxq.web.NavItem;

/** Menu entries: alerts for the zone and the enterprise admin, the overview also for the ministry. */
@Configuration(proxyBeanMethods = false)
class HealthZoneNavigation {

    @Bean
    NavItem healthAlertsNav() {
        return NavItem.of("hzone.nav.alerts", "/health/alerts", 50, "ZONE_ADMIN", "ZONE_STAFF", "ENTERPRISE_ADMIN").inGroup(NavItem.HEALTH);
    }

    @Bean
    NavItem healthOverviewNav() {
        return NavItem.of("hzone.nav.overview", "/health/overview", 51, "MINISTRY_ADMIN", "ZONE_ADMIN", "ZONE_STAFF",
                "ENTERPRISE_ADMIN").inGroup(NavItem.HEALTH);
    }
}
