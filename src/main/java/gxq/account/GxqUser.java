package gxq.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person: their account, role and tenant scope. Kept in the (database-backed) HTTP session. */
public final class GxqUser implements UserDetails, CredentialsContainer {

    private final long id;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final Role role;
    private final Long zoneId;
    private final Long enterpriseId;
    private final Long employeeId;
    private final Long providerId;
    private final boolean enabled;
    private final Instant lockedUntil;
    private final boolean mustChangePassword;

    public GxqUser(long id, String username, String passwordHash, String displayName, Role role, Long zoneId,
            Long enterpriseId, Long employeeId, boolean enabled, Instant lockedUntil, boolean mustChangePassword) {
        this(id, username, passwordHash, displayName, role, zoneId, enterpriseId, employeeId, null, enabled, lockedUntil,
                mustChangePassword);
    }

    public GxqUser(long id, String username, String passwordHash, String displayName, Role role, Long zoneId,
            Long enterpriseId, Long employeeId, Long providerId, boolean enabled, Instant lockedUntil,
            boolean mustChangePassword) {
        this.id = id;
        this.providerId = providerId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.zoneId = zoneId;
        this.enterpriseId = enterpriseId;
        this.employeeId = employeeId;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
        this.mustChangePassword = mustChangePassword;
    }

    public GxqUser withPasswordChanged() {
        return new GxqUser(id, username, null, displayName, role, zoneId, enterpriseId, employeeId, providerId, enabled,
                null, false);
    }

    public long id() { return id; }
    public String displayName() { return displayName; }
    public Role role() { return role; }
    public Long zoneId() { return zoneId; }
    public Long enterpriseId() { return enterpriseId; }
    public Long employeeId() { return employeeId; }
    /** The service provider (服务机构) this account acts for, for role SERVICE_PROVIDER. */
    public Long providerId() { return providerId; }
    public boolean mustChangePassword() { return mustChangePassword; }

    public TenantScope scope() {
        return new TenantScope(id, role, zoneId, enterpriseId, employeeId);
    }

    public boolean hasRole(Role... roles) {
        for (Role r : roles) {
            if (r == role) {
                return true;
            }
        }
        return false;
    }

    @Override public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }
    @Override public String getPassword() { return passwordHash; }
    @Override public String getUsername() { return username; }
    @Override public boolean isAccountNonLocked() { return lockedUntil == null || lockedUntil.isBefore(Instant.now()); }
    @Override public boolean isEnabled() { return enabled; }
    @Override public void eraseCredentials() { passwordHash = null; }

    @Override public boolean equals(Object o) { return o instanceof GxqUser u && u.id == id; }
    @Override public int hashCode() { return Long.hashCode(id); }
    @Override public String toString() { return "GxqUser[" + username + "," + role + "]"; }
}
