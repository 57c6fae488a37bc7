package gxq.health.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The request signature is exactly what docs/health-code.md §12 computes with openssl. */
class DeviceSignatureTest {

    @Test
    void matchesTheDocumentedOpensslExample() {
        String body = "{\"token\":\"GXQ1:6BFOXN*TS0BI$ZD.P9UOL97O4-2HH:2\",\"direction\":\"IN\",\"temperature\":36.5}";
        byte[] sig = DeviceAuthenticator.sign("q0Vr3m8xZ5Yk2dP1sT7uW4aB9cE6fH0jL3nR8vX2yA4", "POST", "/api/gate/v1/verify",
                "1582185600", "9f86d081884c7d659a2feaa0c55ad015", body.getBytes(StandardCharsets.UTF_8));
        assertThat(Base64.getEncoder().encodeToString(sig)).isEqualTo("E3vCYLz+SYNvO/uQtP556nzkCGcOtY5s1FwHUG9ML9Q=");
    }

    @Test
    void anyChangeOfMethodPathOrBodyChangesTheSignature() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        String a = Base64.getEncoder().encodeToString(DeviceAuthenticator.sign("k", "POST", "/p", "1", "n", body));
        assertThat(Base64.getEncoder().encodeToString(DeviceAuthenticator.sign("k", "GET", "/p", "1", "n", body))).isNotEqualTo(a);
        assertThat(Base64.getEncoder().encodeToString(DeviceAuthenticator.sign("k", "POST", "/q", "1", "n", body))).isNotEqualTo(a);
        assertThat(Base64.getEncoder().encodeToString(DeviceAuthenticator.sign("k", "POST", "/p", "1", "n",
                "{ }".getBytes(StandardCharsets.UTF_8)))).isNotEqualTo(a);
    }
}
