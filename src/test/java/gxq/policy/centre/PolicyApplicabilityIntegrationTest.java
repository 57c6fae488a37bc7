package gxq.policy.centre;

import java.time.LocalDate;
import java.util.List;

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

/**
 * Which enterprise sees which policy: notices written at publication for exactly the enterprises the rule selects
 * (the SQL rule checked against {@link Applicability} for every enterprise of zones 65–66), the "for us" list with its
 * reasons and new marks, the attention item, marking seen, and the enterprise's epidemic statement. Zones 65–66
 * (national policies here are narrowed to those zones).
 */
@IntegrationTest
@Tag("db")
class PolicyApplicabilityIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired PolicyService service;
    @Autowired PolicyStore store;

    PolicyTestSupport t;
    GxqUser ministry;
    long techSme66;
    long plain66;
    long highTechLarge66;
    long techSme65;

    @BeforeEach
    void setUp() {
        t = new PolicyTestSupport(mvc, db, fixtures);
        ministry = fixtures.ministry();
        techSme66 = t.enterprise(66, "I", "SMALL", true, false);
        plain66 = t.enterprise(66, "F", "MICRO", false, false);
        highTechLarge66 = t.enterprise(66, "C", "LARGE", false, true);
        techSme65 = t.enterprise(65, "I", "SMALL", true, false);
    }

    /** Every active enterprise of zones 65–66 is noticed exactly when the Java rule says the policy applies. */
    void sqlAgreesWithTheRule(long policyId) {
        Policy p = store.find(policyId).orElseThrow();
        Applicability a = store.applicability(p);
        List<Long> noticed = t.noticed(policyId);
        List<Long> enterprises = db.sql("select id from enterprise where zone_id in (65, 66) and status = 'ACTIVE'")
                .query(Long.class).list();
        for (long e : enterprises) {
            boolean applies = a.appliesTo(service.facts(e).orElseThrow(), p.state(), p.effectiveFrom(),
                    p.effectiveTo(), service.today()).isPresent();
            assertThat(noticed.contains(e)).as("enterprise " + e + " of policy " + policyId).isEqualTo(applies);
        }
    }

    @Test
    void nationalPolicyForTechSmesOfChosenZonesTellsExactlyThem() throws Exception {
        var f = PolicyTestSupport.fields("科技型中小企业研发补助" + Fixtures.next(), "支持科技型中小企业研发。");
        f.put("techSmeOnly", List.of("true"));
        f.put("zones", List.of("66"));
        f.put("provinces", List.of("420000"));
        long id = t.published(ministry, f);
        assertThat(t.noticed(id)).contains(techSme66).doesNotContain(plain66, highTechLarge66, techSme65);
        sqlAgreesWithTheRule(id);

        var sizes = PolicyTestSupport.fields("小微企业房租减免" + Fixtures.next(), "小微企业房租减半。");
        sizes.put("sizes", List.of("SMALL", "MICRO"));
        sizes.put("provinces", List.of("350000"));
        long bySize = t.published(ministry, sizes);
        assertThat(t.noticed(bySize)).contains(techSme66, plain66, techSme65).doesNotContain(highTechLarge66);
        sqlAgreesWithTheRule(bySize);

        var industry = PolicyTestSupport.fields("制造业高企奖励" + Fixtures.next(), "制造业高新技术企业奖励。");
        industry.put("industries", List.of("C"));
        industry.put("zones", List.of("65", "66"));
        industry.put("highTechOnly", List.of("true"));
        long byIndustry = t.published(ministry, industry);
        assertThat(t.noticed(byIndustry)).contains(highTechLarge66).doesNotContain(techSme66, plain66, techSme65);
        sqlAgreesWithTheRule(byIndustry);

        // an expired policy tells nobody
        var expired = PolicyTestSupport.fields("过期政策" + Fixtures.next(), "已过期。");
        expired.put("effectiveFrom", List.of(LocalDate.now().minusDays(60).toString()));
        expired.put("effectiveTo", List.of(LocalDate.now().minusDays(2).toString()));
        expired.put("zones", List.of("66"));
        long old = t.published(ministry, expired);
        assertThat(t.noticed(old)).isEmpty();
        sqlAgreesWithTheRule(old);
    }

    @Test
    void zonePolicyAppliesOnlyToItsZone() throws Exception {
        GxqUser zoneAdmin = fixtures.zoneAdmin(66);
        long id = t.published(zoneAdmin, PolicyTestSupport.fields("泉州园区稳岗返还" + Fixtures.next(), "稳岗返还。"));
        assertThat(t.noticed(id)).contains(techSme66, plain66, highTechLarge66).doesNotContain(techSme65);
        sqlAgreesWithTheRule(id);
        assertThat(db.sql("select count(*) from policy_notice n join enterprise e on e.id = n.enterprise_id"
                + " where n.policy_id = :p and e.zone_id <> 66").param("p", id).query(Long.class).single()).isZero();
    }

    @Test
    void anEnterpriseTheZoneRegistersOrApprovesIsToldOfThePoliciesThatApplyToItNow() throws Exception {
        GxqUser zoneAdmin = fixtures.zoneAdmin(66);
        long id = t.published(zoneAdmin, PolicyTestSupport.fields("泉州园区新企业指引" + Fixtures.next(), "新入园企业须知。"));
        String uscc = Fixtures.uscc();
        mvc.perform(post("/enterprises").with(csrf()).with(as(zoneAdmin)).param("name", "新入园科技有限公司" + Fixtures.next())
                .param("uscc", uscc).param("industry", "I").param("sizeBand", "SMALL").param("highTech", "false")
                .param("address", "泉州市丰泽区1号").param("contactName", "王五").param("contactMobile", "13812345678")
                .param("staffCount", "20")).andExpect(status().isOk());
        long registered = db.sql("select id from enterprise where uscc = :u").param("u", uscc).query(Long.class).single();
        assertThat(t.noticed(id)).contains(registered);

        long pending = fixtures.enterprise(66, "待审核科技有限公司" + Fixtures.next(), "PENDING");
        assertThat(t.noticed(id)).doesNotContain(pending);
        mvc.perform(post("/enterprises/{e}/approve", pending).with(as(zoneAdmin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(t.noticed(id)).contains(pending);
    }

    @Test
    void forUsListsWhyAndMarksNewUntilOpened() throws Exception {
        GxqUser admin = fixtures.enterpriseAdmin(techSme66);
        String title = "创新券发放通知" + Fixtures.next();
        var f = PolicyTestSupport.fields(title, "科技型中小企业申领创新券。");
        f.put("techSmeOnly", List.of("true"));
        f.put("zones", List.of("66"));
        long id = t.published(ministry, f);
        String other = "大型企业专项" + Fixtures.next();
        var large = PolicyTestSupport.fields(other, "只给大型企业。");
        large.put("sizes", List.of("LARGE"));
        large.put("zones", List.of("66"));
        long largeId = t.published(ministry, large);
        mvc.perform(get("/public/policies/" + largeId).with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("本政策适用于本企业"))));

        mvc.perform(get("/").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("新适用政策 1 项")));
        String page = mvc.perform(get("/policies/for-us").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(not(containsString(other))))
                .andExpect(content().string(containsString("适用原因：科技型中小企业；泉州高新技术产业开发区")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("new-policy");
        // opening the policy marks it seen and says why it applies
        mvc.perform(get("/public/policies/" + id).with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("本政策适用于本企业。适用原因：科技型中小企业；泉州高新技术产业开发区")));
        assertThat(db.sql("select seen_at from policy_notice where policy_id = :p and enterprise_id = :e")
                .param("p", id).param("e", techSme66).query(java.time.OffsetDateTime.class).single()).isNotNull();
        mvc.perform(get("/").with(as(admin))).andExpect(content().string(not(containsString("新适用政策 1 项"))));
        mvc.perform(get("/policies/for-us").with(as(admin)))
                .andExpect(content().string(not(containsString("new-policy"))));
        assertThat(t.audits("POLICY_NOTICE_SEEN", techSme66)).isEqualTo(1);

        // mark all as read
        var second = PolicyTestSupport.fields("第二项政策" + Fixtures.next(), "正文。");
        second.put("zones", List.of("66"));
        t.published(ministry, second);
        var third = PolicyTestSupport.fields("第三项政策" + Fixtures.next(), "正文。");
        third.put("zones", List.of("66"));
        t.published(ministry, third);
        mvc.perform(get("/").with(as(admin))).andExpect(content().string(containsString("新适用政策 2 项")));
        mvc.perform(post("/policies/for-us/seen").with(as(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(service.unseen(techSme66)).isZero();
    }

    @Test
    void epidemicStatementMakesEpidemicPoliciesApplyAndTellsThem() throws Exception {
        GxqUser admin = fixtures.enterpriseAdmin(plain66);
        String title = "受疫情影响企业社保缓缴" + Fixtures.next();
        var f = PolicyTestSupport.fields(title, "受疫情影响较大的企业可缓缴社保。");
        f.put("epidemicHitOnly", List.of("true"));
        f.put("zones", List.of("66"));
        long id = t.published(ministry, f);
        assertThat(t.noticed(id)).doesNotContain(plain66);
        mvc.perform(get("/policies/for-us").with(as(admin))).andExpect(content().string(not(containsString(title))));

        mvc.perform(post("/policies/for-us/profile").param("epidemicHit", "true").param("reason", " ")
                .with(as(admin)).with(csrf())).andExpect(status().is(422))
                .andExpect(content().string(containsString("请简要说明受疫情影响的情况")));
        mvc.perform(post("/policies/for-us/profile").param("epidemicHit", "true").param("reason", "订单减少一半")
                .with(as(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(t.noticed(id)).contains(plain66);
        sqlAgreesWithTheRule(id);
        mvc.perform(get("/policies/for-us").with(as(admin))).andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("受疫情影响较大")))
                .andExpect(content().string(containsString("订单减少一半")));
        assertThat(t.audits("POLICY_PROFILE_SET", plain66)).isEqualTo(1);
        // withdrawing the statement: the policy no longer applies
        mvc.perform(post("/policies/for-us/profile").with(as(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/policies/for-us").with(as(admin))).andExpect(content().string(not(containsString(title))));
    }

    @Test
    void withdrawnPoliciesNoLongerApply() throws Exception {
        GxqUser admin = fixtures.enterpriseAdmin(techSme66);
        String title = "将被废止的政策" + Fixtures.next();
        var f = PolicyTestSupport.fields(title, "正文。");
        f.put("zones", List.of("66"));
        long id = t.published(ministry, f);
        mvc.perform(get("/policies/for-us").with(as(admin))).andExpect(content().string(containsString(title)));
        mvc.perform(post("/policies/manage/" + id + "/withdraw").param("reason", "有误").with(as(ministry)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/policies/for-us").with(as(admin))).andExpect(content().string(not(containsString(title))));
        assertThat(service.unseen(techSme66)).isZero();
    }
}
