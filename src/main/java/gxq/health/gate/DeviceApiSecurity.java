package gxq.health.gate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The device API {@code /api/gate/**} has a security chain of its own, ahead of the application's: no session, no
 * CSRF (requests carry no cookie; each is signed with the device's secret instead), every request authenticated by
 * {@link DeviceAuthenticator}. A refused signature answers 401 problem+json with a {@code code} saying why.
 */
@Configuration(proxyBeanMethods = false)
class DeviceApiSecurity {

    static final String ROLE = "ROLE_GATE_DEVICE";
    static final int MAX_BODY = 16 * 1024;

    @Bean
    @Order(1)
    SecurityFilterChain gateDeviceApi(HttpSecurity http, DeviceAuthenticator authenticator, MessageSource messages)
            throws Exception {
        http.securityMatcher("/api/gate/**")
                .authorizeHttpRequests(a -> a.anyRequest().hasAuthority(ROLE))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .addFilterBefore(new SignatureFilter(authenticator, messages), AuthorizationFilter.class);
        return http.build();
    }

    /** Not a bean: as a bean it would also be registered with the servlet container, outside the chain. */
    static final class SignatureFilter extends OncePerRequestFilter {

        private static final JsonMapper JSON = JsonMapper.builder().build();
        private final DeviceAuthenticator authenticator;
        private final MessageSource messages;

        SignatureFilter(DeviceAuthenticator authenticator, MessageSource messages) {
            this.authenticator = authenticator;
            this.messages = messages;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                problem(response, request.getLocale(), 413, "gate.api.tooLarge");
                return;
            }
            try {
                DevicePrincipal device = authenticator.authenticate(request.getMethod(), request.getRequestURI(),
                        request.getHeader(DeviceAuthenticator.APP_ID), request.getHeader(DeviceAuthenticator.TIMESTAMP),
                        request.getHeader(DeviceAuthenticator.NONCE), request.getHeader(DeviceAuthenticator.SIGNATURE), body);
                var auth = UsernamePasswordAuthenticationToken.authenticated(device, null,
                        List.of(new SimpleGrantedAuthority(ROLE)));
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(auth);
                SecurityContextHolder.setContext(context);
                try {
                    chain.doFilter(new CachedBody(request, body), response);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            } catch (DeviceAuthenticator.Refused e) {
                problem(response, request.getLocale(), 401, "gate.api.auth." + e.failure.name());
            }
        }

        private void problem(HttpServletResponse response, Locale locale, int status, String key) throws IOException {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("type", "about:blank");
            p.put("title", HttpStatus.valueOf(status).getReasonPhrase());
            p.put("status", status);
            p.put("detail", messages.getMessage(key, null, key, locale));
            p.put("code", key);
            response.setStatus(status);
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getOutputStream().write(JSON.writeValueAsBytes(p));
        }
    }

    /** The request with its body already read (to hash it), readable again by the controller. */
    static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override public boolean isFinished() { return in.available() == 0; }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException(); }
                @Override public int read() { return in.read(); }
                @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
