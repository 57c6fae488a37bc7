package gxq.health.gate;

import gxq.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class GateNavigation {

    @Bean
    NavItem gateNav() {
        return NavItem.of("gate.nav.gate", "/gate", 60, "GATE_GUARD", "ZONE_ADMIN", "ZONE_STAFF", "ENTERPRISE_ADMIN").inGroup(NavItem.HEALTH);
    }

    @Bean
    NavItem checkpointsNav() {
        return NavItem.of("gate.nav.checkpoints", "/health/checkpoints", 61, "ZONE_ADMIN", "ENTERPRISE_ADMIN").inGroup(NavItem.HEALTH);
    }

    @Bean
    NavItem tracingNav() {
        return NavItem.of("gate.nav.tracing", "/health/tracing", 62, "ZONE_ADMIN", "ZONE_STAFF").inGroup(NavItem.HEALTH);
    }

    @Bean
    NavItem codeNav() {
        return NavItem.of("gate.nav.code", "/me/health/code", 20, "EMPLOYEE");
    }
}
