package gxq.market.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import gxq.account.GxqUser;
import gxq.web.HomeTiles;
import gxq.web.NavItem;

/** Menu entries of the board (all who may browse it) and of my posts, and the enterprise's pending-requests tile. */
@Configuration(proxyBeanMethods = false)
class MarketNavigation {

    @Bean
    NavItem marketBoardNav() {
        return NavItem.of("market.nav.board", "/market", 85, "ENTERPRISE_ADMIN", "ZONE_ADMIN", "ZONE_STAFF",
                "MINISTRY_ADMIN").inGroup(NavItem.NEEDS);
    }

    @Bean
    NavItem marketMineNav() {
        return NavItem.of("market.nav.mine", "/market/mine", 86, "ENTERPRISE_ADMIN").inGroup(NavItem.NEEDS);
    }

    @Bean
    HomeTiles marketTiles(MarketService market) {
        return auth -> {
            if (auth == null || !(auth.getPrincipal() instanceof GxqUser user) || !user.scope().isEnterpriseAdmin()
                    || user.enterpriseId() == null) {
                return List.of();
            }
            return List.of(new HomeTiles.Tile("market.tile.pending", String.valueOf(market.pendingFor(user)),
                    "/market/mine", 85));
        };
    }
}
