package gxq.org.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import gxq.web.NavItem;

@Configuration(proxyBeanMethods = false)
class OrgNavigation {

    @Bean
    NavItem zonesNav() {
        return NavItem.of("org.nav.zones", "/zones", 10, "MINISTRY_ADMIN", "ZONE_ADMIN", "ZONE_STAFF").inGroup(NavItem.ORGANISATION);
    }

    @Bean
    NavItem enterprisesNav() {
        return NavItem.of("org.nav.enterprises", "/enterprises", 20, "MINISTRY_ADMIN", "ZONE_ADMIN", "ZONE_STAFF",
                "ENTERPRISE_ADMIN").inGroup(NavItem.ORGANISATION);
    }

    @Bean
    NavItem providersNav() {
        return NavItem.of("org.provider.nav", "/providers", 25, "MINISTRY_ADMIN", "ZONE_ADMIN", "ZONE_STAFF").inGroup(NavItem.ORGANISATION);
    }
}
