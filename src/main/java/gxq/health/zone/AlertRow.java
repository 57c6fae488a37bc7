package gxq.health.zone;

import java.time.Instant;

import gxq.common.crypto.Masks;

/** One alert with the names needed to show it; {@link #maskedName()} is the only form of the name a page shows. */
record AlertRow(long id, long employeeId, long enterpriseId, long zoneId, String employeeName, String enterpriseName,
        String kind, String colour, String detail, Instant raisedAt, Long acknowledgedBy, String acknowledgedByName,
        Instant acknowledgedAt) {

    boolean open() {
        return acknowledgedAt == null;
    }

    String maskedName() {
        return Masks.name(employeeName);
    }
}
