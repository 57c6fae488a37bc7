package gxq.org;

/** The zone approved a self-registered enterprise: it is ACTIVE and its accounts are enabled. */
public record EnterpriseApproved(long enterpriseId, long zoneId) {
}
