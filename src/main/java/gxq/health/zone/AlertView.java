package gxq.health.zone;

import java.time.Instant;
import java.util.List;

/** An alert as the page shows it: masked name, reasons in words. */
public record AlertView(long id, long employeeId, String maskedName, String enterpriseName, String kind, String kindLabel,
        String colour, List<String> reasons, Instant raisedAt, boolean open, String acknowledgedByName,
        Instant acknowledgedAt) {
}
