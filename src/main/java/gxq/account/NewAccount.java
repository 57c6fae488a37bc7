package gxq.account;

/**
 * A request to open an account. The caller module has already checked that zone, enterprise, employee or service
 * provider belong together.
 */
public record NewAccount(String username, String displayName, Role role, Long zoneId, Long enterpriseId,
        Long employeeId, Long providerId, String phone, String password) {

    /** An account not tied to a service provider. */
    public NewAccount(String username, String displayName, Role role, Long zoneId, Long enterpriseId, Long employeeId,
            String phone, String password) {
        this(username, displayName, role, zoneId, enterpriseId, employeeId, null, phone, password);
    }
}
