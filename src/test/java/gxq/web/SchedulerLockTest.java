package gxq.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import gxq.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The ShedLock provider works on the shedlock table with database time (H2 and PostgreSQL). */
@IntegrationTest
@Tag("db")
class SchedulerLockTest {

    @Autowired LockProvider locks;

    @Test
    void aHeldLockIsNotGrantedTwiceAndIsFreeAgainAfterUnlock() {
        String name = "test.job-" + System.nanoTime();
        LockConfiguration config = new LockConfiguration(Instant.now(), name, Duration.ofMinutes(5), Duration.ZERO);

        Optional<SimpleLock> first = locks.lock(config);
        assertThat(first).isPresent();
        assertThat(locks.lock(config)).as("second node while the first holds the lock").isEmpty();

        first.get().unlock();
        Optional<SimpleLock> again = locks.lock(config);
        assertThat(again).isPresent();
        again.get().unlock();
    }
}
