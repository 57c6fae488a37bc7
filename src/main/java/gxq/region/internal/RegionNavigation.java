package gxq.region.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import gxq.web.NavItem;

@Configuration(proxyBeanMethods = false)
class RegionNavigation {

    @Bean
    NavItem riskLevelsNav() {
        return NavItem.of("region.nav.risks", "/risk-levels", 40, "MINISTRY_ADMIN", "ZONE_ADMIN", "ZONE_STAFF").inGroup(NavItem.HEALTH);
    }
}
