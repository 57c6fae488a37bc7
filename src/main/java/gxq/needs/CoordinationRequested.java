package gxq.needs;

import java.time.Instant;
import java.util.Objects;

/**
 * A zone asks another zone to help clear a blocked point of a supply chain (堵点): the needs module opens a
 * coordination case addressed to {@code toZoneId}, visible to both zones. Published by the supply-chain module inside
 * the requesting transaction, with the requesting person's ids for the audit trail.
 *
 * @param supplierEnterpriseId the blocked supplier when it is a platform enterprise, else {@code null}
 * @param supplierName         the supplier's name as the chain lists it
 */
public record CoordinationRequested(long fromZoneId, long toZoneId, long requestedByUserId, Long supplierEnterpriseId,
        String supplierName, String title, String details, Instant at) {

    public CoordinationRequested {
        Objects.requireNonNull(supplierName, "supplierName");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(at, "at");
    }
}
