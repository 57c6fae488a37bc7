package gxq.exchange.help;

import static gxq.exchange.help.HelpTestSupport.inDays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;
import gxq.web.AttentionItems;

/**
 * A zone asks for masks, another offers, the requester accepts (both contacts revealed to each other), marks it met;
 * bad input 422, stale versions, closed or own requests 409; the ministry's overview. Zones 75 (requester), 76, 77, 97.
 */
@IntegrationTest
@Tag("db")
class HelpWorkflowTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired List<AttentionItems> attention;
    HelpTestSupport t;

    @BeforeEach
    void setUp() {
        t = new HelpTestSupport(mvc, db);
    }

    long attention(GxqUser user, String key) {
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        return attention.stream().flatMap(a -> a.items(auth).stream()).filter(i -> i.messageKey().equals(key))
                .mapToLong(AttentionItems.Item::count).sum();
    }

    @Test
    void offerAcceptRevealsBothContactsThenMet() throws Exception {
        GxqUser requester = fixtures.zoneStaff(75);
        GxqUser helper = fixtures.zoneAdmin(76);
        GxqUser third = fixtures.zoneStaff(77);
        GxqUser ministry = fixtures.ministry();
        long recentBefore = attention(helper, "exchange.attention.recent");
        long id = t.request(requester, "SUPPLIES", "复工企业急需口罩" + Fixtures.next(), "20000");
        assertThat(t.state(id)).isEqualTo("OPEN");
        assertThat(t.audits("EXCHANGE_HELP_POST", id)).isEqualTo(1);
        assertThat(attention(helper, "exchange.attention.recent")).isEqualTo(recentBefore + 1);
        String enc = db.sql("select contact_phone_enc from exchange_help_request where id = :id").param("id", id)
                .query(String.class).single();
        assertThat(enc).doesNotContain("13811112222");

        // before acceptance: the helper sees the requester's phone masked
        t.get(helper, "/exchange/help/" + id).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("138****2222")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("13811112222"))));
        long pendingBefore = attention(requester, "exchange.attention.offers");
        long offer = t.offer(helper, id, "5000", "13722223333");
        assertThat(t.audits("EXCHANGE_HELP_OFFER", offer)).isEqualTo(1);
        assertThat(attention(requester, "exchange.attention.offers")).isEqualTo(pendingBefore + 1);
        t.get(requester, "/exchange/help/" + id)
                .andExpect(content().string(Matchers.containsString("137****3333")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("13722223333"))))
                .andExpect(content().string(Matchers.containsString("13811112222")));
        // a third zone sees neither the offer nor any full number
        t.get(third, "/exchange/help/" + id)
                .andExpect(content().string(Matchers.not(Matchers.containsString("137****3333"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("13811112222"))));

        int v = t.version(id);
        t.post(requester, "/exchange/help/" + id + "/offers/" + offer + "/accept", "version", String.valueOf(v + 1))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("请刷新页面后重试")));
        t.post(requester, "/exchange/help/" + id + "/offers/" + offer + "/accept", "version", String.valueOf(v))
                .andExpect(redirectedUrl("/exchange/help/" + id));
        assertThat(t.state(id)).isEqualTo("PARTLY_MET");
        assertThat(t.offerState(offer)).isEqualTo("ACCEPTED");
        assertThat(t.audits("EXCHANGE_HELP_ACCEPT", offer)).isEqualTo(1);
        assertThat(attention(requester, "exchange.attention.offers")).isEqualTo(pendingBefore);
        t.get(requester, "/exchange/help/" + id).andExpect(content().string(Matchers.containsString("13722223333")));
        t.get(helper, "/exchange/help/" + id).andExpect(content().string(Matchers.containsString("13811112222")));
        t.get(third, "/exchange/help/" + id)
                .andExpect(content().string(Matchers.not(Matchers.containsString("13811112222"))));
        // accepting it again: 409
        t.post(requester, "/exchange/help/" + id + "/offers/" + offer + "/accept", "version",
                String.valueOf(t.version(id))).andExpect(status().isConflict());

        // the ministry reads, with masked contacts, but does not act
        t.get(ministry, "/exchange/help/" + id).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("13811112222"))));
        t.post(ministry, "/exchange/help/" + id + "/met", "version", String.valueOf(t.version(id)))
                .andExpect(status().isForbidden());

        t.post(requester, "/exchange/help/" + id + "/met", "version", String.valueOf(t.version(id)))
                .andExpect(redirectedUrl("/exchange/help/" + id));
        assertThat(t.state(id)).isEqualTo("MET");
        assertThat(t.audits("EXCHANGE_HELP_MET", id)).isEqualTo(1);
        // a met request takes no more offers and cannot be closed
        t.post(third, "/exchange/help/" + id + "/offers", "quantity", "10", "message", "还需要吗", "contactName", "王",
                "contactPhone", "13500000000").andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("不再接受支援")))
                .andExpect(content().string(Matchers.containsString("还需要吗")));
        t.post(requester, "/exchange/help/" + id + "/close", "version", String.valueOf(t.version(id)))
                .andExpect(status().isConflict());
    }

    @Test
    void declineCloseAndOwnRequest() throws Exception {
        GxqUser requester = fixtures.zoneAdmin(75);
        GxqUser colleague = fixtures.zoneStaff(75);
        GxqUser helper = fixtures.zoneStaff(97);
        long id = t.request(requester, "TRANSPORT", "冷链运输车辆" + Fixtures.next(), "10");
        t.post(colleague, "/exchange/help/" + id + "/offers", "quantity", "3", "message", "我们自己有车", "contactName",
                "李", "contactPhone", "13500000000").andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("不能响应本园区自己的求助")));
        long offer = t.offer(helper, id, "2", "13600001111");
        t.post(colleague, "/exchange/help/" + id + "/offers/" + offer + "/decline", "version",
                String.valueOf(t.version(id))).andExpect(redirectedUrl("/exchange/help/" + id));
        assertThat(t.offerState(offer)).isEqualTo("DECLINED");
        assertThat(t.state(id)).isEqualTo("OPEN");
        assertThat(t.audits("EXCHANGE_HELP_DECLINE", offer)).isEqualTo(1);
        // a declined offer never reveals the phone numbers
        t.get(helper, "/exchange/help/" + id).andExpect(content().string(Matchers.not(Matchers.containsString("13811112222"))));
        t.post(requester, "/exchange/help/" + id + "/close", "version", String.valueOf(t.version(id)))
                .andExpect(redirectedUrl("/exchange/help/" + id));
        assertThat(t.state(id)).isEqualTo("CLOSED");
        assertThat(t.audits("EXCHANGE_HELP_CLOSE", id)).isEqualTo(1);
        t.post(helper, "/exchange/help/" + id + "/offers", "quantity", "1", "message", "m", "contactName", "李",
                "contactPhone", "13500000000").andExpect(status().isConflict());
    }

    @Test
    void badInputIsRefusedWith422AndKept() throws Exception {
        GxqUser requester = fixtures.zoneStaff(75);
        long before = db.sql("select count(*) from exchange_help_request where zone_id = 75").query(Long.class).single();
        t.post(requester, "/exchange/help", "category", "", "title", " ", "details", "急需防护服", "quantity", "0",
                "unit", "件", "neededBy", inDays(-1), "contactName", "陈", "contactPhone", "12345")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(Matchers.containsString("请选择求助类别")))
                .andExpect(content().string(Matchers.containsString("请填写标题")))
                .andExpect(content().string(Matchers.containsString("数量必须大于 0")))
                .andExpect(content().string(Matchers.containsString("需要日期不能早于今天")))
                .andExpect(content().string(Matchers.containsString("11 位手机号码")))
                .andExpect(content().string(Matchers.containsString("急需防护服")));
        t.post(requester, "/exchange/help", "category", "STAFF", "title", "t".repeat(101), "details", "d", "quantity",
                "abc", "unit", "人", "neededBy", "2020-13-45", "contactName", "陈", "contactPhone", "13811112222")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(Matchers.containsString("内容最多 100 字")))
                .andExpect(content().string(Matchers.containsString("数量必须是整数")))
                .andExpect(content().string(Matchers.containsString("日期格式不正确")));
        assertThat(db.sql("select count(*) from exchange_help_request where zone_id = 75").query(Long.class).single())
                .isEqualTo(before);

        long id = t.request(requester, "VENUE", "临时隔离观察场地" + Fixtures.next(), "2");
        GxqUser helper = fixtures.zoneStaff(76);
        t.post(helper, "/exchange/help/" + id + "/offers", "quantity", "-1", "message", "", "contactName", "王",
                "contactPhone", "13500000000").andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(Matchers.containsString("数量必须大于 0")))
                .andExpect(content().string(Matchers.containsString("请填写支援说明")));
        assertThat(db.sql("select count(*) from exchange_help_offer where request_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theMinistrySeesOpenRequestsByProvinceAndCategory() throws Exception {
        GxqUser ministry = fixtures.ministry();
        String before = t.get(ministry, "/exchange/help").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        long henan = count(before, "410000", "STAFF");
        long id = t.request(fixtures.zoneStaff(97), "STAFF", "电子厂缺普工" + Fixtures.next(), "50");
        String after = t.get(ministry, "/exchange/help").andReturn().getResponse().getContentAsString();
        assertThat(count(after, "410000", "STAFF")).isEqualTo(henan + 1);
        assertThat(after).contains("/exchange/help/" + id);
        t.get(ministry, "/exchange/help/new").andExpect(status().isForbidden());
        t.post(ministry, "/exchange/help", "category", "STAFF").andExpect(status().isForbidden());
    }

    @Test
    void thePagerKeepsTheOwnZoneFilter() throws Exception {
        GxqUser zone = fixtures.zoneAdmin(97);
        for (int i = 0; i <= HelpService.PAGE_SIZE; i++) {
            t.request(zone, "OTHER", "分页求助" + Fixtures.next(), "1");
        }
        String html = t.get(zone, "/exchange/help?mine=1").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("class=\"page-link\" href=\"([^\"]*page=1[^\"]*)\"")
                .matcher(html);
        assertThat(next.find()).as("a link to the next page").isTrue();
        assertThat(next.group(1)).contains("mine=1");
    }

    /** The count in the overview cell of a province and category (0 when the province has no row). */
    static long count(String html, String province, String category) {
        int row = html.indexOf("data-province=\"" + province + "\"");
        if (row < 0) {
            return 0;
        }
        String marker = "data-category=\"" + category + "\">";
        int cell = html.indexOf(marker, row) + marker.length();
        return Long.parseLong(html.substring(cell, html.indexOf('<', cell)).strip());
    }
}
