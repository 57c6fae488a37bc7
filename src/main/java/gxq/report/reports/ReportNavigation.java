package gxq.report.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.account.TenantScope;
import gxq.org.Zones;
import gxq.web.AttentionItems;
import gxq.web.NavItem;

/** Menu entries (信息平台) and the home page's attention items of reports. */
@Configuration(proxyBeanMethods = false)
class ReportNavigation {

    @Bean
    NavItem reportNav() {
        return NavItem.of("report.nav.reports", "/reports", 120, "MINISTRY_ADMIN", "ZONE_ADMIN", "ZONE_STAFF")
                .inGroup(NavItem.INFO);
    }

    @Bean
    NavItem nationalNav() {
        return NavItem.of("report.nav.national", "/national", 121, "MINISTRY_ADMIN").inGroup(NavItem.INFO);
    }

    /**
     * The ministry: reports past the deadline in open periods, reports awaiting review. Zone roles: their report of an
     * open period due within two days or overdue, and reports returned to them.
     */
    @Bean
    AttentionItems reportAttention(ReportStore store, ReportService reports, Zones zones) {
        return auth -> {
            if (auth == null || !(auth.getPrincipal() instanceof GxqUser user)) {
                return List.of();
            }
            TenantScope scope = user.scope();
            Instant now = reports.now();
            List<AttentionItems.Item> items = new ArrayList<>();
            if (scope.isMinistry()) {
                items.add(new AttentionItems.Item("report.attention.overdue",
                        store.overdueInOpenPeriods(now, zones.all().size()), "/reports", true, 10));
                items.add(new AttentionItems.Item("report.attention.toReview", store.submittedInOpenPeriods(),
                        "/reports", false, 11));
            } else if (scope.isZoneLevel() && scope.zoneId() != null
                    && (user.role() == Role.ZONE_ADMIN || user.role() == Role.ZONE_STAFF)) {
                long overdue = 0, due = 0, returned = 0;
                for (ReportStore.OpenPeriod op : store.openForZone(scope.zoneId())) {
                    Standing s = Standing.of(op.state());
                    if (op.state() == ReportState.RETURNED) {
                        returned++;
                    }
                    if (PeriodRules.overdue(s, op.period().deadline(), now)) {
                        overdue++;
                    } else if (s.owed() && op.period().deadline().isBefore(now.plus(Duration.ofDays(2)))) {
                        due++;
                    }
                }
                items.add(new AttentionItems.Item("report.attention.ownOverdue", overdue, "/reports", true, 10));
                items.add(new AttentionItems.Item("report.attention.ownDue", due, "/reports", false, 11));
                items.add(new AttentionItems.Item("report.attention.returned", returned, "/reports", true, 12));
            }
            return items;
        };
    }
}
