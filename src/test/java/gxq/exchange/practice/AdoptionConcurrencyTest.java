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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
    @Autowired PlatformTransactionManager transactions;

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

    @Test
    void aCommentOrAdoptionSentWhileTheItemIsBeingWithdrawnIsRefusedAndNotAddedToTheWithdrawnItem() throws Exception {
        var t = new PracticeTestSupport(mvc, db);
        long id = t.publish(fixtures.zoneStaff(75), "共享员工" + Fixtures.next(), "余缺调剂。");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new TransactionTemplate(transactions).execute(tx -> {
                // the author zone's withdrawal is written but not yet committed when the other zone acts
                db.sql("update exchange_item set state = 'WITHDRAWN', version = version + 1 where id = :id")
                        .param("id", id).update();
                List<Future<Integer>> f = List.of(
                        pool.submit(() -> t.post(fixtures.zoneStaff(77), "/exchange/items/" + id + "/comments",
                                "comment", "我们也在做").andReturn().getResponse().getStatus()),
                        pool.submit(() -> t.post(fixtures.zoneAdmin(77), "/exchange/items/" + id + "/adopt")
                                .andReturn().getResponse().getStatus()));
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return f;
            });
            for (Future<Integer> a : answers) {
                // 409 (withdrawn meanwhile) or 404 (no longer visible to the other zone): never added
                assertThat(a.get(60, TimeUnit.SECONDS)).isIn(404, 409);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(t.count("select count(*) from exchange_comment where item_id = :p", id)).isZero();
        assertThat(t.count("select count(*) from exchange_adoption where item_id = :p", id)).isZero();
    }
}
