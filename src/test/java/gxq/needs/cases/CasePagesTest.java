package gxq.needs.cases;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
import gxq.testing.IntegrationTest;

/** Every page of the module renders in Chinese and English for each of its roles without a missing message. Zone 9. */
@IntegrationTest
class CasePagesTest {

    @Autowired MockMvc mvc;
    @Autowired gxq.testing.Fixtures fixtures;
    @Autowired JdbcClient db;

    @Test
    void everyPageRendersInBothLanguagesWithoutMissingMessages() throws Exception {
        var t = new NeedsTestSupport(mvc, db);
        long zone = 9;
        GxqUser admin = fixtures.enterpriseAdmin(fixtures.enterprise(zone));
        GxqUser staff = fixtures.zoneStaff(zone);
        GxqUser ministry = fixtures.ministry();
        long solved = t.raise(admin, "FINANCING", "HIGH", "页面测试一");
        t.now(staff, solved, "accept", "department", "金融办", "assignee", String.valueOf(staff.id()));
        t.now(staff, solved, "solve", "solution", "已答复");
        long escalated = t.raise(admin, "LOGISTICS", "URGENT", "页面测试二");
        t.now(staff, escalated, "escalate", "reason", "需协调");
        long confirmed = t.raise(admin, "OTHER", "NORMAL", "页面测试三");
        t.now(staff, confirmed, "solve", "solution", "已答复");
        t.now(admin, confirmed, "confirm", "rating", "3", "ratingComment", "一般");
        List<Object[]> pages = List.of(
                new Object[] {admin, "/needs"}, new Object[] {admin, "/needs/new"},
                new Object[] {admin, "/needs/" + solved}, new Object[] {admin, "/needs/" + escalated},
                new Object[] {admin, "/needs/" + confirmed}, new Object[] {staff, "/needs/queue"},
                new Object[] {staff, "/needs/" + solved}, new Object[] {staff, "/needs/" + escalated},
                new Object[] {staff, "/needs/stats"}, new Object[] {ministry, "/needs/escalated"},
                new Object[] {ministry, "/needs/escalated?state="}, new Object[] {ministry, "/needs/" + escalated},
                new Object[] {ministry, "/needs/stats"}, new Object[] {staff, "/"}, new Object[] {admin, "/"});
        for (String lang : List.of("zh", "en")) {
            for (Object[] p : pages) {
                String path = (String) p[1];
                String html = mvc.perform(get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang)
                                .with(as((GxqUser) p[0])))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                assertThat(html).as(lang + " " + path).doesNotContain("??");
            }
        }
    }
}
