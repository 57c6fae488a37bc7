package gxq.health.keys;

import gxq.health.code.KeyId;
import gxq.health.code.SigningKeys;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Daily rotation of the signing key and removal of keys past their grace period, on one node at a time
 * (ShedLock {@code health.key-rotation}); every node re-reads the ring periodically to follow.
 */
@Component
class KeyRotation {

    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

    private final SigningKeys keys;
    private final TransactionTemplate tx;

    KeyRotation(SigningKeys keys, TransactionTemplate tx) {
        this.keys = keys;
        this.tx = tx;
    }

    /** Rotates, then deletes expired keys. The retirement of the old key and the new key are one transaction. */
    @Scheduled(cron = "${gxq.health.keys.rotation-cron:0 0 4 * * *}", zone = "${gxq.display-zone:Asia/Shanghai}")
    @SchedulerLock(name = "health.key-rotation", lockAtMostFor = "5m")
    public void rotate() {
        KeyId kid = tx.execute(s -> keys.rotate());
        List<KeyId> removed = tx.execute(s -> keys.removeExpired());
        log.info("Health-code signing key rotated: new kid {}, removed {}", kid, removed);
    }

    /** Follows rotations made by other nodes. */
    @Scheduled(fixedDelayString = "${gxq.health.keys.reload-interval:60s}",
            initialDelayString = "${gxq.health.keys.reload-interval:60s}")
    public void reload() {
        keys.reload();
    }
}
