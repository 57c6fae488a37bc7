package gxq.account;

import java.util.List;
import java.util.Optional;

/** Opening and enabling accounts, for other modules (enterprise registration, employee logins, demo data). */
public interface Accounts {

    /**
     * Opens an account on behalf of {@code actor}. Throws {@link gxq.common.web.UserInputException} when the actor
     * may not create that role in that tenant, or the username is taken. When {@code password} is null a random initial
     * password is generated and must be changed at first login; a given password is kept (self-registration).
     */
    CreatedAccount open(TenantScope actor, NewAccount account, boolean enabled);

    /** Enables or disables every account tied to an enterprise (registration approval or rejection). */
    void setEnterpriseAccountsEnabled(long enterpriseId, boolean enabled);

    /** Enables or disables the login of an employee (leaving and rehiring). */
    void setEmployeeAccountEnabled(long employeeId, boolean enabled);

    Optional<Long> accountOfEmployee(long employeeId);

    boolean usernameTaken(String username);

    /**
     * The enabled account of the role with the lowest id in a tenant: {@code tenantId} is the zone for zone roles and service
     * providers, the enterprise for the other roles and ignored for the ministry (for work without a request, e.g. demo data, that
     * must act as a real person with {@link RunAs}). The returned principal has no password hash.
     */
    Optional<GxqUser> firstEnabled(Role role, long tenantId);

    /** The enabled account of the role with the lowest id anywhere in a zone (e.g. some enterprise admin of the zone). */
    Optional<GxqUser> firstEnabledInZone(Role role, long zoneId);

    /** The zones that have an enabled account of the role, lowest id first, at most {@code limit}. */
    List<Long> zonesWithEnabled(Role role, int limit);
}
