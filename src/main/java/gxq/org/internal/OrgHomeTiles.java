package gxq.org.internal;

import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.account.TenantScope;
import gxq.org.EnterpriseStatus;
import gxq.web.HomeTiles;

/**
 * Home-page figures: national for the ministry, the zone's for zone roles, its status for an enterprise admin, and
 * its organisation for a service provider.
 */
@Component
class OrgHomeTiles implements HomeTiles {

    private final ZoneStore zones;
    private final EnterpriseStore enterprises;
    private final ProviderStore providers;
    private final MessageSource messages;

    OrgHomeTiles(ZoneStore zones, EnterpriseStore enterprises, ProviderStore providers, MessageSource messages) {
        this.zones = zones;
        this.enterprises = enterprises;
        this.providers = providers;
        this.messages = messages;
    }

    @Override
    public List<Tile> tiles(Authentication auth) {
        if (auth == null || !(auth.getPrincipal() instanceof GxqUser user)) {
            return List.of();
        }
        TenantScope scope = user.scope();
        if (scope.isMinistry()) {
            Map<EnterpriseStatus, Long> counts = enterprises.countByStatus(scope, null);
            return List.of(
                    new Tile("org.tile.zones", String.valueOf(zones.count()), "/zones", 10),
                    new Tile("org.tile.activeEnterprises", String.valueOf(counts.get(EnterpriseStatus.ACTIVE)),
                            "/enterprises?status=ACTIVE", 11),
                    new Tile("org.tile.pending", String.valueOf(counts.get(EnterpriseStatus.PENDING)),
                            "/enterprises?status=PENDING", 12));
        }
        if (scope.isZoneLevel() && scope.zoneId() != null) {
            Map<EnterpriseStatus, Long> counts = enterprises.countByStatus(scope, scope.zoneId());
            return List.of(
                    new Tile("org.tile.zoneActiveEnterprises", String.valueOf(counts.get(EnterpriseStatus.ACTIVE)),
                            "/enterprises?status=ACTIVE", 10),
                    new Tile("org.tile.pending", String.valueOf(counts.get(EnterpriseStatus.PENDING)),
                            "/enterprises?status=PENDING", 11));
        }
        if (scope.isEnterpriseAdmin() && scope.enterpriseId() != null) {
            return enterprises.find(scope.enterpriseId())
                    .map(e -> List.of(new Tile("org.tile.enterpriseStatus",
                            messages.getMessage(e.status().labelKey(), null, e.status().name(),
                                    LocaleContextHolder.getLocale()),
                            "/enterprises/" + e.id(), 10)))
                    .orElse(List.of());
        }
        if (user.role() == Role.SERVICE_PROVIDER && user.providerId() != null) {
            // the account's own organisation; no link, the provider pages are for the zone
            return providers.find(user.providerId())
                    .filter(p -> p.zoneId() != null && p.zoneId().equals(user.zoneId()))
                    .map(p -> List.of(new Tile("org.provider.tile", p.name(), null, 10)))
                    .orElse(List.of());
        }
        return List.of();
    }
}
