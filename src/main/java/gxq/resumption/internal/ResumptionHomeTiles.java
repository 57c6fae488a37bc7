package gxq.resumption.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.account.TenantScope;
import gxq.web.HomeTiles;

/**
 * Home-page figures: for zone roles, how many of the zone's enterprises have not read the current plan and how many
 * have not sent today's daily report; for an enterprise admin, the current version of the zone's plan, whether today's
 * daily report was sent and, until it is, the zone's reminder to send it.
 */
@Component
class ResumptionHomeTiles implements HomeTiles {

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final PlanStore plans;
    private final DailyService daily;
    private final MessageSource messages;

    ResumptionHomeTiles(PlanStore plans, DailyService daily, MessageSource messages) {
        this.plans = plans;
        this.daily = daily;
        this.messages = messages;
    }

    @Override
    public List<Tile> tiles(Authentication auth) {
        if (auth == null || !(auth.getPrincipal() instanceof GxqUser user)) {
            return List.of();
        }
        TenantScope scope = user.scope();
        if (scope.zoneId() == null || !(scope.isZoneLevel() || scope.role() == Role.ENTERPRISE_ADMIN)) {
            return List.of();
        }
        var current = plans.currentVersionId(scope.zoneId());
        Locale locale = LocaleContextHolder.getLocale();
        List<Tile> tiles = new ArrayList<>();
        if (scope.isZoneLevel()) {
            current.ifPresent(v -> tiles.add(new Tile("resumption.tile.unread",
                    String.valueOf(plans.readCounts(scope.zoneId(), v[0]).unread()),
                    "/resumption/plan/reads?status=unread", 70)));
            tiles.add(new Tile("resumption.tile.dailyMissing", String.valueOf(daily.notReportedToday(scope)),
                    "/resumption/daily/zone?status=notReported", 72));
            return tiles;
        }
        String value = current.map(v -> messages.getMessage("resumption.plan.version", new Object[] {String.valueOf(v[1])},
                locale)).orElseGet(() -> messages.getMessage("resumption.plans.notPublished", null, locale));
        tiles.add(new Tile("resumption.tile.plan", value, "/resumption/plan", 70));
        if (scope.enterpriseId() == null) {
            return tiles;
        }
        boolean reported = daily.reportedToday(scope);
        tiles.add(new Tile("resumption.tile.dailyToday", messages.getMessage(reported ? "resumption.daily.reported"
                : "resumption.daily.notReported", null, locale), "/resumption/daily", 72));
        if (!reported) {
            daily.pendingReminder(scope).ifPresent(r -> tiles.add(new Tile("resumption.tile.dailyReminder",
                    messages.getMessage("resumption.daily.reminder.tile", new Object[] {r.sentByName(),
                        HOUR_MINUTE.format(r.at().toInstant())}, locale), "/resumption/daily", 72)));
        }
        return tiles;
    }
}
