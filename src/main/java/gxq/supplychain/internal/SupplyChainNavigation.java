package gxq.supplychain.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import gxq.web.NavItem;

/** Menu entries in 诉求与供需: the enterprise's own chain, the zone's blocked enterprises, the blocked-point ranking. */
@Configuration(proxyBeanMethods = false)
class SupplyChainNavigation {

    @Bean
    NavItem supplyChainOwnNav() {
        return NavItem.of("supplychain.nav.own", "/supply-chain", 82, "ENTERPRISE_ADMIN").inGroup(NavItem.NEEDS);
    }

    @Bean
    NavItem supplyChainZoneNav() {
        return NavItem.of("supplychain.nav.zone", "/supply-chain/zone", 82, "ZONE_ADMIN", "ZONE_STAFF")
                .inGroup(NavItem.NEEDS);
    }

    @Bean
    NavItem supplyChainRankingNav() {
        return NavItem.of("supplychain.nav.ranking", "/supply-chain/ranking", 83, "ZONE_ADMIN", "ZONE_STAFF",
                "MINISTRY_ADMIN").inGroup(NavItem.NEEDS);
    }
}
