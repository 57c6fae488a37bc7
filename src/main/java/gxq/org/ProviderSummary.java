package gxq.org;

/** A service provider (服务机构) as other modules need it. */
public record ProviderSummary(long id, long zoneId, String name, ProviderKind kind) {
}
