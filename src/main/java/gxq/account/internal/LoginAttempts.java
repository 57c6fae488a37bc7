package gxq.account.internal;

import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import gxq.account.AuditEntry;
import gxq.account.GxqUser;

/** Login throttling: after {@code max-failed-logins} wrong passwords the account is locked for {@code lockout}. */
@Component
class LoginAttempts {

    private final UserStore users;
    private final JdbcAuditLog audit;
    private final LoginThrottle throttle;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttempts(UserStore users, JdbcAuditLog audit, LoginThrottle throttle, @Value("${gxq.security.max-failed-logins:5}") int maxFailures,
            @Value("${gxq.security.lockout:15m}") Duration lockout) {
        this.users = users;
        this.audit = audit;
        this.throttle = throttle;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @EventListener
    @Transactional
    public void failed(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            users.recordFailure(username, maxFailures, Instant.now().plus(lockout));
            throttle.recordFailure(clientAddress());
        }
        GxqUser known = users.findByUsername(username).orElse(null);
        audit.recordAs(known, username.length() > 64 ? username.substring(0, 64) : username,
                AuditEntry.of("LOGIN", "account", known == null ? null : known.id())
                        .detail(event.getException().getClass().getSimpleName()).failed());
    }

    private static String clientAddress() {
        return org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes a ? a.getRequest().getRemoteAddr() : null;
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof GxqUser user) {
            users.recordSuccess(user.getUsername());
            audit.recordAs(user, user.getUsername(), AuditEntry.of("LOGIN", "account", user.id()));
        }
    }
}
