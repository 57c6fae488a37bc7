package gxq.org;

/**
 * An enterprise was registered: by its zone ({@code selfRegistered=false}, ACTIVE at once) or by itself at
 * {@code /register} ({@code selfRegistered=true}, PENDING until {@link EnterpriseApproved} or {@link EnterpriseRejected}).
 */
public record EnterpriseRegistered(long enterpriseId, long zoneId, EnterpriseStatus status, boolean selfRegistered) {
}
