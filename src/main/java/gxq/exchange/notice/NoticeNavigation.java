package gxq.exchange.notice;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import gxq.account.GxqUser;
import gxq.web.AttentionItems;
import gxq.web.HomeTiles;
import gxq.web.NavItem;

/** Menu entry (group 信息平台), the zone roles' home tile and "今日需关注" items of notices. */
@Configuration(proxyBeanMethods = false)
class NoticeNavigation {

    @Bean
    NavItem noticeNav() {
        return NavItem.of("notice.nav", "/notices", 100, "MINISTRY_ADMIN", "ZONE_ADMIN", "ZONE_STAFF")
                .inGroup(NavItem.INFO);
    }

    /** Zone roles: unread urgent notices (red) and the other unread notices. */
    @Bean
    AttentionItems noticeAttention(NoticeService notices) {
        return auth -> {
            GxqUser user = zoneUser(auth == null ? null : auth.getPrincipal());
            if (user == null) {
                return List.of();
            }
            long[] n = notices.unread(user);
            List<AttentionItems.Item> items = new ArrayList<>();
            if (n[1] > 0) {
                items.add(new AttentionItems.Item("notice.attention.urgent", n[1], "/notices?unread=1", true, 5));
            }
            if (n[0] - n[1] > 0) {
                items.add(new AttentionItems.Item("notice.attention.unread", n[0] - n[1], "/notices?unread=1", false, 40));
            }
            return items;
        };
    }

    @Bean
    HomeTiles noticeTiles(NoticeService notices) {
        return auth -> {
            GxqUser user = zoneUser(auth == null ? null : auth.getPrincipal());
            if (user == null) {
                return List.of();
            }
            return List.of(new HomeTiles.Tile("notice.tile.unread", String.valueOf(notices.unread(user)[0]),
                    "/notices", 140));
        };
    }

    private static GxqUser zoneUser(Object principal) {
        return principal instanceof GxqUser u && u.scope().isZoneLevel() && u.zoneId() != null ? u : null;
    }
}
