package gxq.exchange.help;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import gxq.account.GxqUser;
import gxq.account.TenantScope;
import gxq.web.AttentionItems;
import gxq.web.NavItem;

/** Menu entry of help requests (group 信息平台) and the zone users' attention items. */
@Configuration(proxyBeanMethods = false)
class HelpNavigation {

    @Bean
    NavItem exchangeHelpNav() {
        return NavItem.of("exchange.nav.help", "/exchange/help", 121, "ZONE_ADMIN", "ZONE_STAFF", "MINISTRY_ADMIN")
                .inGroup(NavItem.INFO);
    }

    /** Zone users: offers on the zone's open requests awaiting a decision; other zones' requests of the last 3 days. */
    @Bean
    AttentionItems exchangeHelpAttention(HelpService help) {
        return auth -> {
            if (auth == null || !(auth.getPrincipal() instanceof GxqUser user)) {
                return List.of();
            }
            TenantScope scope = user.scope();
            List<AttentionItems.Item> items = new ArrayList<>();
            if (scope.isZoneLevel() && scope.zoneId() != null) {
                items.add(new AttentionItems.Item("exchange.attention.offers", help.pendingOffersFor(scope.zoneId()),
                        "/exchange/help?mine=1", true, 60));
                items.add(new AttentionItems.Item("exchange.attention.recent", help.recentOthers(scope.zoneId()),
                        "/exchange/help", false, 90));
            }
            return items;
        };
    }
}
