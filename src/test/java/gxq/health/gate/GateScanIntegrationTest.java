package gxq.health.gate;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.health.Colour;
import gxq.health.code.HealthCodeIssuer;
import gxq.health.code.InMemorySigningKeyRepository;
import gxq.health.code.AesGcmPrivateKeySealer;
import gxq.health.code.Pseudonym;
import gxq.health.code.SigningKeys;
import gxq.health.code.SubjectPseudonyms;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Code → scan over HTTP: the employee's page issues a code, a guard scans it; every refusal has its own reason. */
@IntegrationTest
@Tag("db")
@Import(GateFixtures.class)
class GateScanIntegrationTest {

    static final long ZONE = 160;
    static final long OTHER_ZONE = 161;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired GateFixtures gate;
    @Autowired SigningKeys keys;
    @Autowired SubjectPseudonyms pseudonyms;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    long enterprise;
    long employee;
    GxqUser employeeAccount;
    GxqUser guard;
    long checkpoint;

    @BeforeEach
    void setUp() {
        enterprise = fixtures.enterprise(ZONE);
        employee = fixtures.employee(enterprise, "张三丰");
        employeeAccount = fixtures.employeeAccount(employee);
        guard = fixtures.account(Role.GATE_GUARD, ZONE, null, null);
        checkpoint = gate.checkpoint(ZONE, null, "东门" + Fixtures.next());
    }

    String issuedToken(GxqUser user) throws Exception {
        MvcResult page = mvc.perform(get("/me/health/code").with(as(user))).andExpect(status().isOk()).andReturn();
        assertThat(page.getResponse().getHeader("Cache-Control")).contains("no-store");
        String html = page.getResponse().getContentAsString();
        assertThat(html).contains("<svg").contains("绿码");
        return GateFixtures.token(html);
    }

