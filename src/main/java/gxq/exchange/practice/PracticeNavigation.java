package gxq.exchange.practice;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import gxq.web.NavItem;

/** Menu entry of shared practices and tools (group 信息平台). */
@Configuration(proxyBeanMethods = false)
class PracticeNavigation {

    @Bean
    NavItem exchangeItemsNav() {
        return NavItem.of("exchange.nav.items", "/exchange/items", 120, "ZONE_ADMIN", "ZONE_STAFF", "MINISTRY_ADMIN")
                .inGroup(NavItem.INFO);
    }
}
