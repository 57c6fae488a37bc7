package gxq.supplychain.internal;

import java.time.OffsetDateTime;

/**
 * A declared supplier or customer. {@code direction} is the partner's role seen from the declaring enterprise:
 * {@code SUPPLIER} (partner supplies the declarer) or {@code CUSTOMER} (the declarer supplies the partner).
 */
public record Link(long id, long zoneId, long enterpriseId, String enterpriseName, String direction,
        Long partnerEnterpriseId, String partnerName, String partnerCityCode, String note, int version,
        OffsetDateTime updatedAt) {

    public boolean platform() {
        return partnerEnterpriseId != null;
    }
}
