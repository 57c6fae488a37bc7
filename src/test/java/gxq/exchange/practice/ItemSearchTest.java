package gxq.exchange.practice;

import static gxq.exchange.practice.PracticeTestSupport.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/**
 * Chinese search through the page: whole words, title above body, no match on a mere substring, filters, hits marked,
 * drafts and withdrawn items never found. Zones 75, 76 (Jiangxi) and 97 (Henan).
 */
@IntegrationTest
@Tag("db")
class ItemSearchTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    PracticeTestSupport t;

    @BeforeEach
    void setUp() {
        t = new PracticeTestSupport(mvc, db);
    }

    @Test
    void findsByChineseWordsRankingTitleHitsFirstAndMarksThem() throws Exception {
        GxqUser a = fixtures.zoneStaff(75);
        GxqUser reader = fixtures.zoneStaff(76);
        long inBody = t.create(a, "PRACTICE", "园区防疫物资统一调配" + Fixtures.next(), "集中采购分发",
                "为企业统一采购口罩，并通过无人机巡检园区卡口，减少人员接触。", true);
        long inTitle = t.create(a, "PRACTICE", "无人机巡检园区卡口" + Fixtures.next(), "空中巡查",
                "每日两次巡查园区道路和卡口。", true);
        var found = t.found(reader, q("无人机"));
        assertThat(found).contains(inBody, inTitle);
        assertThat(found.indexOf(inTitle)).isLessThan(found.indexOf(inBody));
        // every word of the query is required
        assertThat(t.found(reader, q("无人机 口罩"))).contains(inBody).doesNotContain(inTitle);
        t.get(reader, "/exchange/items?" + q("无人机")).andExpect(content().string(Matchers.containsString("<mark>无人机</mark>")));
    }

    @Test
    void aSubstringThatIsNoWordFindsNothingAndAQueryWithoutWordsSaysSo() throws Exception {
        GxqUser a = fixtures.zoneStaff(75);
        GxqUser reader = fixtures.zoneAdmin(97);
        long id = t.create(a, "PRACTICE", "落实稳岗补贴政策" + Fixtures.next(), "返还失业保险费",
                "对不裁员的企业发放稳岗补贴。", true);
        assertThat(t.found(reader, q("稳岗补贴"))).contains(id);
        assertThat(t.found(reader, q("岗补"))).doesNotContain(id);
        t.get(reader, "/exchange/items?" + q("的 了 2020")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("没有可检索的词")));
        assertThat(t.found(reader, q("的 了"))).isEmpty();
    }

    @Test
    void filtersByKindTopicProvinceAndAdoptionByMyZone() throws Exception {
        GxqUser jiangxi = fixtures.zoneStaff(75);
        GxqUser henan = fixtures.zoneStaff(97);
        GxqUser adopter = fixtures.zoneAdmin(76);
        String word = "热成像测温";
        long practice = t.create(jiangxi, "PRACTICE", word + "卡口值守经验" + Fixtures.next(), "s", word + "。", true);
        long tool = t.create(henan, "TOOL", word + "设备" + Fixtures.next(), "s", word + "。", true, "topics",
                "DIGITAL_TOOL");
        assertThat(t.found(adopter, q(word))).contains(practice, tool);
        assertThat(t.found(adopter, q(word) + "&kind=TOOL")).contains(tool).doesNotContain(practice);
        assertThat(t.found(adopter, q(word) + "&kind=PRACTICE")).contains(practice).doesNotContain(tool);
        assertThat(t.found(adopter, q(word) + "&topic=DIGITAL_TOOL")).contains(tool).doesNotContain(practice);
        assertThat(t.found(adopter, q(word) + "&province=410000")).contains(tool).doesNotContain(practice);
        assertThat(t.found(adopter, q(word) + "&province=360000")).contains(practice).doesNotContain(tool);
        assertThat(t.found(adopter, q(word) + "&adopted=1")).doesNotContain(practice, tool);
        t.post(adopter, "/exchange/items/" + tool + "/adopt");
        assertThat(t.found(adopter, q(word) + "&adopted=1")).contains(tool).doesNotContain(practice);
        // without a query: newest first, the same filters
        assertThat(t.found(adopter, "kind=TOOL&province=410000")).contains(tool).doesNotContain(practice);
        // unknown filter values are ignored rather than failing
        t.get(adopter, "/exchange/items?kind=XX&topic=YY&province=abc&page=-3").andExpect(status().isOk());
    }

    @Test
    void draftsAndWithdrawnItemsAreNeverFound() throws Exception {
        GxqUser a = fixtures.zoneStaff(75);
        GxqUser reader = fixtures.zoneStaff(76);
        String word = "无接触配送";
        long draft = t.create(a, "PRACTICE", word + "草稿" + Fixtures.next(), "s", word, false);
        long published = t.create(a, "PRACTICE", word + "试点" + Fixtures.next(), "s", word, true);
        assertThat(t.found(reader, q(word))).contains(published).doesNotContain(draft);
        assertThat(t.found(a, q(word))).doesNotContain(draft);
        t.post(a, "/exchange/items/" + published + "/withdraw", "version", String.valueOf(t.version(published)),
                "reason", "试点结束");
        assertThat(t.found(reader, q(word))).doesNotContain(published);
        assertThat(t.found(reader, "")).doesNotContain(published, draft);
    }
}
