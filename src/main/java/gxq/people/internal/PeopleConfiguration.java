package gxq.people.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.web.HomeTiles;
import gxq.web.NavItem;

/** Menu entries and home-page figures of the people module. */
@Configuration(proxyBeanMethods = false)
class PeopleConfiguration {

    @Bean
    NavItem rosterNav() {
        return NavItem.of("nav.employees", "/employees", 30, "ENTERPRISE_ADMIN", "ZONE_ADMIN", "ZONE_STAFF").inGroup(NavItem.ORGANISATION);
    }

    @Bean
    NavItem meNav() {
        return NavItem.of("nav.me", "/me", 5, "EMPLOYEE");
    }

    @Bean
    HomeTiles peopleTiles(EmployeeStore store) {
        return (Authentication auth) -> {
            if (auth == null || !(auth.getPrincipal() instanceof GxqUser user)) {
                return List.of();
            }
            List<HomeTiles.Tile> tiles = new ArrayList<>();
            if (user.role() == Role.ENTERPRISE_ADMIN && user.enterpriseId() != null) {
                tiles.add(new HomeTiles.Tile("people.tile.active", String.valueOf(store.countActive(user.scope())),
                        "/employees?status=ACTIVE", 30));
                tiles.add(new HomeTiles.Tile("people.tile.withoutAccount",
                        String.valueOf(store.countActiveWithoutAccount(user.enterpriseId())), "/employees?status=ACTIVE", 31));
            } else if (user.role().isZoneLevel() && user.zoneId() != null) {
                tiles.add(new HomeTiles.Tile("people.tile.zoneActive", String.valueOf(store.countActive(user.scope())),
                        "/employees?status=ACTIVE", 30));
            }
            return tiles;
        };
    }
}
