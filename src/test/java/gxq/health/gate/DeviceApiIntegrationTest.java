package gxq.health.gate;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gxq.account.GxqUser;
import gxq.health.Colour;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** 验码 API for gate devices: signed requests, stale timestamps, replays, inactive devices. */
@IntegrationTest
@Tag("db")
@Import(GateFixtures.class)
class DeviceApiIntegrationTest {

    static final long ZONE = 162;
    static final String PATH = "/api/gate/v1/verify";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired GateFixtures gate;

    GxqUser zoneAdmin;
    long checkpoint;
    String appId;
    String secret;
    long employee;
    GxqUser employeeAccount;

    /** Registers a device through the checkpoint page, reading the secret it shows once. */
    @BeforeEach
    void setUp() throws Exception {
        zoneAdmin = fixtures.zoneAdmin(ZONE);
        checkpoint = gate.checkpoint(ZONE, null, "南门" + Fixtures.next());
        String html = mvc.perform(post("/health/checkpoints/" + checkpoint + "/devices").with(as(zoneAdmin)).with(csrf())
                .param("deviceName", "闸机 1")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        appId = field(html, "appId");
        secret = field(html, "secret");
        employee = fixtures.employee(fixtures.enterprise(ZONE), "赵六");
        employeeAccount = fixtures.employeeAccount(employee);
        gate.status(employee, Colour.GREEN);
    }

    static String field(String html, String id) {
        var m = Pattern.compile("id=\"" + id + "\">([^<]+)<").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1).strip();
    }

    String token() throws Exception {
        return GateFixtures.token(mvc.perform(get("/me/health/code").with(as(employeeAccount))).andReturn().getResponse()
                .getContentAsString());
    }

