package gxq.resumption.inspection;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import gxq.account.GxqUser;
import gxq.account.TenantScope;
import gxq.web.HomeTiles;

/** Home-page figures: overdue findings (zone roles: of the zone; enterprise admin: its own) and open ones to rectify. */
@Component
class InspectionHomeTiles implements HomeTiles {

    private final InspectionService inspections;

    InspectionHomeTiles(InspectionService inspections) {
        this.inspections = inspections;
    }

    @Override
    public List<Tile> tiles(Authentication auth) {
        if (auth == null || !(auth.getPrincipal() instanceof GxqUser user)) {
            return List.of();
        }
        TenantScope scope = user.scope();
        boolean zone = scope.isZoneLevel() && scope.zoneId() != null;
        boolean ent = scope.isEnterpriseAdmin() && scope.enterpriseId() != null;
        if (!zone && !ent) {
            return List.of();
        }
        var counts = inspections.counts(scope);
        if (zone) {
            return List.of(new Tile("inspection.tile.overdue", String.valueOf(counts.overdue()),
                    "/resumption/inspections/follow-up?show=overdue", 74),
                    new Tile("inspection.tile.rectified", String.valueOf(counts.rectified()),
                            "/resumption/inspections/follow-up?show=rectified", 74));
        }
        return List.of(new Tile("inspection.tile.toRectify", String.valueOf(counts.open()),
                "/resumption/inspections/mine", 74));
    }
}
