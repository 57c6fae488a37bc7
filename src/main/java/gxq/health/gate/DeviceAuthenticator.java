package gxq.health.gate;

import gxq.common.crypto.PersonalDataCipher;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checks a gate device's request signature (docs/health-code.md §12):
 * {@code Base64(HMAC-SHA256(secret, METHOD + "\n" + PATH + "\n" + TIMESTAMP + "\n" + NONCE + "\n" + hex(SHA-256(body))))}
 * with the timestamp (Unix seconds) within ±300 s of the server's clock and a nonce never seen before from that
 * device (kept in {@code gate_device_nonce} for the window, so every node of a cluster sees it).
 */
@Component
class DeviceAuthenticator {

    static final String APP_ID = "X-GXQ-AppId";
    static final String TIMESTAMP = "X-GXQ-Timestamp";
    static final String NONCE = "X-GXQ-Nonce";
    static final String SIGNATURE = "X-GXQ-Signature";
    static final Duration WINDOW = Duration.ofSeconds(300);
    private static final Pattern NONCE_FORMAT = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    /** Why a request was not authenticated; each has a message {@code gate.api.auth.<name>}. */
    enum Failure { MISSING_HEADERS, DEVICE_INACTIVE, STALE_TIMESTAMP, BAD_SIGNATURE, REPLAYED_NONCE }

    static final class Refused extends Exception {
        final Failure failure;

        Refused(Failure failure) {
            super(failure.name(), null, false, false);
            this.failure = failure;
        }
    }

    private record Device(long id, long checkpointId, String secretEnc, boolean active, boolean checkpointActive) {
    }

    private final JdbcClient db;
    private final PersonalDataCipher cipher;
    private final Clock clock;
    /** Decrypted secrets by their stored ciphertext (immutable per device), so a scan does not decrypt again. */
    private final java.util.Map<String, String> secrets = new java.util.concurrent.ConcurrentHashMap<>();
    /** When this node last wrote a device's last_seen_at: at most once a minute, not once a scan. */
    private final java.util.Map<Long, Long> lastSeenWritten = new java.util.concurrent.ConcurrentHashMap<>();

    DeviceAuthenticator(JdbcClient db, PersonalDataCipher cipher, Clock clock) {
        this.db = db;
        this.cipher = cipher;
        this.clock = clock;
    }

    DevicePrincipal authenticate(String method, String path, String appId, String timestamp, String nonce,
            String signature, byte[] body) throws Refused {
        if (appId == null || timestamp == null || nonce == null || signature == null || appId.length() > 64
                || !NONCE_FORMAT.matcher(nonce).matches()) {
            throw new Refused(Failure.MISSING_HEADERS);
        }
        Device device = db.sql("""
                select d.id, d.checkpoint_id, d.secret_enc, d.active, c.active as checkpoint_active
                from gate_device d join checkpoint c on c.id = d.checkpoint_id where d.app_id = :app""")
                .param("app", appId).query((rs, n) -> new Device(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getBoolean(4), rs.getBoolean(5))).optional()
                .orElseThrow(() -> new Refused(Failure.BAD_SIGNATURE)); // as for a wrong secret: app ids cannot be probed
        long ts;
        try {
            ts = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw new Refused(Failure.STALE_TIMESTAMP);
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - ts) > WINDOW.toSeconds()) {
            throw new Refused(Failure.STALE_TIMESTAMP);
        }
        if (secrets.size() > 10_000) {
            secrets.clear();
        }
        String secret = secrets.computeIfAbsent(device.secretEnc(), cipher::decrypt);
        byte[] expected = sign(secret, method, path, timestamp.strip(), nonce, body);
        byte[] given;
        try {
            given = Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException e) {
            throw new Refused(Failure.BAD_SIGNATURE);
        }
        if (!MessageDigest.isEqual(expected, given)) {
            throw new Refused(Failure.BAD_SIGNATURE);
        }
        if (!device.active() || !device.checkpointActive()) {
            throw new Refused(Failure.DEVICE_INACTIVE);
        }
        OffsetDateTime at = clock.instant().atOffset(ZoneOffset.UTC);
        try {
            db.sql("insert into gate_device_nonce (device_id, nonce, seen_at) values (:d, :n, :at)")
                    .param("d", device.id()).param("n", nonce).param("at", at).update();
        } catch (DuplicateKeyException e) {
            throw new Refused(Failure.REPLAYED_NONCE);
        }
        Long written = lastSeenWritten.get(device.id());
        if (written == null || now - written >= 60) {
            lastSeenWritten.put(device.id(), now);
            db.sql("update gate_device set last_seen_at = :at where id = :id").param("at", at).param("id", device.id()).update();
        }
        return new DevicePrincipal(device.id(), appId, device.checkpointId());
    }

    /** The signature a device computes; public in spirit: docs/health-code.md shows the same with openssl. */
    static byte[] sign(String secret, String method, String path, String timestamp, String nonce, byte[] body) {
        try {
            String bodyHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
            String canonical = method.toUpperCase() + "\n" + path + "\n" + timestamp + "\n" + nonce + "\n" + bodyHash;
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /** Nonces older than twice the window (plus a minute) can no longer be replayed (their timestamp is stale). */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    @SchedulerLock(name = "health.gate-nonce-cleanup", lockAtMostFor = "4m")
    public void removeOldNonces() {
        db.sql("delete from gate_device_nonce where seen_at < :before")
                .param("before", clock.instant().minus(WINDOW.multipliedBy(2).plusMinutes(1)).atOffset(ZoneOffset.UTC)).update();
    }
}
