package gxq.policy.centre;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import gxq.account.GxqUser;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Chinese search through the public page, without signing in: words (not substrings), every word required, title
 * before text, the words inside long words (企业 in 中小企业), interpretations, filters, paging, withdrawn policies
 * gone, one-character and overlong queries. Each search is narrowed to zone 65, whose policies only this class writes.
 */
@IntegrationTest
@Tag("db")
class PolicySearchTest {

    static final long ZONE = 65;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;

    PolicyTestSupport t;
    GxqUser admin;
    long jobs;
    long vaccine;
    long testing;
    long loans;
    long rent;
    long withdrawn;

    long publish(String title, String body, String category, String... more) throws Exception {
        var f = PolicyTestSupport.fields(title, body);
        f.put("category", List.of(category));
        for (int i = 0; i + 1 < more.length; i += 2) {
            f.put(more[i], List.of(more[i + 1]));
        }
        return t.published(admin, f);
    }

    @BeforeEach
    void setUp() throws Exception {
        t = new PolicyTestSupport(mvc, db, fixtures);
        admin = fixtures.zoneAdmin(ZONE);
        db.sql("delete from policy_term where doc_id in (select id from policy where zone_id = 65)").update();
        db.sql("update policy set state = 'WITHDRAWN' where zone_id = 65").update();
        jobs = publish("稳岗返还实施细则", "对不裁员的企业返还失业保险费。", "JOBS");
        long i = t.interpretation(admin, jobs, "返还金额怎么定", "按社保缴费记录核定，无需申请表。");
        t.publishInterpretation(admin, i);
        vaccine = publish("疫苗研发专项资金", "支持企业开展疫苗研发和检测试剂攻关。", "SCIENCE");
        testing = publish("检测服务补贴", "企业购买核酸检测服务的，按费用的一半补贴；疫苗冷链运输另有规定。", "EPIDEMIC",
                "sizes", "SMALL");
        loans = publish("科技型中小企业贷款贴息", "对科技型中小企业的流动资金贷款给予贴息。", "FINANCE",
                "effectiveFrom", LocalDate.now().plusDays(20).toString());
        rent = publish("孵化器房租减免办法", "在孵企业房租减半。", "FISCAL_TAX");
        withdrawn = publish("稳岗临时补助", "临时稳岗补助。", "JOBS");
        mvc.perform(post("/policies/manage/" + withdrawn + "/withdraw").param("reason", "到期").with(as(admin))
                .with(csrf())).andExpect(status().is3xxRedirection());
    }

    String page(String q, String... filters) throws Exception {
        MockHttpServletRequestBuilder b = get("/public/policies").param("zone", String.valueOf(ZONE));
        if (q != null) {
            b.param("q", q);
        }
        for (int i = 0; i + 1 < filters.length; i += 2) {
            b.param(filters[i], filters[i + 1]);
        }
        return mvc.perform(b).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    List<Long> search(String q, String... filters) throws Exception {
        return PolicyTestSupport.ids(page(q, filters));
    }

    @Test
    void findsByWordsAndMarksThemWithoutSignIn() throws Exception {
        assertThat(search("稳岗")).containsExactly(jobs);
        String html = page("稳岗");
        assertThat(html).contains("<mark>稳岗</mark>").contains("检索词：稳岗");
        assertThat(search("保险费 裁员")).containsExactly(jobs);
        // one word in the query, split differently in the text (失业 + 保险费): found by its parts
        assertThat(search("失业保险")).containsExactly(jobs);
        // the 文号 and the issuer are searchable too
        assertThat(search("发布机关")).containsExactlyInAnyOrder(jobs, vaccine, testing, loans, rent);
    }

    @Test
    void everyWordIsRequired() throws Exception {
        assertThat(search("疫苗 补贴")).containsExactly(testing);
        assertThat(search("疫苗研发 贴息")).isEmpty();
    }

    @Test
    void titleRanksBeforeText() throws Exception {
        assertThat(search("疫苗")).containsExactly(vaccine, testing);
        assertThat(search("检测")).containsExactly(testing, vaccine);
    }

    @Test
    void wordsInsideLongWordsAreFoundButSubstringsAreNot() throws Exception {
        assertThat(search("企业")).containsExactlyInAnyOrder(jobs, vaccine, testing, loans, rent);
        assertThat(search("中小企业")).containsExactly(loans);
        assertThat(search("科技型中小企业")).containsExactly(loans);
        // substrings that are no words find nothing
        assertThat(search("岗返")).isEmpty();
        assertThat(search("苗研")).isEmpty();
        assertThat(search("的了")).isEmpty();
        assertThat(page("的了")).contains("没有可检索的词");
    }

    @Test
    void interpretationsAreSearchedWithTheirPolicy() throws Exception {
        assertThat(search("申请表")).containsExactly(jobs);
        assertThat(page("申请表")).contains("命中解读").contains("<mark>申请表</mark>");
    }

    @Test
    void withdrawnPoliciesAreNotFound() throws Exception {
        assertThat(search("临时")).isEmpty();
        assertThat(search(null)).doesNotContain(withdrawn).contains(jobs, rent);
        // still readable by its address, marked withdrawn
        mvc.perform(get("/public/policies/" + withdrawn)).andExpect(status().isOk())
                .andExpect(content().string(containsString("已废止")));
    }

    @Test
    void filtersNarrowTheSearch() throws Exception {
        assertThat(search("企业", "category", "SCIENCE")).containsExactly(vaccine);
        assertThat(search("企业", "inForce", "1")).containsExactlyInAnyOrder(jobs, vaccine, testing, rent);
        assertThat(search("企业", "size", "LARGE")).containsExactlyInAnyOrder(jobs, vaccine, loans, rent);
        assertThat(search("企业", "size", "SMALL")).contains(testing);
        assertThat(search("企业", "level", "NATIONAL")).isEmpty();
        assertThat(search("企业", "level", "ZONE")).hasSize(5);
        // unknown filter values narrow nothing
        assertThat(search("企业", "category", "NOPE")).hasSize(5);
    }

    @Test
    void oneCharacterFallsBackToTitlesAndCategoriesAndSaysSo() throws Exception {
        String html = page("税");
        assertThat(html).contains("单个字“税”不是可检索的词");
        assertThat(PolicyTestSupport.ids(html)).containsExactly(rent);
        assertThat(search("苗")).containsExactly(vaccine);
    }

    @Test
    void overlongQueryIsRefusedWithAMessageAndKept() throws Exception {
        String q = "稳岗".repeat(51);
        mvc.perform(get("/public/policies").param("q", q)).andExpect(status().is(422))
                .andExpect(content().string(containsString("搜索词最多 100 个字")))
                .andExpect(content().string(containsString("value=\"" + q + "\"")));
    }

    @Test
    void pagesOfTen() throws Exception {
        for (int i = 0; i < 11; i++) {
            publish("众创空间补助第" + (i + 1) + "批", "众创空间运营补助。", "OTHER");
        }
        List<Long> first = search("众创空间");
        List<Long> second = search("众创空间", "page", "1");
        assertThat(first).hasSize(10);
        assertThat(second).hasSize(1).doesNotContainAnyElementsOf(first);
        assertThat(page("众创空间")).contains("共 11 项");
    }
}
