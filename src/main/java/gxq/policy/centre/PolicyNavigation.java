package gxq.policy.centre;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import gxq.account.GxqUser;
import gxq.account.TenantScope;
import gxq.web.AttentionItems;
import gxq.web.HomeTiles;
import gxq.web.NavItem;

/** Menu entries (group 政策服务), home tiles, and the enterprise admin's attention item of new applicable policies. */
@Configuration(proxyBeanMethods = false)
class PolicyNavigation {

    @Bean
    NavItem policyLibraryNav() {
        return NavItem.of("policy.nav.library", "/public/policies", 90).inGroup(NavItem.POLICY);
    }

    @Bean
    NavItem policyForUsNav() {
        return NavItem.of("policy.nav.forUs", "/policies/for-us", 91, "ENTERPRISE_ADMIN").inGroup(NavItem.POLICY);
    }

    @Bean
    NavItem policyManageNav() {
        return NavItem.of("policy.nav.manage", "/policies/manage", 92, "MINISTRY_ADMIN", "ZONE_ADMIN", "ZONE_STAFF")
                .inGroup(NavItem.POLICY);
    }

    private static Long enterprise(org.springframework.security.core.Authentication auth) {
        if (auth == null || !(auth.getPrincipal() instanceof GxqUser user)) {
            return null;
        }
        TenantScope scope = user.scope();
        return scope.isEnterpriseAdmin() ? scope.enterpriseId() : null;
    }

    /** Enterprise admin: new applicable policies; ministry and zone roles: their tenant's drafts. */
    @Bean
    HomeTiles policyTiles(PolicyService policies) {
        return auth -> {
            Long ent = enterprise(auth);
            if (ent != null) {
                return List.of(new HomeTiles.Tile("policy.tile.new", String.valueOf(policies.unseen(ent)),
                        "/policies/for-us", 90));
            }
            if (auth != null && auth.getPrincipal() instanceof GxqUser user
                    && (user.scope().isMinistry() || user.scope().isZoneLevel() && user.zoneId() != null)) {
                return List.of(new HomeTiles.Tile("policy.tile.drafts", String.valueOf(policies.drafts(user.scope())),
                        "/policies/manage", 90));
            }
            return List.of();
        };
    }

    @Bean
    AttentionItems policyAttention(PolicyService policies) {
        return auth -> {
            Long ent = enterprise(auth);
            if (ent == null) {
                return List.of();
            }
            long n = policies.unseen(ent);
            return n == 0 ? List.of()
                    : List.of(new AttentionItems.Item("policy.attention.new", n, "/policies/for-us", false, 50));
        };
    }
}
