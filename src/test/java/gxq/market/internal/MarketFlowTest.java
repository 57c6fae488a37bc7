package gxq.market.internal;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import gxq.account.GxqUser;
import gxq.testing.Concurrently;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/**
 * Posting, matching across zones, requests, consent and isolation of contacts. Zones 16–29 only
 * (16 = 北京, the others per test); every post title carries a unique tag so that tests share a database safely.
 */
@IntegrationTest
@Tag("db")
class MarketFlowTest {

    static final String WUHAN = "420100";
    static final String SUZHOU = "320500";
    static final String XIAOGAN = "420900";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;

    static String today(int plus) {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(plus).toString();
    }

    MockHttpServletRequestBuilder newPost(GxqUser user, String side, String category, String title, String city,
            String phone) {
        return post("/market/posts").with(as(user)).with(csrf()).param("side", side).param("category", category)
                .param("title", title).param("description", title + "，详情请联系").param("quantity", "100000")
                .param("unit", "只").param("city", city).param("dateFrom", "").param("dateUntil", today(30))
                .param("contactName", "张联系").param("contactPhone", phone);
    }

    long create(GxqUser user, String side, String category, String title, String city, String phone) throws Exception {
        String location = mvc.perform(newPost(user, side, category, title, city, phone))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/market/posts/\\d+/matches");
        return Long.parseLong(location.replaceAll("\\D+", ""));
    }

    long matchBetween(long from, long to) {
        return db.sql("select id from market_match where from_post_id = :f and to_post_id = :t").param("f", from)
                .param("t", to).query(Long.class).single();
    }

    int version(long match) {
        return db.sql("select version from market_match where id = :id").param("id", match).query(Integer.class).single();
    }

    long audits(String action, Object target) {
        return db.sql("select count(*) from audit_log where action = :a and target_id = :t").param("a", action)
                .param("t", String.valueOf(target)).query(Long.class).single();
    }

