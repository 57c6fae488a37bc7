package gxq.health.keys;

import gxq.health.code.KeyId;
import gxq.health.code.SigningKeys;
import gxq.health.code.VerificationKey;
import gxq.health.code.VerificationKeys;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ring's keys for the verifier; a key id it does not know makes it re-read the database (at most once per
 * {@code minInterval}, so codes of unknown keys cannot make every scan hit the database): another node may just have
 * rotated.
 */
final class ReloadingVerificationKeys implements VerificationKeys {

    private final SigningKeys keys;
    private final Clock clock;
    private final long minIntervalMillis;
    private final AtomicLong lastReload = new AtomicLong(Long.MIN_VALUE / 2);

    ReloadingVerificationKeys(SigningKeys keys, Clock clock, Duration minInterval) {
        this.keys = keys;
        this.clock = clock;
        this.minIntervalMillis = minInterval.toMillis();
    }

    @Override
    public Optional<VerificationKey> find(KeyId keyId) {
        Optional<VerificationKey> key = keys.find(keyId);
        if (key.isPresent()) {
            return key;
        }
        long now = clock.millis();
        long last = lastReload.get();
        if (now - last >= minIntervalMillis && lastReload.compareAndSet(last, now)) {
            keys.reload();
            return keys.find(keyId);
        }
        return Optional.empty();
    }
}
