package gxq.account;

/**
 * One line of the audit trail. {@code zoneId}/{@code enterpriseId} say whose data was touched, so that the admins of
 * that tenant see the line; when left null the actor's own tenant is used.
 */
public record AuditEntry(String action, String targetType, String targetId, Long zoneId, Long enterpriseId,
        String detail, boolean success) {

    public static AuditEntry of(String action, String targetType, Object targetId) {
        return new AuditEntry(action, targetType, targetId == null ? null : String.valueOf(targetId), null, null, null, true);
    }

    public AuditEntry tenant(Long zone, Long enterprise) {
        return new AuditEntry(action, targetType, targetId, zone, enterprise, detail, success);
    }

    public AuditEntry detail(String text) {
        return new AuditEntry(action, targetType, targetId, zoneId, enterpriseId, text, success);
    }

    public AuditEntry failed() {
        return new AuditEntry(action, targetType, targetId, zoneId, enterpriseId, detail, false);
    }
}
