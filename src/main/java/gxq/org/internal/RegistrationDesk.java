package gxq.org.internal;

import gxq.account.Role;
import gxq.account.TenantScope;

/**
 * The actor on whose behalf a public self-registration opens its enterprise-admin account. There is no signed-in
 * person, and {@code Accounts.open} checks that the actor may create the role in the tenant, so the registration
 * acts as a zone admin of the chosen zone with the reserved user id 0 (no such account exists). The account is
 * opened DISABLED and only the zone's approval enables it; the audit line names no actor.
 */
final class RegistrationDesk {

    static final long SYSTEM_USER_ID = 0;

    private RegistrationDesk() {
    }

    static TenantScope scopeFor(long zoneId) {
        return new TenantScope(SYSTEM_USER_ID, Role.ZONE_ADMIN, zoneId, null, null);
    }
}
