package gxq.org.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gxq.account.Accounts;
import gxq.account.CreatedAccount;
import gxq.account.NewAccount;
import gxq.account.Role;
import gxq.account.TenantScope;
import gxq.common.web.NotFoundException;
import gxq.org.ZoneSummary;
import gxq.org.Zones;

/** Zones for other modules and the zone pages; opening zone-admin accounts. */
@Service
@Transactional(readOnly = true)
class ZoneService implements Zones {

    private final ZoneStore zones;
    private final Accounts accounts;

    ZoneService(ZoneStore zones, Accounts accounts) {
        this.zones = zones;
        this.accounts = accounts;
    }

    @Override
    public Optional<ZoneSummary> find(long id) {
        return zones.find(id);
    }

    @Override
    public List<ZoneSummary> all() {
        return zones.all();
    }

    @Override
    public List<ZoneSummary> visibleTo(TenantScope scope) {
        if (scope.isMinistry()) {
            return zones.all();
        }
        if (scope.isZoneLevel() && scope.zoneId() != null) {
            return zones.find(scope.zoneId()).stream().toList();
        }
        return List.of();
    }

    /** The zone if the scope may see it as a whole; otherwise (or when missing) 404. */
    ZoneSummary visible(TenantScope scope, long id) {
        if (!scope.permitsZone(id)) {
            throw new NotFoundException("zone", id);
        }
        return zones.find(id).orElseThrow(() -> new NotFoundException("zone", id));
    }

    /** The ministry opens an (enabled) zone-admin account; the account module checks the role and audits. */
    @Transactional
    CreatedAccount openZoneAdmin(TenantScope ministry, long zoneId, String username, String displayName, String phone) {
        ZoneSummary zone = visible(ministry, zoneId);
        return accounts.open(ministry, new NewAccount(username, displayName, Role.ZONE_ADMIN, zone.id(), null, null,
                phone, null), true);
    }
}
