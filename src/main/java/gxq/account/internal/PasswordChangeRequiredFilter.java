package gxq.account.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import org.springframework.web.filter.OncePerRequestFilter;

import gxq.account.GxqUser;

/** An account with an initial or reset password can do nothing but change it (and sign out). */

class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    static final String CHANGE_PATH = "/account/password";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof GxqUser user && user.mustChangePassword()
                && !allowed(gxq.common.web.RequestPaths.of(request))) {
            if (gxq.common.web.RequestPaths.isApi(request)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "password change required");
            } else {
                response.sendRedirect(request.getContextPath() + CHANGE_PATH);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(String path) {
        return path.equals(CHANGE_PATH) || path.equals("/logout") || path.startsWith("/webjars/")
                || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/") || path.startsWith("/error");
    }
}
