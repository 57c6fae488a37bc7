package gxq.exchange.help;

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

/** Staff of the requesting zone deciding on two offers with one version at once: one wins, the rest 409. Zones 77, 75, 76. */
@IntegrationTest
@Tag("db")
class HelpConcurrencyTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void simultaneousDecisionsOnOneVersionChangeTheRequestOnce() throws Exception {
        var t = new HelpTestSupport(mvc, db);
        List<GxqUser> staff = List.of(fixtures.zoneStaff(77), fixtures.zoneAdmin(77), fixtures.zoneStaff(77));
        long id = t.request(staff.get(0), "SUPPLIES", "额温枪" + Fixtures.next(), "300");
        long a = t.offer(fixtures.zoneStaff(75), id, "100", "13500001111");
        long b = t.offer(fixtures.zoneStaff(76), id, "200", "13500002222");
        String version = String.valueOf(t.version(id));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Integer> statuses = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                GxqUser s = staff.get(i % 3);
                long offer = i % 2 == 0 ? a : b;
                String action = i % 4 == 3 ? "decline" : "accept";
                answers.add(pool.submit(() -> {
                    start.await();
                    return t.post(s, "/exchange/help/" + id + "/offers/" + offer + "/" + action, "version", version)
                            .andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            for (Future<Integer> f : answers) {
                statuses.add(f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).containsOnly(302, 409);
        assertThat(statuses).filteredOn(s -> s == 302).hasSize(1);
        assertThat(t.version(id)).isEqualTo(Integer.parseInt(version) + 1);
        long decided = db.sql("select count(*) from exchange_help_offer where request_id = :id and state <> 'PENDING'")
                .param("id", id).query(Long.class).single();
        assertThat(decided).isEqualTo(1);
        assertThat(t.audits("EXCHANGE_HELP_ACCEPT", a) + t.audits("EXCHANGE_HELP_ACCEPT", b)
                + t.audits("EXCHANGE_HELP_DECLINE", a) + t.audits("EXCHANGE_HELP_DECLINE", b)).isEqualTo(1);
    }

    @Test
    void anOfferSentWhileTheRequestIsBeingClosedIsRefusedAndNotLeftPendingOnAClosedRequest() throws Exception {
        var t = new HelpTestSupport(mvc, db);
        GxqUser requester = fixtures.zoneAdmin(77);
        long id = t.request(requester, "SUPPLIES", "消毒液" + Fixtures.next(), "50");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> offer = new TransactionTemplate(transactions).execute(tx -> {
                // the requester's "close" is written but not yet committed when the offer arrives
                db.sql("update exchange_help_request set state = 'CLOSED', version = version + 1 where id = :id")
                        .param("id", id).update();
                Future<Integer> f = pool.submit(() -> t.post(fixtures.zoneStaff(76), "/exchange/help/" + id + "/offers",
                        "quantity", "10", "message", "可以支援", "contactName", "刘科长", "contactPhone", "13500003333")
                        .andReturn().getResponse().getStatus());
                try {
                    Thread.sleep(400);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return f;
            });
            assertThat(offer.get(60, TimeUnit.SECONDS)).isEqualTo(409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(db.sql("select count(*) from exchange_help_offer where request_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }
}
