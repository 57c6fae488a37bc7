package gxq.policy.centre;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Review findings: absurd input on public and management pages, applicability of pending enterprises, races. Zone 68. */
@IntegrationTest
@Tag("db")
class PolicyReviewTest {

    static final long ZONE = 68;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;

    PolicyTestSupport t;
    GxqUser admin;

    @BeforeEach
    void setUp() {
        t = new PolicyTestSupport(mvc, db, fixtures);
        admin = fixtures.zoneAdmin(ZONE);
    }

    @Test
    void controlCharactersInTheAnonymousSearchAreNoError() throws Exception {
        // PostgreSQL refuses NUL in a parameter: it was a 500 for anyone
        mvc.perform(get("/public/policies").param("q", "\u0000")).andExpect(status().isOk());
        mvc.perform(get("/public/policies").param("q", "稳岗\u0000补贴")).andExpect(status().isOk());
    }

    @Test
    void aTextWhoseLowerCaseIsLongerStillGivesSnippets() throws Exception {
        // "İ".toLowerCase() has two characters: the snippet was cut at shifted positions (500 on the public search)
        String word = "复核" + Fixtures.next();
        t.published(admin, PolicyTestSupport.fields("İ标题" + Fixtures.next(), "İ".repeat(400) + "稳岗返还" + word));
        mvc.perform(get("/public/policies").param("q", "稳岗返还").param("zone", String.valueOf(ZONE)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<mark>稳岗返还</mark>")));
    }

    @Test
    void controlCharactersInTheFormAreDropped() throws Exception {
        String title = "控制字符" + Fixtures.next();
        var f = PolicyTestSupport.fields(title + "\u0000", "正文\u0000第二行\n第三行");
        long id = t.draft(admin, f);
        assertThat(db.sql("select body from policy where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("正文第二行\n第三行");
        mvc.perform(post("/policies/manage/" + id + "/withdraw").param("reason", "\u0000").with(as(admin)).with(csrf()))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void absurdDatesAre422() throws Exception {
        var f = PolicyTestSupport.fields("日期" + Fixtures.next(), "正文");
        f.put("effectiveFrom", List.of("0001-01-01"));
        f.put("effectiveTo", List.of("+9999999-01-01"));
        mvc.perform(t.createRequest(admin, f)).andExpect(status().is(422))
                .andExpect(content().string(containsString("不在 1949-10-01 至 2099-12-31 之间")))
                .andExpect(content().string(containsString("+9999999-01-01")));
    }

    @Test
    void theAdminOfAPendingEnterpriseIsNotToldThatAPolicyApplies() throws Exception {
        long id = t.published(admin, PolicyTestSupport.fields("所有企业适用" + Fixtures.next(), "所有企业。"));
        long pending = fixtures.enterprise(ZONE, "待审核企业" + Fixtures.next(), "PENDING");
        long active = fixtures.enterprise(ZONE, "正常企业" + Fixtures.next(), "ACTIVE");
        mvc.perform(get("/public/policies/" + id).with(as(fixtures.enterpriseAdmin(active))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"appliesToUs\"")));
        mvc.perform(get("/public/policies/" + id).with(as(fixtures.enterpriseAdmin(pending))))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("id=\"appliesToUs\""))));
    }

    @Test
    void revisingTwiceAtOnceOpensOneRevision() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                long id = t.published(admin, PolicyTestSupport.fields("并发修订" + Fixtures.next(), "正文。"));
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    answers.add(pool.submit(() -> {
                        go.await();
                        return mvc.perform(post("/policies/manage/" + id + "/revise").with(as(admin)).with(csrf()))
                                .andReturn().getResponse().getStatus();
                    }));
                }
                go.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> a : answers) {
                    statuses.add(a.get());
                }
                assertThat(statuses).containsExactlyInAnyOrder(302, 409);
                assertThat(db.sql("select count(*) from policy where supersedes_id = :id").param("id", id)
                        .query(Long.class).single()).isEqualTo(1);
                mvc.perform(get("/policies/manage/" + id).with(as(admin))).andExpect(status().isOk());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void savingTheProfileTellsOnlyOfPoliciesTheEpidemicStatementMadeApply() throws Exception {
        long old = t.published(admin, PolicyTestSupport.fields("画像前已发布" + Fixtures.next(), "所有企业。"));
        long ent = fixtures.enterprise(ZONE, "后批准企业" + Fixtures.next(), "ACTIVE");
        GxqUser entAdmin = fixtures.enterpriseAdmin(ent);
        assertThat(t.noticed(old)).doesNotContain(ent);
        mvc.perform(post("/policies/for-us/profile").with(as(entAdmin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/policies/for-us/profile").param("epidemicHit", "true").param("reason", "停产一个月")
                .with(as(entAdmin)).with(csrf())).andExpect(status().is3xxRedirection());
        // the policy applied before the statement: it is in 为我适用, but saving the profile is no news of it
        assertThat(t.noticed(old)).doesNotContain(ent);
    }

    @Test
    void aRevisionOfAPolicyWithdrawnMeanwhileCanStillBePublished() throws Exception {
        long id = t.published(admin, PolicyTestSupport.fields("修订中废止" + Fixtures.next(), "第一版。"));
        String location = mvc.perform(post("/policies/manage/" + id + "/revise").with(as(admin)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        long revision = Long.parseLong(location.replaceAll("\\D", ""));
        mvc.perform(post("/policies/manage/" + id + "/withdraw").param("reason", "有误，另发新版").with(as(admin))
                .with(csrf())).andExpect(status().is3xxRedirection());
        // it was a 409 for ever: the draft could neither be published nor deleted
        t.publish(admin, revision).andExpect(status().is3xxRedirection());
        assertThat(t.state(revision)).isEqualTo("PUBLISHED");
        assertThat(t.state(id)).isEqualTo("WITHDRAWN");
        assertThat(t.audits("POLICY_PUBLISH", revision)).isEqualTo(1);
        assertThat(t.audits("POLICY_SUPERSEDE", id)).isZero();
    }
}
