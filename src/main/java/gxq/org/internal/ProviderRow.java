package gxq.org.internal;

import java.time.Instant;

import gxq.org.ProviderKind;

/** A row of the service_provider table with its zone's name. */
record ProviderRow(long id, Long zoneId, String zoneName, String name, String uscc, ProviderKind kind,
        Instant createdAt) {
}