    String scan(String token, long at, String temperature) throws Exception {
        var req = post("/gate/scan").with(as(guard)).with(csrf()).param("checkpoint", String.valueOf(at))
                .param("direction", "IN").param("token", token);
        if (temperature != null) {
            req = req.param("temperature", temperature);
        }
        return mvc.perform(req).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static String outcome(String html) {
        var m = java.util.regex.Pattern.compile("data-outcome=\"([A-Z_]+)\"").matcher(html);
        assertThat(m.find()).as("verdict on the page").isTrue();
        return m.group(1);
    }

    @Test
    void greenCodeIssuedOnThePageIsAdmittedWithMaskedNameAndLogged() throws Exception {
        gate.status(employee, Colour.GREEN);
        String html = scan(issuedToken(employeeAccount), checkpoint, "36.6");
        assertThat(outcome(html)).isEqualTo("ADMITTED");
        assertThat(html).contains("通行").contains("张**").doesNotContain("张三丰").contains("verdict-green");
        assertThat(gate.count("select count(*) from gate_scan where employee_id = ? and outcome = 'ADMITTED' and guard_id = ?"
                + " and temperature = 36.6", employee, guard.id())).isEqualTo(1);
        assertThat(gate.count("select count(*) from audit_log where action = 'GATE_SCAN' and actor_id = ? and zone_id = ?",
                guard.id(), ZONE)).isEqualTo(1);
    }

    @Test
    void employeeWithoutStatusIsAskedToDeclareFirst() throws Exception {
        String html = mvc.perform(get("/me/health/code").with(as(employeeAccount))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("请先完成").contains("/me/health").doesNotContain("data-token");
    }

    @Test
    void alteredCodeIsRefusedAsBadSignature() throws Exception {
        gate.status(employee, Colour.GREEN);
        String token = issuedToken(employeeAccount);
        char last = token.charAt(token.length() - 1);
        String altered = token.substring(0, token.length() - 1) + (last == '0' ? '1' : '0');
        assertThat(outcome(scan(altered, checkpoint, null))).isEqualTo("BAD_SIGNATURE");
        assertThat(gate.count("select count(*) from gate_scan where checkpoint_id = ? and outcome = 'BAD_SIGNATURE'"
                + " and employee_id is null and subject is null", checkpoint)).isEqualTo(1);
    }

    @Test
    void codeSignedByAForeignKeyIsUnknownKey() throws Exception {
        gate.status(employee, Colour.GREEN);
        var foreign = new SigningKeys(new InMemorySigningKeyRepository(), new AesGcmPrivateKeySealer(new byte[32]),
                Clock.systemUTC(), Duration.ofHours(1));
        String forged = new HealthCodeIssuer(foreign, Clock.systemUTC(), Duration.ofMinutes(3))
                .issue(pseudonyms.of(employee), Colour.GREEN, ZONE, 1).token();
        assertThat(outcome(scan(forged, checkpoint, null))).isEqualTo("UNKNOWN_KEY");
    }

    @Test
    void expiredCodeIsRefusedAsExpired() throws Exception {
        gate.status(employee, Colour.GREEN);
        Clock past = Clock.fixed(Instant.now().minus(Duration.ofMinutes(10)), ZoneId.of("Asia/Shanghai"));
        String old = new HealthCodeIssuer(keys, past, Duration.ofMinutes(3)).issue(pseudonyms.of(employee), Colour.GREEN, ZONE, 1).token();
        String html = scan(old, checkpoint, null);
        assertThat(outcome(html)).isEqualTo("EXPIRED");
        assertThat(html).contains("已过期");
    }

    @Test
    void codeFromTheFutureIsNotYetValid() throws Exception {
        gate.status(employee, Colour.GREEN);
        Clock future = Clock.fixed(Instant.now().plus(Duration.ofMinutes(10)), ZoneId.of("Asia/Shanghai"));
        String early = new HealthCodeIssuer(keys, future, Duration.ofMinutes(3)).issue(pseudonyms.of(employee), Colour.GREEN, ZONE, 1).token();
        assertThat(outcome(scan(early, checkpoint, null))).isEqualTo("NOT_YET_VALID");
    }

    @Test
    void codeIssuedGreenWhoseHolderTurnedRedIsRefusedAsStatusChanged() throws Exception {
        gate.status(employee, Colour.GREEN);
        String token = issuedToken(employeeAccount);
        gate.change(employee, Colour.RED);
        String html = scan(token, checkpoint, null);
        assertThat(outcome(html)).isEqualTo("STATUS_CHANGED");
        assertThat(html).contains("禁止通行");
    }

    @Test
    void currentYellowCodeShowsYellowAndIsNotAdmitted() throws Exception {
        gate.status(employee, Colour.YELLOW);
        String html = mvc.perform(get("/me/health/code").with(as(employeeAccount))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("黄码");
        String verdict = scan(GateFixtures.token(html), checkpoint, null);
        assertThat(outcome(verdict)).isEqualTo("NOT_GREEN");
        assertThat(verdict).contains("verdict-yellow").contains("禁止通行");
    }

    @Test
    void genuineCodeWithoutStatusIsNoStatus() throws Exception {
        String token = new HealthCodeIssuer(keys, Clock.systemUTC(), Duration.ofMinutes(3))
                .issue(Pseudonym.random(), Colour.GREEN, ZONE, 1).token();
        assertThat(outcome(scan(token, checkpoint, null))).isEqualTo("NO_STATUS");
    }

    @Test
    void codeOfSomeoneWhoLeftIsNoStatus() throws Exception {
        gate.status(employee, Colour.GREEN);
        String token = issuedToken(employeeAccount);
        jdbc.sql("update employee set status = 'LEFT' where id = :id").param("id", employee).update();
        assertThat(outcome(scan(token, checkpoint, null))).isEqualTo("NO_STATUS");
    }

    @Test
    void codeOfAnotherZoneIsRefusedWithoutNameLiveColourOrId() throws Exception {
        long otherEmployee = fixtures.employee(fixtures.enterprise(OTHER_ZONE), "李四");
        gate.status(otherEmployee, Colour.GREEN);
        String token = issuedToken(fixtures.employeeAccount(otherEmployee));
        gate.change(otherEmployee, Colour.RED);   // turned red after the code was issued: not this gate's business
        String html = scan(token, checkpoint, null);
        assertThat(outcome(html)).isEqualTo("OTHER_ZONE");
        assertThat(html).doesNotContain("李*").doesNotContain("红码");
        assertThat(jdbc.sql("select count(*) from gate_scan where checkpoint_id = :c and outcome = 'OTHER_ZONE' "
                + "and employee_id is null and colour_now is null").param("c", checkpoint).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void enterpriseGateAdmitsOnlyItsOwnStaff() throws Exception {
        long own = gate.checkpoint(ZONE, enterprise, "企业门");
        long otherEnt = fixtures.enterprise(ZONE);
        long stranger = fixtures.employee(otherEnt, "王五");
        gate.status(employee, Colour.GREEN);
        gate.status(stranger, Colour.GREEN);
        guard = fixtures.account(Role.GATE_GUARD, ZONE, enterprise, null);
        assertThat(outcome(scan(issuedToken(employeeAccount), own, null))).isEqualTo("ADMITTED");
        assertThat(outcome(scan(issuedToken(fixtures.employeeAccount(stranger)), own, null))).isEqualTo("OTHER_ZONE");
    }

    @Test
    void feverAtTheGateIsRefused() throws Exception {
        gate.status(employee, Colour.GREEN);
        assertThat(outcome(scan(issuedToken(employeeAccount), checkpoint, "37.3"))).isEqualTo("FEVER_AT_GATE");
    }

    @Test
    void garbageIsMalformedAndImpossibleTemperatureIsABadRequest() throws Exception {
        assertThat(outcome(scan("hello", checkpoint, null))).isEqualTo("MALFORMED");
        String html = mvc.perform(post("/gate/scan").with(as(guard)).with(csrf()).param("checkpoint", String.valueOf(checkpoint))
                .param("token", "GXQ1:ABC").param("temperature", "50")).andExpect(status().is(422))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("34.0–43.0");
        mvc.perform(post("/gate/scan").with(as(guard)).with(csrf()).param("checkpoint", String.valueOf(checkpoint))
                .param("token", "GXQ1:ABC").param("direction", "SIDEWAYS")).andExpect(status().isBadRequest());
    }

    @Test
    void guardOfAnotherZoneCannotUseThisCheckpoint() throws Exception {
        GxqUser foreignGuard = fixtures.account(Role.GATE_GUARD, OTHER_ZONE, null, null);
        mvc.perform(post("/gate/scan").with(as(foreignGuard)).with(csrf()).param("checkpoint", String.valueOf(checkpoint))
                .param("token", "x")).andExpect(status().isNotFound());
        String page = mvc.perform(get("/gate").with(as(foreignGuard))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).doesNotContain("value=\"" + checkpoint + "\"");
        GxqUser enterpriseGuard = fixtures.account(Role.GATE_GUARD, ZONE, enterprise, null);
        mvc.perform(post("/gate/scan").with(as(enterpriseGuard)).with(csrf()).param("checkpoint", String.valueOf(checkpoint))
                .param("token", "x")).andExpect(status().isNotFound());
    }

    @Test
    void rolesWithoutGateDutyGet403() throws Exception {
        mvc.perform(get("/gate").with(as(fixtures.ministry()))).andExpect(status().isForbidden());
        mvc.perform(get("/gate").with(as(employeeAccount))).andExpect(status().isForbidden());
        mvc.perform(get("/me/health/code").with(as(guard))).andExpect(status().isForbidden());
    }

    @Test
    void cameraFrameWithAQrCodeIsDecodedOnTheServer() throws Exception {
        String text = "GXQ1:HELLO WORLD";
        var matrix = new com.google.zxing.qrcode.QRCodeWriter().encode(text, com.google.zxing.BarcodeFormat.QR_CODE, 300, 300);
        var image = new java.awt.image.BufferedImage(300, 300, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 300; x++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0 : 0xffffff);
            }
        }
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        var frame = new org.springframework.mock.web.MockMultipartFile("frame", "f.png", "image/png", png.toByteArray());
        String decoded = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/gate/decode")
                .file(frame).with(as(guard)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(decoded).isEqualTo(text);
        var blank = new org.springframework.mock.web.MockMultipartFile("frame", "f.txt", "text/plain", "not an image".getBytes());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/gate/decode")
                .file(blank).with(as(guard)).with(csrf())).andExpect(status().is(422));
    }
}
