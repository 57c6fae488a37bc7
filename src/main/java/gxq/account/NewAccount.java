package gxq.account;

/** A request to open an account. The caller module has already checked that zone/enterprise/employee belong together. */
public record NewAccount(String username, String displayName, Role role, Long zoneId, Long enterpriseId,
        Long employeeId, String phone, String password) {
}
