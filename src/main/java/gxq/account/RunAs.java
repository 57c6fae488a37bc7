package gxq.account;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs code signed in as a given person on this thread, then restores the previous security context. For work with no
 * request behind it that must pass the services' checks as a real actor (demo data goes through the real services).
 */
public final class RunAs {

    private RunAs() {
    }

    public static <T> T as(GxqUser user, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void as(GxqUser user, Runnable action) {
        as(user, () -> {
            action.run();
            return null;
        });
    }
}
