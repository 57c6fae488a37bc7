package gxq.exchange.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/** Admins of one zone clicking "adopted" at once: one row, one audit line, the others 409. Zones 75 and 77. */
@IntegrationTest
@Tag("db")
class AdoptionConcurrencyTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;

    @Test
    void simultaneousAdoptionsOfOneZoneMakeOneRow() throws Exception {
        var t = new PracticeTestSupport(mvc, db);
        long id = t.publish(fixtures.zoneStaff(75), "线上招聘会" + Fixtures.next(), "直播带岗。");
        List<GxqUser> admins = List.of(fixtures.zoneAdmin(77), fixtures.zoneAdmin(77), fixtures.zoneAdmin(77));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                GxqUser admin = admins.get(i % 3);
                answers.add(pool.submit(() -> {
                    start.await();
                    return t.post(admin, "/exchange/items/" + id + "/adopt", "note", "同时点击").andReturn()
                            .getResponse().getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> a : answers) {
                statuses.add(a.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsOnly(302, 409);
            assertThat(statuses).filteredOn(s -> s == 302).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(t.count("select count(*) from exchange_adoption where item_id = :p", id)).isEqualTo(1);
        assertThat(t.audits("EXCHANGE_ADOPT", id)).isEqualTo(1);
    }
}
