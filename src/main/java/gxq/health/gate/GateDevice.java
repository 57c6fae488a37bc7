package gxq.health.gate;

import java.time.OffsetDateTime;

/** A device registered for a checkpoint; its secret is stored encrypted and never shown again after registration. */
public record GateDevice(long id, long checkpointId, String appId, String name, boolean active, OffsetDateTime createdAt,
        OffsetDateTime lastSeenAt) {
}
