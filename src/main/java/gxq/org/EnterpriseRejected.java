package gxq.org;

/** The zone rejected a self-registered enterprise; its accounts stay disabled. */
public record EnterpriseRejected(long enterpriseId, long zoneId) {
}
