package gxq.exchange.practice;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/** Every sharing and help page renders in Chinese and English for zone users and the ministry, no message missing. Zones 75, 76. */
@IntegrationTest
class ExchangePagesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;

    @Test
    void everyPageRendersInBothLanguagesWithoutMissingMessages() throws Exception {
        var t = new PracticeTestSupport(mvc, db);
        GxqUser author = fixtures.zoneStaff(75);
        GxqUser other = fixtures.zoneAdmin(76);
        GxqUser ministry = fixtures.ministry();
        long item = t.create(author, "TOOL", "远程视频会议系统" + Fixtures.next(), "免费三个月", "支持 300 方。", true,
                "contactName", "李工", "contactPhone", "13612345678", "link", "https://example.org/v");
        long draft = t.create(author, "PRACTICE", "草稿" + Fixtures.next(), "s", "b", false);
        t.post(other, "/exchange/items/" + item + "/comments", "comment", "好");
        t.post(other, "/exchange/items/" + item + "/adopt", "note", "已试用");
        String help = t.post(author, "/exchange/help", "category", "SUPPLIES", "title", "口罩" + Fixtures.next(),
                "details", "d", "quantity", "100", "unit", "只", "neededBy",
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(3).toString(), "contactName", "陈",
                "contactPhone", "13811112222").andReturn().getResponse().getRedirectedUrl();
        t.post(other, help + "/offers", "quantity", "10", "message", "m", "contactName", "王", "contactPhone",
                "13500000000");
        List<Object[]> pages = List.of(
                new Object[] {author, "/exchange/items"}, new Object[] {author, "/exchange/items?q=视频会议"},
                new Object[] {author, "/exchange/items?q=的"}, new Object[] {author, "/exchange/items/mine"},
                new Object[] {author, "/exchange/items/new"}, new Object[] {author, "/exchange/items/" + draft},
                new Object[] {author, "/exchange/items/" + draft + "/edit"}, new Object[] {author, "/exchange/items/" + item},
                new Object[] {other, "/exchange/items/" + item}, new Object[] {ministry, "/exchange/items/" + item},
                new Object[] {ministry, "/exchange/items"}, new Object[] {author, "/exchange/help"},
                new Object[] {author, "/exchange/help?state=ALL&mine=1"}, new Object[] {author, "/exchange/help/new"},
                new Object[] {author, help}, new Object[] {other, help}, new Object[] {ministry, help},
                new Object[] {ministry, "/exchange/help"}, new Object[] {author, "/"});
        for (Object[] p : pages) {
            for (String lang : List.of("zh", "en")) {
                String html = mvc.perform(get((String) p[1]).param("lang", lang).with(as((GxqUser) p[0])))
                        .andReturn().getResponse().getContentAsString();
                assertThat(html).as(p[1] + " " + lang).contains("</html>").doesNotContain("??");
            }
        }
        String en = mvc.perform(get("/exchange/help/new").param("lang", "en").with(as(author))).andReturn()
                .getResponse().getContentAsString();
        assertThat(en).contains("Ask for help");
    }
}
