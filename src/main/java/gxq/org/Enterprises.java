package gxq.org;

import java.util.List;
import java.util.Optional;

/**
 * Enterprises registered in zones. These methods are not scoped: callers check the reader's tenant themselves
 * (e.g. with {@link gxq.account.TenantScope#permitsEnterprise(Long, Long)} on {@link EnterpriseSummary#zoneId()}).
 */
public interface Enterprises {

    Optional<EnterpriseSummary> find(long id);

    /** Whether the enterprise exists and lies in the zone. */
    boolean inZone(long enterpriseId, long zoneId);

    /** The ACTIVE enterprises of a zone, ordered by name. */
    List<EnterpriseSummary> activeInZone(long zoneId);

    /** Number of enterprises of a zone in a status. */
    long count(long zoneId, EnterpriseStatus status);
}