    @Test
    void offerInSuzhouIsSuggestedForANeedInWuhanAndContactsAppearOnlyAfterConsent() throws Exception {
        String tag = "T" + Fixtures.next();
        long entA = fixtures.enterprise(17);
        long entB = fixtures.enterprise(18);
        GxqUser a = fixtures.enterpriseAdmin(entA);
        GxqUser b = fixtures.enterpriseAdmin(entB);
        long need = create(a, "NEED", "EPIDEMIC_SUPPLIES", "急需一次性医用口罩" + tag, WUHAN, "13900001111");
        long masks = create(b, "OFFER", "EPIDEMIC_SUPPLIES", "医用外科口罩 10万只" + tag, SUZHOU, "13800002222");
        long tools = create(b, "OFFER", "EPIDEMIC_SUPPLIES", "外科手术器械" + tag, SUZHOU, "13800002222");
        assertThat(audits("MARKET_POST_CREATE", need)).isEqualTo(1);

        String matches = mvc.perform(get("/market/posts/" + need + "/matches").with(as(a)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(matches).contains("医用外科口罩 10万只" + tag, "外科手术器械" + tag, "口罩");
        assertThat(matches.indexOf("s" + masks + "\"")).isLessThan(matches.indexOf("s" + tools + "\""));
        assertThat(matches).doesNotContain("13800002222", "138****2222");

        // the stored phone is encrypted, and nobody sees it on the board or the post page
        String stored = db.sql("select contact_phone_enc from market_post where id = :id").param("id", masks)
                .query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain("13800002222");
        GxqUser ministry = fixtures.ministry();
        GxqUser zoneOfB = fixtures.zoneAdmin(18);
        for (GxqUser viewer : List.of(a, ministry, zoneOfB, fixtures.zoneStaff(17))) {
            String board = mvc.perform(get("/market").param("q", tag).with(as(viewer))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(board).contains("医用外科口罩 10万只" + tag).doesNotContain("13800002222", "2222", "张联系");
            String page = mvc.perform(get("/market/posts/" + masks).with(as(viewer))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).doesNotContain("13800002222", "138****2222", "张联系");
        }

        mvc.perform(post("/market/posts/" + need + "/requests").with(as(a)).with(csrf())
                .param("target", String.valueOf(masks)).param("message", "请问能否本周发货到武汉？"))
                .andExpect(status().isFound());
        long match = matchBetween(need, masks);
        assertThat(audits("MARKET_MATCH_REQUEST", match)).isEqualTo(1);
        // before acceptance: neither side, nor another enterprise, may read the contacts
        mvc.perform(post("/market/requests/" + match + "/contacts").with(as(a)).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(post("/market/requests/" + match + "/contacts").with(as(b)).with(csrf()))
                .andExpect(status().isConflict());
        // only the owner of the requested post decides; the requester cannot accept its own request
        mvc.perform(post("/market/requests/" + match + "/accept").with(as(a)).with(csrf())
                .param("version", String.valueOf(version(match)))).andExpect(status().isNotFound());
        String mine = mvc.perform(get("/market/mine").with(as(b))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(mine).contains("请问能否本周发货到武汉？").doesNotContain("13900001111");
        mvc.perform(post("/market/requests/" + match + "/accept").with(as(b)).with(csrf())
                .param("version", String.valueOf(version(match)))).andExpect(status().isFound());
        assertThat(audits("MARKET_MATCH_ACCEPT", match)).isEqualTo(1);

        for (GxqUser side : List.of(a, b)) {
            mvc.perform(post("/market/requests/" + match + "/contacts").with(as(side)).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.allOf(
                            org.hamcrest.Matchers.containsString("13900001111"),
                            org.hamcrest.Matchers.containsString("13800002222"))));
        }
        assertThat(audits("MARKET_CONTACT_REVEAL", match)).isEqualTo(2);
        // after acceptance still nobody else: another enterprise, the zones, the ministry
        GxqUser stranger = fixtures.enterpriseAdmin(fixtures.enterprise(19));
        mvc.perform(post("/market/requests/" + match + "/contacts").with(as(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        for (GxqUser viewer : List.of(ministry, zoneOfB)) {
            mvc.perform(post("/market/requests/" + match + "/contacts").with(as(viewer)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/market/posts/" + masks).with(as(viewer))).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.not(
                            org.hamcrest.Matchers.containsString("13800002222"))));
        }
        // the ministry sees counts, not contacts
        mvc.perform(get("/market").with(as(ministry))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"counts\"")));
        // a second request between the same two posts, either way round, is refused
        mvc.perform(post("/market/posts/" + masks + "/requests").with(as(b)).with(csrf())
                .param("target", String.valueOf(need))).andExpect(status().isConflict());
    }

    @Test
    void declinedRequestRevealsNothing() throws Exception {
        String tag = "D" + Fixtures.next();
        GxqUser a = fixtures.enterpriseAdmin(fixtures.enterprise(20));
        GxqUser b = fixtures.enterpriseAdmin(fixtures.enterprise(21));
        long need = create(a, "NEED", "TRANSPORT", "需要冷链运输车辆" + tag, WUHAN, "13900003333");
        long offer = create(b, "OFFER", "TRANSPORT", "提供冷链运输车辆" + tag, XIAOGAN, "13800004444");
        mvc.perform(post("/market/posts/" + need + "/requests").with(as(a)).with(csrf())
                .param("target", String.valueOf(offer))).andExpect(status().isFound());
        long match = matchBetween(need, offer);
        mvc.perform(post("/market/requests/" + match + "/decline").with(as(b)).with(csrf())
                .param("version", String.valueOf(version(match)))).andExpect(status().isFound());
        assertThat(audits("MARKET_MATCH_DECLINE", match)).isEqualTo(1);
        mvc.perform(post("/market/requests/" + match + "/contacts").with(as(a)).with(csrf()))
                .andExpect(status().isConflict());
        // deciding again with the old version: 409
        mvc.perform(post("/market/requests/" + match + "/accept").with(as(b)).with(csrf())
                .param("version", "0")).andExpect(status().isConflict());
    }

    @Test
    void simultaneousAcceptAndDeclineDecideOnce() throws Exception {
        String tag = "C" + Fixtures.next();
        GxqUser a = fixtures.enterpriseAdmin(fixtures.enterprise(22));
        long entB = fixtures.enterprise(23);
        GxqUser b1 = fixtures.enterpriseAdmin(entB);
        GxqUser b2 = fixtures.enterpriseAdmin(entB);
        long need = create(a, "NEED", "SHARED_STAFF", "共享员工 普工二十人" + tag, WUHAN, "13900005555");
        long offer = create(b1, "OFFER", "SHARED_STAFF", "共享员工 普工" + tag, WUHAN, "13800006666");
        mvc.perform(post("/market/posts/" + need + "/requests").with(as(a)).with(csrf())
                .param("target", String.valueOf(offer))).andExpect(status().isFound());
        long match = matchBetween(need, offer);
        String v = String.valueOf(version(match));
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            GxqUser who = i % 2 == 0 ? b1 : b2;
            String action = i % 2 == 0 ? "accept" : "decline";
            calls.add(() -> mvc.perform(post("/market/requests/" + match + "/" + action).with(as(who)).with(csrf())
                    .param("version", v)).andReturn().getResponse().getStatus());
        }
        List<Integer> statuses = all(calls);
        assertThat(statuses).containsOnly(302, 409);
        assertThat(statuses).filteredOn(s -> s == 302).hasSize(1);
        assertThat(audits("MARKET_MATCH_ACCEPT", match) + audits("MARKET_MATCH_DECLINE", match)).isEqualTo(1);
        assertThat(version(match)).isEqualTo(Integer.parseInt(v) + 1);
    }

    @Test
    void simultaneousRequestsBothWaysMakeOneRequest() throws Exception {
        String tag = "P" + Fixtures.next();
        GxqUser a = fixtures.enterpriseAdmin(fixtures.enterprise(22));
        GxqUser b = fixtures.enterpriseAdmin(fixtures.enterprise(23));
        long need = create(a, "NEED", "RAW_MATERIAL", "无纺布" + tag, WUHAN, "13900005656");
        long offer = create(b, "OFFER", "RAW_MATERIAL", "无纺布现货" + tag, SUZHOU, "13800006767");
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            boolean fromA = i % 2 == 0;
            calls.add(() -> mvc.perform(post("/market/posts/" + (fromA ? need : offer) + "/requests")
                    .with(as(fromA ? a : b)).with(csrf()).param("target", String.valueOf(fromA ? offer : need)))
                    .andReturn().getResponse().getStatus());
        }
        List<Integer> statuses = all(calls);
        assertThat(statuses).containsOnly(302, 409);
        assertThat(statuses).filteredOn(s -> s == 302).hasSize(1);
        assertThat(db.sql("select count(*) from market_match where from_post_id in (:a, :b) and to_post_id in (:a, :b)")
                .param("a", need).param("b", offer).query(Long.class).single()).isEqualTo(1);
    }

    List<Integer> all(List<Callable<Integer>> calls) throws Exception {
        return Concurrently.run(calls);
    }

    @Test
    void anotherEnterpriseCannotEditCloseOrSeeMatchesOfMyPost() throws Exception {
        String tag = "I" + Fixtures.next();
        long entA = fixtures.enterprise(24);
        GxqUser a = fixtures.enterpriseAdmin(entA);
        long mine = create(a, "OFFER", "PARTS", "精密轴承" + tag, SUZHOU, "13900007777");
        GxqUser other = fixtures.enterpriseAdmin(fixtures.enterprise(24));
        GxqUser otherZone = fixtures.enterpriseAdmin(fixtures.enterprise(25));
        for (GxqUser u : List.of(other, otherZone)) {
            mvc.perform(get("/market/posts/" + mine + "/edit").with(as(u))).andExpect(status().isNotFound());
            mvc.perform(post("/market/posts/" + mine).with(as(u)).with(csrf()).param("title", "改掉").param("version", "0"))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/market/posts/" + mine + "/close").with(as(u)).with(csrf()).param("version", "0"))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/market/posts/" + mine + "/matches").with(as(u))).andExpect(status().isNotFound());
        }
        // the owner sees its own post with the masked phone, the edit form and the home tile
        mvc.perform(get("/market/posts/" + mine).with(as(a))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("139****7777")));
        mvc.perform(get("/market/posts/" + mine + "/edit").with(as(a))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("留空则保持原号码 139****7777"),
                        org.hamcrest.Matchers.containsString("精密轴承" + tag),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("13900007777")))));
        mvc.perform(get("/").with(as(a))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("待处理的对接申请")));
        mvc.perform(get("/market/mine").with(as(a)).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("My posts")));
        // zone roles and the ministry may browse but not write: 403
        for (GxqUser u : List.of(fixtures.zoneAdmin(24), fixtures.ministry())) {
            mvc.perform(get("/market/posts/" + mine + "/edit").with(as(u))).andExpect(status().isForbidden());
            mvc.perform(post("/market/posts/" + mine + "/close").with(as(u)).with(csrf()).param("version", "0"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/market/mine").with(as(u))).andExpect(status().isForbidden());
        }
        // employees do not see the board at all
        GxqUser employee = fixtures.employeeAccount(fixtures.employee(entA, "员工甲"));
        mvc.perform(get("/market").with(as(employee))).andExpect(status().isForbidden());
        assertThat(db.sql("select title from market_post where id = :id").param("id", mine).query(String.class)
                .single()).isEqualTo("精密轴承" + tag);

        // the owner edits (version checked) and closes it; a stale version answers 409 and keeps the typed text
        mvc.perform(post("/market/posts/" + mine).with(as(a)).with(csrf()).param("side", "OFFER")
                .param("category", "PARTS").param("title", "精密轴承 改" + tag).param("description", "现货")
                .param("city", SUZHOU).param("dateUntil", today(10)).param("contactName", "李")
                .param("contactPhone", "").param("version", "0")).andExpect(status().isFound());
        assertThat(audits("MARKET_POST_EDIT", mine)).isEqualTo(1);
        mvc.perform(post("/market/posts/" + mine).with(as(a)).with(csrf()).param("side", "OFFER")
                .param("category", "PARTS").param("title", "过期的修改" + tag).param("description", "现货")
                .param("city", SUZHOU).param("dateUntil", today(10)).param("contactName", "李")
                .param("version", "0")).andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("过期的修改" + tag)));
        String phone = db.sql("select contact_phone_masked from market_post where id = :id").param("id", mine)
                .query(String.class).single();
        assertThat(phone).isEqualTo("139****7777");
        mvc.perform(post("/market/posts/" + mine + "/close").with(as(a)).with(csrf()).param("version", "1"))
                .andExpect(status().isFound());
        assertThat(audits("MARKET_POST_CLOSE", mine)).isEqualTo(1);
        // closed: gone from the board and from other enterprises' view
        mvc.perform(get("/market/posts/" + mine).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/market").param("q", tag).with(as(other))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("精密轴承 改" + tag))));
    }

    @Test
    void badInputAnswers422AndKeepsWhatWasTyped() throws Exception {
        GxqUser a = fixtures.enterpriseAdmin(fixtures.enterprise(26));
        long before = db.sql("select count(*) from market_post").query(Long.class).single();
        mvc.perform(post("/market/posts").with(as(a)).with(csrf()).param("side", "NEED")
                .param("category", "RAW_MATERIAL").param("title", "熔喷布 五吨 急需").param("description", "用于口罩生产线")
                .param("quantity", "五吨").param("unit", "吨").param("city", "999999").param("dateFrom", "2026-13-01")
                .param("dateUntil", "2000-01-01").param("contactName", "王经理").param("contactPhone", "12345"))
                .andExpect(status().is(422))
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("熔喷布 五吨 急需"),
                        org.hamcrest.Matchers.containsString("用于口罩生产线"),
                        org.hamcrest.Matchers.containsString("value=\"五吨\""),
                        org.hamcrest.Matchers.containsString("王经理"),
                        org.hamcrest.Matchers.containsString("value=\"12345\""),
                        org.hamcrest.Matchers.containsString("数量应为数字"),
                        org.hamcrest.Matchers.containsString("请选择列表中的地级市"),
                        org.hamcrest.Matchers.containsString("请填写 11 位手机号码"))));
        assertThat(db.sql("select count(*) from market_post").query(Long.class).single()).isEqualTo(before);
        // a too long message to the other side keeps the message
        String tag = "M" + Fixtures.next();
        long need = create(a, "NEED", "RAW_MATERIAL", "熔喷布" + tag, WUHAN, "13900008888");
        long offer = create(fixtures.enterpriseAdmin(fixtures.enterprise(27)), "OFFER", "RAW_MATERIAL", "熔喷布现货" + tag,
                WUHAN, "13800009999");
        String longMessage = "请".repeat(301);
        mvc.perform(post("/market/posts/" + need + "/requests").with(as(a)).with(csrf())
                .param("target", String.valueOf(offer)).param("message", longMessage)).andExpect(status().is(422))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(longMessage)));
    }

    @Test
    void absurdParametersAnswer4xx() throws Exception {
        GxqUser a = fixtures.enterpriseAdmin(fixtures.enterprise(28));
        GxqUser ministry = fixtures.ministry();
        for (var r : List.of(get("/market").param("page", "-5"), get("/market").param("page", "99999999999"),
                get("/market").param("side", "BOTH"), get("/market").param("category", "'; drop table x"),
                get("/market").param("province", "abc"), get("/market").param("q", "x".repeat(200)),
                get("/market/posts/abc"), get("/market/posts/99999999999"),
                get("/market/posts/" + Long.MAX_VALUE))) {
            int s = mvc.perform(r.with(as(ministry))).andReturn().getResponse().getStatus();
            assertThat(s).as(r.toString()).isBetween(200, 499);
        }
        mvc.perform(get("/market").param("page", "-5").with(as(ministry))).andExpect(status().isOk());
        mvc.perform(get("/market").param("side", "BOTH").with(as(ministry))).andExpect(status().isBadRequest());
        mvc.perform(post("/market/posts/1/requests").with(as(a)).with(csrf()).param("target", "x"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/market/posts/1/requests").with(as(a)).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(post("/market/requests/99999999/accept").with(as(a)).with(csrf()).param("version", "zz"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/market/posts").with(as(a))).andExpect(status().isForbidden()); // no CSRF token
    }

    @Test
    void boardFiltersBySideCategoryCityAndKeyword() throws Exception {
        String tag = "F" + Fixtures.next();
        GxqUser a = fixtures.enterpriseAdmin(fixtures.enterprise(29));
        create(a, "OFFER", "TRANSPORT", "厢式货车运力" + tag, WUHAN, "13900001234");
        create(a, "NEED", "PARTS", "电机零部件" + tag, SUZHOU, "13900001234");
        GxqUser viewer = fixtures.zoneStaff(16);
        String offers = mvc.perform(get("/market").param("q", tag).param("side", "OFFER").with(as(viewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(offers).contains("厢式货车运力" + tag).doesNotContain("电机零部件" + tag);
        String suzhou = mvc.perform(get("/market").param("q", tag).param("city", SUZHOU).with(as(viewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(suzhou).contains("电机零部件" + tag).doesNotContain("厢式货车运力" + tag);
        String hubei = mvc.perform(get("/market").param("q", tag).param("province", "420000")
                .param("category", "TRANSPORT").with(as(viewer))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(hubei).contains("厢式货车运力" + tag).doesNotContain("电机零部件" + tag);
        String percent = mvc.perform(get("/market").param("q", "%").param("province", "420000").with(as(viewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(percent).doesNotContain("厢式货车运力" + tag);
    }
}