    ResultActions call(String body, String key, long timestamp, String nonce) throws Exception {
        String ts = String.valueOf(timestamp);
        String sig = Base64.getEncoder().encodeToString(DeviceAuthenticator.sign(key, "POST", PATH, ts, nonce,
                body.getBytes(StandardCharsets.UTF_8)));
        return mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(body)
                .header("X-GXQ-AppId", appId).header("X-GXQ-Timestamp", ts).header("X-GXQ-Nonce", nonce)
                .header("X-GXQ-Signature", sig));
    }

    static String nonce() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    String body(String token) {
        return "{\"token\":\"" + token + "\",\"direction\":\"IN\",\"temperature\":36.4}";
    }

    @Test
    void signedRequestVerifiesACodeAndLogsTheScanWithoutSession() throws Exception {
        var result = call(body(token()), secret, Instant.now().getEpochSecond(), nonce()).andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("ADMITTED")).andExpect(jsonPath("$.admitted").value(true))
                .andExpect(jsonPath("$.colour").value("GREEN")).andExpect(jsonPath("$.maskedName").value("赵*"))
                .andExpect(jsonPath("$.checkpointId").value(checkpoint)).andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getContentAsString()).doesNotContain("赵六").doesNotContain("employee");
        assertThat(gate.count("select count(*) from gate_scan where employee_id = ? and device_id is not null"
                + " and guard_id is null", employee)).isEqualTo(1);
    }

    @Test
    void refusalsCarryTheirReason() throws Exception {
        call(body("GXQ1:XYZ"), secret, Instant.now().getEpochSecond(), nonce()).andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("MALFORMED")).andExpect(jsonPath("$.admitted").value(false));
    }

    @Test
    void wrongSignatureIs401() throws Exception {
        call(body(token()), "not-the-secret", Instant.now().getEpochSecond(), nonce()).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("gate.api.auth.BAD_SIGNATURE"));
    }

    @Test
    void alteredBodyIs401() throws Exception {
        String ts = String.valueOf(Instant.now().getEpochSecond());
        String n = nonce();
        String sig = Base64.getEncoder().encodeToString(DeviceAuthenticator.sign(secret, "POST", PATH, ts, n,
                body("A").getBytes(StandardCharsets.UTF_8)));
        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(body("B")).header("X-GXQ-AppId", appId)
                .header("X-GXQ-Timestamp", ts).header("X-GXQ-Nonce", n).header("X-GXQ-Signature", sig))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("gate.api.auth.BAD_SIGNATURE"));
    }

    @Test
    void oldTimestampIs401() throws Exception {
        call(body(token()), secret, Instant.now().getEpochSecond() - 301, nonce()).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("gate.api.auth.STALE_TIMESTAMP"));
    }

    @Test
    void replayedNonceIs401() throws Exception {
        String n = nonce();
        String b = body(token());
        long ts = Instant.now().getEpochSecond();
        call(b, secret, ts, n).andExpect(status().isOk());
        call(b, secret, ts, n).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("gate.api.auth.REPLAYED_NONCE"));
    }

    @Test
    void deactivatedDeviceIs401() throws Exception {
        long deviceId = gate.count("select id from gate_device where app_id = ?", appId);
        mvc.perform(post("/health/checkpoints/" + checkpoint + "/devices/" + deviceId + "/deactivate").with(as(zoneAdmin))
                .with(csrf())).andExpect(status().is3xxRedirection());
        call(body(token()), secret, Instant.now().getEpochSecond(), nonce()).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("gate.api.auth.DEVICE_INACTIVE"));
        assertThat(gate.count("select count(*) from audit_log where action = 'GATE_DEVICE_DEACTIVATE' and target_id = ?",
                String.valueOf(deviceId))).isEqualTo(1);
    }

    @Test
    void missingHeadersAndUnknownDeviceAre401() throws Exception {
        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("gate.api.auth.MISSING_HEADERS"));
        appId = "gd_unknown";
        call(body("x"), secret, Instant.now().getEpochSecond(), nonce()).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("gate.api.auth.BAD_SIGNATURE")); // indistinguishable from a wrong secret
    }

    @Test
    void badInputIs400WithAMessage() throws Exception {
        call("{\"token\":\"GXQ1:X\",\"temperature\":50}", secret, Instant.now().getEpochSecond(), nonce())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("34.0")));
        call("{not json", secret, Instant.now().getEpochSecond(), nonce()).andExpect(status().isBadRequest());
        call("{\"token\":\"GXQ1:X\",\"checkpointId\":" + (checkpoint + 100000) + "}", secret,
                Instant.now().getEpochSecond(), nonce()).andExpect(status().isNotFound());
    }

    @Autowired DeviceAuthenticator authenticator;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void nonceCleanupKeepsNoncesWhileTheirTimestampCouldStillBeValid() throws Exception {
        long deviceId = gate.count("select id from gate_device where app_id = ?", appId);
        var now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        for (var row : java.util.Map.of("old-nonce-0000000001", now.minusMinutes(12), "recent-nonce-00000001",
                now.minusMinutes(10)).entrySet()) {
            jdbc.sql("insert into gate_device_nonce (device_id, nonce, seen_at) values (:d, :n, :at)")
                    .param("d", deviceId).param("n", row.getKey()).param("at", row.getValue()).update();
        }
        authenticator.removeOldNonces();
        assertThat(gate.count("select count(*) from gate_device_nonce where device_id = ? and nonce = 'old-nonce-0000000001'",
                deviceId)).isZero();
        assertThat(gate.count("select count(*) from gate_device_nonce where device_id = ? and nonce = 'recent-nonce-00000001'",
                deviceId)).isEqualTo(1);
    }

    @Test
    void deviceSecretIsStoredEncryptedAndRegistrationAudited() throws Exception {
        assertThat(gate.count("select count(*) from gate_device where app_id = ? and secret_enc <> ?", appId, secret))
                .isEqualTo(1);
        assertThat(gate.count("select count(*) from audit_log where action = 'GATE_DEVICE_REGISTER' and detail like ?",
                appId + "%")).isEqualTo(1);
    }
}
