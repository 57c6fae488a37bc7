package gxq.org;

import java.util.Optional;

/**
 * Service providers (服务机构) registered by zones. Not scoped: callers check the reader's tenant themselves
 * (e.g. with {@link gxq.account.TenantScope#permitsZone(Long)} on {@link ProviderSummary#zoneId()}).
 */
public interface Providers {

    Optional<ProviderSummary> find(long id);
}
