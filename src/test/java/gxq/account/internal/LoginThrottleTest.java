package gxq.account.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    @Test
    void anAddressIsThrottledAfterTooManyFailuresAndOthersAreNot() throws Exception {
        LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(10));
        throttle.recordFailure("10.0.0.1");
        throttle.recordFailure("10.0.0.1");
        assertThat(throttle.throttled("10.0.0.1")).isFalse();
        throttle.recordFailure("10.0.0.1");
        assertThat(throttle.throttled("10.0.0.1")).isTrue();
        assertThat(throttle.throttled("10.0.0.2")).isFalse();

        MockHttpServletRequest login = new MockHttpServletRequest("POST", "/login");
        login.setRemoteAddr("10.0.0.1");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        throttle.doFilter(login, response, chain);
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error=throttled");
        assertThat(chain.getRequest()).isNull();

        MockHttpServletRequest other = new MockHttpServletRequest("GET", "/login");
        other.setRemoteAddr("10.0.0.1");
        MockFilterChain passes = new MockFilterChain();
        throttle.doFilter(other, new MockHttpServletResponse(), passes);
        assertThat(passes.getRequest()).isNotNull();
    }

    @Test
    void failuresOutsideTheWindowAreForgotten() throws Exception {
        LoginThrottle throttle = new LoginThrottle(1, Duration.ofMillis(50));
        throttle.recordFailure("10.0.0.3");
        assertThat(throttle.throttled("10.0.0.3")).isTrue();
        Thread.sleep(120);
        assertThat(throttle.throttled("10.0.0.3")).isFalse();
    }
}
