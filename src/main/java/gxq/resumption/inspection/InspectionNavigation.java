package gxq.resumption.inspection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import gxq.web.NavItem;

@Configuration(proxyBeanMethods = false)
class InspectionNavigation {

    @Bean
    NavItem resumptionInspectionsNav() {
        return NavItem.of("inspection.nav.zone", "/resumption/inspections", 73, "ZONE_ADMIN", "ZONE_STAFF")
                .inGroup(NavItem.RESUMPTION);
    }

    @Bean
    NavItem resumptionOwnInspectionsNav() {
        return NavItem.of("inspection.nav.mine", "/resumption/inspections/mine", 73, "ENTERPRISE_ADMIN")
                .inGroup(NavItem.RESUMPTION);
    }
}
