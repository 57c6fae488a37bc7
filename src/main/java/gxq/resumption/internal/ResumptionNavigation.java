package gxq.resumption.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import gxq.web.NavItem;

@Configuration(proxyBeanMethods = false)
class ResumptionNavigation {

    @Bean
    NavItem resumptionPlanNav() {
        return NavItem.of("resumption.nav.plan", "/resumption/plan", 70, "ZONE_ADMIN", "ZONE_STAFF", "ENTERPRISE_ADMIN")
                .inGroup(NavItem.RESUMPTION);
    }

    @Bean
    NavItem resumptionPlansNav() {
        return NavItem.of("resumption.nav.plans", "/resumption/plans", 70, "MINISTRY_ADMIN").inGroup(NavItem.RESUMPTION);
    }

    @Bean
    NavItem resumptionChecklistNav() {
        // Zone roles and enterprise admins reach the checklist from the plan page: their menu is already long.
        return NavItem.of("resumption.nav.checklist", "/resumption/checklist", 71, "MINISTRY_ADMIN").inGroup(NavItem.RESUMPTION);
    }

    @Bean
    NavItem resumptionDailyNav() {
        return NavItem.of("resumption.nav.daily", "/resumption/daily", 72, "ENTERPRISE_ADMIN").inGroup(NavItem.RESUMPTION);
    }

    @Bean
    NavItem resumptionDailyZoneNav() {
        return NavItem.of("resumption.nav.dailyZone", "/resumption/daily/zone", 72, "ZONE_ADMIN", "ZONE_STAFF")
                .inGroup(NavItem.RESUMPTION);
    }
}
