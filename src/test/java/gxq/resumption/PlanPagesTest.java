package gxq.resumption;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/** The zone resumption plan: drafts, versions, read receipts, who has read it, scope. Zones 140–146 only. */
@IntegrationTest
@Tag("db")
class PlanPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;

    static MockHttpServletRequestBuilder draft(GxqUser user, String title, Integer version) {
        var b = post("/resumption/plan/draft").with(csrf()).with(as(user)).param("title", title)
                .param("measures", "一、入口测温；二、暂停指纹打卡").param("mechanism", "领导小组每日碰头")
                .param("effectiveDate", "2020-02-24").param("contactName", "王建国")
                .param("contactDuty", "防控办主任").param("contactPhone", "139 1234 5678");
        if (version != null) {
            b = b.param("version", String.valueOf(version));
        }
        return b;
    }

    Integer draftVersion(long zone) {
        return db.sql("select version from resumption_plan_draft where zone_id = :z").param("z", zone)
                .query(Integer.class).optional().orElse(null);
    }

    long publish(GxqUser admin, long zone, String title) throws Exception {
        mvc.perform(draft(admin, title, draftVersion(zone))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/resumption/plan/publish").with(csrf()).with(as(admin))
                .param("version", String.valueOf(draftVersion(zone)))).andExpect(status().is3xxRedirection());
        return db.sql("select id from resumption_plan_version where zone_id = :z and title = :t").param("z", zone)
                .param("t", title).query(Long.class).single();
    }

    long audits(String action, long zone) {
        return db.sql("select count(*) from audit_log where action = :a and zone_id = :z").param("a", action)
                .param("z", zone).query(Long.class).single();
    }

    @Test
    void zoneAdminPublishesVersionsAndEarlierOnesStayReadable() throws Exception {
        long zone = 140;
        var admin = fixtures.zoneAdmin(zone);
        String first = "复工方案" + Fixtures.next();
        String second = "复工方案修订" + Fixtures.next();
        long v1 = publish(admin, zone, first);
        assertThat(draftVersion(zone)).isNull();
        long v2 = publish(admin, zone, second);
        assertThat(db.sql("select version_no from resumption_plan_version where id = :id").param("id", v1)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(db.sql("select version_no from resumption_plan_version where id = :id").param("id", v2)
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(db.sql("select phone from resumption_plan_contact where plan_version_id = :id").param("id", v2)
                .query(String.class).single()).isEqualTo("13912345678");
        mvc.perform(get("/resumption/plan").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString(second))).andExpect(content().string(containsString("第 2 版")))
                .andExpect(content().string(containsString("13912345678")));
        mvc.perform(get("/resumption/plan/versions/" + v1).with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString(first)))
                .andExpect(content().string(containsString("此为历史版本")));
        assertThat(audits("RESUMPTION_PLAN_PUBLISH", zone)).isEqualTo(2);
        assertThat(audits("RESUMPTION_PLAN_DRAFT", zone)).isEqualTo(2);
    }

    @Test
    void saveOnAStaleDraftAnswers409AndKeepsWhatWasTyped() throws Exception {
        long zone = 141;
        var admin = fixtures.zoneAdmin(zone);
        var other = fixtures.zoneAdmin(zone);
        mvc.perform(draft(admin, "初稿" + Fixtures.next(), null)).andExpect(status().is3xxRedirection());
        mvc.perform(draft(other, "他人修改" + Fixtures.next(), 0)).andExpect(status().is3xxRedirection());
        String mine = "我的修改" + Fixtures.next();
        mvc.perform(draft(admin, mine, 0)).andExpect(status().isConflict())
                .andExpect(content().string(containsString("草稿已被他人修改或已发布")))
                .andExpect(content().string(containsString(mine)))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        mvc.perform(draft(admin, "又一份新草稿" + Fixtures.next(), null)).andExpect(status().isConflict());
        mvc.perform(post("/resumption/plan/publish").with(csrf()).with(as(admin)).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(db.sql("select count(*) from resumption_plan_version where zone_id = :z").param("z", zone)
                .query(Long.class).single()).isZero();
        mvc.perform(draft(admin, mine, 1)).andExpect(status().is3xxRedirection());
        assertThat(draftVersion(zone)).isEqualTo(2);
    }

    @Test
    void readReceiptIsRecordedOncePerEnterpriseAndVersion() throws Exception {
        long zone = 142;
        var admin = fixtures.zoneAdmin(zone);
        long ent = fixtures.enterprise(zone);
        var reader = fixtures.enterpriseAdmin(ent);
        var colleague = fixtures.enterpriseAdmin(ent);
        long v1 = publish(admin, zone, "方案" + Fixtures.next());
        mvc.perform(get("/resumption/plan").with(as(reader))).andExpect(status().isOk());
        mvc.perform(get("/resumption/plan").with(as(reader))).andExpect(status().isOk());
        mvc.perform(get("/resumption/plan/versions/" + v1).with(as(colleague))).andExpect(status().isOk());
        assertThat(reads(v1)).isEqualTo(1);
        assertThat(db.sql("select read_by from resumption_plan_read where plan_version_id = :v").param("v", v1)
                .query(Long.class).single()).isEqualTo(reader.id());
        long v2 = publish(admin, zone, "方案修订" + Fixtures.next());
        assertThat(reads(v2)).isZero();
        mvc.perform(get("/resumption/plan").with(as(colleague))).andExpect(status().isOk());
        assertThat(reads(v2)).isEqualTo(1);
        assertThat(reads(v1)).isEqualTo(1);
        mvc.perform(get("/resumption/plan").with(as(admin))).andExpect(status().isOk());
        assertThat(reads(v2)).isEqualTo(1);
        assertThat(audits("RESUMPTION_PLAN_READ", zone)).isEqualTo(2);
    }

    @Test
    void concurrentFirstViewsRecordOneReceipt() throws Exception {
        long zone = 146;
        var admin = fixtures.zoneAdmin(zone);
        long ent = fixtures.enterprise(zone);
        List<GxqUser> readers = List.of(fixtures.enterpriseAdmin(ent), fixtures.enterpriseAdmin(ent));
        long v = publish(admin, zone, "方案" + Fixtures.next());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                GxqUser reader = readers.get(i % 2);
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(get("/resumption/plan").with(as(reader))).andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            for (Future<Integer> a : answers) {
                assertThat(a.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(reads(v)).isEqualTo(1);
        assertThat(audits("RESUMPTION_PLAN_READ", zone)).isEqualTo(1);
    }

    long reads(long version) {
        return db.sql("select count(*) from resumption_plan_read where plan_version_id = :v").param("v", version)
                .query(Long.class).single();
    }

    @Test
    void whoReadListMatchesTheReceipts() throws Exception {
        long zone = 143;
        var admin = fixtures.zoneAdmin(zone);
        var staff = fixtures.zoneStaff(zone);
        long v = publish(admin, zone, "方案" + Fixtures.next());
        String tag = "读者" + Fixtures.next();
        long a = fixtures.enterprise(zone, tag + "甲", "ACTIVE");
        long b = fixtures.enterprise(zone, tag + "乙", "ACTIVE");
        fixtures.enterprise(zone, tag + "丙", "ACTIVE");
        fixtures.enterprise(zone, tag + "待审", "PENDING");
        long otherZone = fixtures.enterprise(144, tag + "外区", "ACTIVE");
        for (long e : new long[] {a, b}) {
            db.sql("""
                    insert into resumption_plan_read (plan_version_id, enterprise_id, zone_id, read_by, read_at)
                    values (:v, :e, :z, 1, :now)""").param("v", v).param("e", e).param("z", zone)
                    .param("now", OffsetDateTime.now(ZoneOffset.UTC)).update();
        }
        long active = db.sql("select count(*) from enterprise where zone_id = :z and status = 'ACTIVE'").param("z", zone)
                .query(Long.class).single();
        mvc.perform(get("/resumption/plan/reads").with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("本区 " + active + " 家企业，已读 2 家，未读 " + (active - 2) + " 家")));
        mvc.perform(get("/resumption/plan/reads").param("status", "read").with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString(tag + "甲"))).andExpect(content().string(containsString(tag + "乙")))
                .andExpect(content().string(not(containsString(tag + "丙"))))
                .andExpect(content().string(not(containsString(tag + "外区"))));
        mvc.perform(get("/resumption/plan/reads").param("status", "unread").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString(tag + "丙")))
                .andExpect(content().string(not(containsString(tag + "甲"))))
                .andExpect(content().string(not(containsString(tag + "待审"))))
                .andExpect(content().string(not(containsString(tag + "外区"))));
        assertThat(otherZone).isPositive();
        mvc.perform(get("/").with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("方案未读企业")))
                .andExpect(content().string(containsString("/resumption/plan/reads?status=unread")));
        mvc.perform(get("/").with(as(fixtures.enterpriseAdmin(a)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("第 1 版")));
    }

    @Test
    void otherTenantsAndRolesGet404Or403AndTheMinistryOnlyReads() throws Exception {
        long zone = 144;
        var admin = fixtures.zoneAdmin(zone);
        long v = publish(admin, zone, "方案" + Fixtures.next());
        var otherAdmin = fixtures.zoneAdmin(145);
        var otherEnterpriseAdmin = fixtures.enterpriseAdmin(fixtures.enterprise(145));
        long ent = fixtures.enterprise(zone);
        var entAdmin = fixtures.enterpriseAdmin(ent);
        var employee = fixtures.employeeAccount(fixtures.employee(ent, "张三"));
        var staff = fixtures.zoneStaff(zone);
        var ministry = fixtures.ministry();

        mvc.perform(get("/resumption/plan/versions/" + v).with(as(otherAdmin))).andExpect(status().isNotFound());
        mvc.perform(get("/resumption/plan/versions/" + v).with(as(otherEnterpriseAdmin))).andExpect(status().isNotFound());
        assertThat(reads(v)).isZero();
        mvc.perform(get("/resumption/plan/versions/999999999").with(as(admin))).andExpect(status().isNotFound());
        mvc.perform(draft(entAdmin, "企业不能写", null)).andExpect(status().isForbidden());
        mvc.perform(draft(staff, "员工不能写", null)).andExpect(status().isForbidden());
        mvc.perform(post("/resumption/plan/publish").with(csrf()).with(as(staff)).param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/resumption/plan/reads").with(as(entAdmin))).andExpect(status().isForbidden());
        mvc.perform(get("/resumption/plan").with(as(employee))).andExpect(status().isForbidden());
        mvc.perform(get("/resumption/plan/versions/" + v).with(as(employee))).andExpect(status().isForbidden());
        mvc.perform(get("/resumption/plan").with(as(ministry))).andExpect(status().isForbidden());
        mvc.perform(draft(ministry, "部里不能写", null)).andExpect(status().isForbidden());
        mvc.perform(get("/resumption/plans").param("published", "true").with(as(ministry))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/resumption/plan/versions/" + v)));
        mvc.perform(get("/resumption/plans").with(as(admin))).andExpect(status().isForbidden());
        mvc.perform(get("/resumption/plan/versions/" + v).with(as(ministry))).andExpect(status().isOk())
                .andExpect(content().string(containsString("13912345678")))
                .andExpect(content().string(not(containsString("/resumption/plan/draft"))));
        var gate = fixtures.account(Role.GATE_GUARD, zone, null, null);
        mvc.perform(get("/resumption/plan").with(as(gate))).andExpect(status().isForbidden());
    }

    @Test
    void badInputAnswers4xxInChineseAndKeepsWhatWasTyped() throws Exception {
        long zone = 145;
        var admin = fixtures.zoneAdmin(zone);
        mvc.perform(post("/resumption/plan/draft").with(csrf()).with(as(admin)).param("title", "")
                        .param("measures", "保留的措施文字").param("mechanism", "").param("effectiveDate", "2020-13-45")
                        .param("contactName", "李四").param("contactDuty", "联络员")
                        .param("contactPhone", "12345"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("请填写标题。")))
                .andExpect(content().string(containsString("请填写工作机制。")))
                .andExpect(content().string(containsString("生效日期“2020-13-45”无效。")))
                .andExpect(content().string(containsString("第 1 位责任人的手机号码“12345”无效。")))
                .andExpect(content().string(containsString("保留的措施文字")))
                .andExpect(content().string(containsString("value=\"李四\"")));
        mvc.perform(post("/resumption/plan/draft").with(csrf()).with(as(admin)).param("title", "无责任人")
                        .param("measures", "m").param("mechanism", "m").param("effectiveDate", "2020-02-24"))
                .andExpect(status().is(422)).andExpect(content().string(containsString("请至少填写一位责任人。")));
        mvc.perform(post("/resumption/plan/draft").with(csrf()).with(as(admin)).param("title", "x".repeat(201))
                        .param("measures", "m").param("mechanism", "m").param("effectiveDate", "2020-02-24")
                        .param("contactName", "", "", "", "王五").param("contactDuty", "", "", "", "d").param("contactPhone", "", "", "", "13800138000"))
                .andExpect(status().is(422)).andExpect(content().string(containsString("不能超过 200 个字。")));
        mvc.perform(post("/resumption/plan/draft").with(csrf()).with(as(admin)).param("title", "t")
                        .param("measures", "m").param("mechanism", "m").param("effectiveDate", "+999999999-12-31")
                        .param("contactName", "王五").param("contactDuty", "d").param("contactPhone", "13800138000"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("应在 2000-01-01 至 2099-12-31 之间")));
        mvc.perform(post("/resumption/plan/draft").with(csrf()).with(as(admin)).param("title", "t")
                        .param("contacts[100000].name", "越界").param("contactName", "1", "2", "3", "4", "5", "6"))
                .andExpect(status().is(422)).andExpect(content().string(containsString("最多填写 5 位责任人。")));
        mvc.perform(post("/resumption/plan/draft").with(csrf()).with(as(admin)).param("title", "t")
                        .param("version", "abc"))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/resumption/plan/publish").with(csrf()).with(as(admin)).param("version", "abc"))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/resumption/plan/versions/abc").with(as(admin))).andExpect(status().is4xxClientError());
        mvc.perform(get("/resumption/plan/reads").param("page", "99999999999").with(as(admin)))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/resumption/plan/reads").param("page", "2147483647").with(as(admin)))
                .andExpect(status().isOk());
        assertThat(draftVersion(zone)).isNull();
    }
}
