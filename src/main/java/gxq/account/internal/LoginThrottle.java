package gxq.account.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles sign-in attempts per client address, against password spraying over many usernames (the per-account
 * lockout handles guessing one account). Counts failures in a sliding window; kept in memory on each node, which is
 * enough to slow an attacker down without a shared store.
 */
class LoginThrottle extends OncePerRequestFilter {

    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(int maxFailures, Duration window) {
        this.maxFailures = maxFailures;
        this.window = window;
    }

    void recordFailure(String address) {
        if (address == null) {
            return;
        }
        Deque<Instant> q = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (q) {
            q.addLast(Instant.now());
            prune(q);
        }
        if (failures.size() > 100_000) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue());
                    return e.getValue().isEmpty();
                }
            });
        }
    }

    boolean throttled(String address) {
        Deque<Instant> q = address == null ? null : failures.get(address);
        if (q == null) {
            return false;
        }
        synchronized (q) {
            prune(q);
            return q.size() >= maxFailures;
        }
    }

    private void prune(Deque<Instant> q) {
        Instant horizon = Instant.now().minus(window);
        while (!q.isEmpty() && q.peekFirst().isBefore(horizon)) {
            q.pollFirst();
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(gxq.common.web.RequestPaths.of(request)));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (throttled(request.getRemoteAddr())) {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(window.toSeconds()));
            response.sendRedirect(request.getContextPath() + "/login?error=throttled");
            return;
        }
        chain.doFilter(request, response);
    }
}
