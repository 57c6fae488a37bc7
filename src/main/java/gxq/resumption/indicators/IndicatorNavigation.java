package gxq.resumption.indicators;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import gxq.web.NavItem;

@Configuration(proxyBeanMethods = false)
class IndicatorNavigation {

    @Bean
    NavItem resumptionIndicatorsNav() {
        return NavItem.of("rind.nav.zone", "/resumption/indicators", 73, "ZONE_ADMIN", "ZONE_STAFF")
                .inGroup(NavItem.RESUMPTION);
    }

    @Bean
    NavItem resumptionNationalNav() {
        return NavItem.of("rind.nav.national", "/resumption/indicators/national", 73, "MINISTRY_ADMIN")
                .inGroup(NavItem.RESUMPTION);
    }
}
