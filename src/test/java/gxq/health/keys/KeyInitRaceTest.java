package gxq.health.keys;

import static org.assertj.core.api.Assertions.assertThat;

import gxq.common.crypto.PersonalDataCipher;
import gxq.health.code.SigningKeys;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several nodes starting at once on an empty key table end up with one active key: the ring is built under the
 * ShedLock row {@code health.key-init}. Runs on a database of its own (fresh H2, all migrations), since it needs an
 * empty {@code health_signing_key}.
 */
class KeyInitRaceTest {

    @Test
    void nodesStartingTogetherShareOneActiveKey() throws Exception {
        var ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:keyrace" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        JdbcClient db = JdbcClient.create(ds);
        var locks = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(ds)).usingDbTime().build());
        var cipher = new PersonalDataCipher(new byte[32], new byte[32]);
        int nodes = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        List<Future<SigningKeys>> rings = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            rings.add(pool.submit(() -> {
                start.await();
                return new KeyConfiguration().signingKeys(db, cipher, Clock.systemUTC(), locks, "", Duration.ofHours(1));
            }));
        }
        start.countDown();
        List<SigningKeys> started = new ArrayList<>();
        for (Future<SigningKeys> f : rings) {
            started.add(f.get());
        }
        pool.shutdown();
        assertThat(db.sql("select count(*) from health_signing_key").query(Long.class).single()).isEqualTo(1);
        assertThat(started).extracting(SigningKeys::activeKeyId).containsOnly(started.get(0).activeKeyId());
        started.get(0).rotate();
        started.get(1).reload();   // would throw if two keys were active
        assertThat(started.get(1).activeKeyId()).isEqualTo(started.get(0).activeKeyId());
    }
}
