package gxq.health.keys;

import gxq.common.crypto.PersonalDataCipher;
import gxq.health.code.AesGcmPrivateKeySealer;
import gxq.health.code.HealthCodeIssuer;
import gxq.health.code.HealthCodeVerifier;
import gxq.health.code.SigningKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The health-code key ring on the database, and the issuer and verifier that use it.
 *
 * <p><b>Several nodes, one database.</b> The ring is built under the ShedLock row {@code health.key-init}: the first
 * node to start finds no active key and creates one while holding the lock; a node starting at the same moment waits
 * for the lock and then loads that key instead of making a second one. Rotation runs under
 * {@code health.key-rotation} on one node ({@link KeyRotation}); the others pick the new key up by a periodic
 * {@code reload()} and, at once, when a scan names a key id they do not know yet ({@link ReloadingVerificationKeys}).
 *
 * <p><b>Sealing key.</b> {@code gxq.health.keys.sealing-key} (base64 of 32 bytes) if set; otherwise derived from the
 * personal-data hash key with the label {@code gxq/health/signing-key-seal/v1} (as the subject pseudonym secret is,
 * with another label), so no extra secret has to be managed and the keys reopen after a restart.
 */
@Configuration(proxyBeanMethods = false)
class KeyConfiguration {

    static final String INIT_LOCK = "health.key-init";

    @Bean
    SigningKeys signingKeys(JdbcClient db, PersonalDataCipher cipher, Clock clock, LockProvider locks,
            @Value("${gxq.health.keys.sealing-key:}") String sealingKey,
            @Value("${gxq.health.keys.grace:1h}") Duration grace) {
        byte[] seal = sealingKey.isBlank() ? derive(cipher) : Base64.getDecoder().decode(sealingKey.trim());
        var sealer = new AesGcmPrivateKeySealer(seal);
        var repository = new JdbcSigningKeyRepository(db);
        SimpleLock lock = acquire(locks, INIT_LOCK, Duration.ofSeconds(60));
        try {
            return new SigningKeys(repository, sealer, clock, grace);
        } finally {
            lock.unlock();
        }
    }

    @Bean
    HealthCodeIssuer healthCodeIssuer(SigningKeys keys, Clock clock,
            @Value("${gxq.health.code.lifetime:3m}") Duration lifetime) {
        return new HealthCodeIssuer(keys, clock, lifetime);
    }

    @Bean
    HealthCodeVerifier healthCodeVerifier(SigningKeys keys, Clock clock,
            @Value("${gxq.health.code.clock-skew:30s}") Duration skew) {
        return new HealthCodeVerifier(new ReloadingVerificationKeys(keys, clock, Duration.ofSeconds(5)), clock, skew);
    }

    /** Waits (up to {@code wait}) for a ShedLock row; start-up of a second node waits here for the first one. */
    static SimpleLock acquire(LockProvider locks, String name, Duration wait) {
        Instant deadline = Instant.now().plus(wait);
        while (true) {
            Optional<SimpleLock> lock = locks.lock(new LockConfiguration(Instant.now(), name, Duration.ofMinutes(1), Duration.ZERO));
            if (lock.isPresent()) {
                return lock.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Lock " + name + " held by another node for more than " + wait);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted waiting for lock " + name, e);
            }
        }
    }

    private static byte[] derive(PersonalDataCipher cipher) {
        return cipher.deriveKey("gxq/health/signing-key-seal/v1");
    }
}
