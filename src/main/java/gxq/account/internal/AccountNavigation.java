package gxq.account.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import gxq.web.NavItem;

@Configuration(proxyBeanMethods = false)
class AccountNavigation {

    @Bean
    NavItem usersNav() {
        return NavItem.of("nav.users", "/users", 80, "MINISTRY_ADMIN", "ZONE_ADMIN", "ENTERPRISE_ADMIN").inGroup(NavItem.ADMINISTRATION);
    }

    @Bean
    NavItem auditNav() {
        return NavItem.of("nav.audit", "/audit", 90, "MINISTRY_ADMIN", "ZONE_ADMIN", "ENTERPRISE_ADMIN").inGroup(NavItem.ADMINISTRATION);
    }
}
