package gxq.health.declaration;

import gxq.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Menu entries of the declaration and status pages. */
@Configuration(proxyBeanMethods = false)
class HealthNavigation {

    @Bean
    NavItem healthDeclareNav() {
        return NavItem.of("health.nav.me", "/me/health", 4, "EMPLOYEE");
    }

    @Bean
    NavItem healthMissingNav() {
        return NavItem.of("health.nav.missing", "/health/missing", 40, "ENTERPRISE_ADMIN", "ZONE_ADMIN", "ZONE_STAFF").inGroup(NavItem.HEALTH);
    }

    @Bean
    NavItem healthObservationNav() {
        return NavItem.of("health.nav.observation", "/health/observation", 41, "ENTERPRISE_ADMIN", "ZONE_ADMIN",
                "ZONE_STAFF").inGroup(NavItem.HEALTH);
    }
}
