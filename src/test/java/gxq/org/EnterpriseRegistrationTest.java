package gxq.org;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

@IntegrationTest
@Tag("db")
class EnterpriseRegistrationTest {

    static final long ZONE = 14; // 大连高新技术产业园区

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;

    static MockHttpServletRequestBuilder enterpriseForm(MockHttpServletRequestBuilder request, String name, String uscc) {
        return enterpriseForm(request, name, uscc, "大连市高新园区黄浦路1号");
    }

    static MockHttpServletRequestBuilder enterpriseForm(MockHttpServletRequestBuilder request, String name, String uscc,
            String address) {
        return request.with(csrf())
                .param("name", name).param("uscc", uscc).param("industry", "I").param("sizeBand", "SMALL")
                .param("highTech", "true").param("address", address)
                .param("contactName", "王五").param("contactMobile", "13812345678").param("staffCount", "85");
    }

    String statusOf(long id) {
        return db.sql("select status from enterprise where id = :id").param("id", id).query(String.class).single();
    }

    Long enterpriseIdByUscc(String uscc) {
        return db.sql("select id from enterprise where uscc = :u").param("u", uscc).query(Long.class).optional().orElse(null);
    }

    boolean accountEnabled(String username) {
        return db.sql("select enabled from app_user where username = :u").param("u", username).query(Boolean.class).single();
    }

    @Test
    void zoneAdminRegistersAnActiveEnterpriseWithItsAdminAccount() throws Exception {
        var admin = fixtures.zoneAdmin(ZONE);
        String uscc = Fixtures.uscc();
        String username = "ent-admin-" + Fixtures.next();
        mvc.perform(enterpriseForm(post("/enterprises"), "大连示例软件有限公司", uscc).with(as(admin))
                        .param("adminUsername", username).param("adminName", "赵六").param("adminMobile", "13900001111"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("大连示例软件有限公司")))
                .andExpect(content().string(containsString("id=\"createdAccount\"")))
                .andExpect(content().string(containsString("138****5678")))
                .andExpect(content().string(not(containsString("13812345678"))));

        Long id = enterpriseIdByUscc(uscc);
        assertThat(id).isNotNull();
        var row = db.sql("select zone_id, status, self_registered, contact_phone_enc, contact_phone_masked, staff_count, high_tech from enterprise where id = :id")
                .param("id", id).query().singleRow();
        assertThat(((Number) row.get("zone_id")).longValue()).isEqualTo(ZONE);
        assertThat(row.get("status")).isEqualTo("ACTIVE");
        assertThat(row.get("self_registered")).isEqualTo(false);
        assertThat((String) row.get("contact_phone_enc")).startsWith("v1:").doesNotContain("13812345678");
        assertThat(row.get("contact_phone_masked")).isEqualTo("138****5678");
        assertThat(((Number) row.get("staff_count")).intValue()).isEqualTo(85);
        assertThat(row.get("high_tech")).isEqualTo(true);

        var account = db.sql("select role, enterprise_id, zone_id, enabled, must_change_password from app_user where username = :u")
                .param("u", username).query().singleRow();
        assertThat(account.get("role")).isEqualTo("ENTERPRISE_ADMIN");
        assertThat(((Number) account.get("enterprise_id")).longValue()).isEqualTo(id);
        assertThat(account.get("enabled")).isEqualTo(true);
        assertThat(account.get("must_change_password")).isEqualTo(true);

        assertThat(db.sql("select count(*) from audit_log where action = 'ENTERPRISE_REGISTER' and target_id = :target and zone_id = :z and enterprise_id = :id and actor_name = :actor")
                .param("target", String.valueOf(id)).param("id", id).param("z", ZONE).param("actor", admin.getUsername())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void invalidUsccIsRefusedWithTheChineseMessageAndTheFormKeepsWhatWasTyped() throws Exception {
        var admin = fixtures.zoneAdmin(ZONE);
        String valid = Fixtures.uscc();
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        mvc.perform(enterpriseForm(post("/enterprises"), "校验位错误测试公司", wrongCheck).with(as(admin)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("统一社会信用代码校验位不正确，请核对第18位及其他各位是否抄错")))
                .andExpect(content().string(containsString("value=\"校验位错误测试公司\"")))
                .andExpect(content().string(containsString("value=\"" + wrongCheck + "\"")))
                .andExpect(content().string(containsString("value=\"大连市高新园区黄浦路1号\"")));
        assertThat(enterpriseIdByUscc(wrongCheck)).isNull();
    }

    @Test
    void duplicateUsccIsRefusedAndNothingIsCreated() throws Exception {
        var admin = fixtures.zoneAdmin(ZONE);
        String uscc = Fixtures.uscc();
        mvc.perform(enterpriseForm(post("/enterprises"), "第一家公司", uscc).with(as(admin))).andExpect(status().isOk());
        String username = "dup-admin-" + Fixtures.next();
        mvc.perform(enterpriseForm(post("/enterprises"), "第二家公司", uscc.toLowerCase()).with(as(admin))
                        .param("adminUsername", username).param("adminName", "钱七"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("已登记，不能重复登记")))
                .andExpect(content().string(containsString("value=\"第二家公司\"")));
        assertThat(db.sql("select count(*) from enterprise where uscc = :u").param("u", uscc).query(Long.class).single()).isEqualTo(1);
        assertThat(db.sql("select count(*) from app_user where username = :u").param("u", username).query(Long.class).single()).isZero();
    }

    @Test
    void takenAdminUsernameRollsBackTheWholeRegistration() throws Exception {
        var admin = fixtures.zoneAdmin(ZONE);
        String uscc = Fixtures.uscc();
        mvc.perform(enterpriseForm(post("/enterprises"), "用户名冲突公司", uscc).with(as(admin))
                        .param("adminUsername", admin.getUsername()).param("adminName", "孙八"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("已被使用")));
        assertThat(enterpriseIdByUscc(uscc)).isNull();
    }

    @Test
    void zoneStaffMayReadButNotRegister() throws Exception {
        var staff = fixtures.zoneStaff(ZONE);
        mvc.perform(get("/enterprises").with(as(staff))).andExpect(status().isOk());
        mvc.perform(get("/enterprises/new").with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(enterpriseForm(post("/enterprises"), "不应创建的公司", Fixtures.uscc()).with(as(staff)))
                .andExpect(status().isForbidden());
    }

    @Test
    void selfRegistrationAwaitsApprovalThenTheApplicantCanSignIn() throws Exception {
        mvc.perform(get("/register")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<optgroup label=\"辽宁省\">")))
                .andExpect(content().string(containsString("大连高新技术产业园区")));

        String uscc = Fixtures.uscc();
        String username = "self-" + Fixtures.next();
        String password = "Reg!ster2020x";
        mvc.perform(enterpriseForm(post("/register"), "自主注册科技有限公司", uscc).param("zoneId", String.valueOf(ZONE))
                        .param("adminUsername", username).param("adminName", "周九").param("adminMobile", "13700002222")
                        .param("adminPassword", password).param("adminPasswordConfirm", password))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/register/done"));
        mvc.perform(get("/register/done")).andExpect(status().isOk()).andExpect(content().string(containsString("等待所在高新区审核")));

        long id = enterpriseIdByUscc(uscc);
        assertThat(statusOf(id)).isEqualTo("PENDING");
        assertThat(db.sql("select self_registered from enterprise where id = :id").param("id", id).query(Boolean.class).single()).isTrue();
        assertThat(accountEnabled(username)).isFalse();
        assertThat(db.sql("select count(*) from audit_log where action = 'ENTERPRISE_SELF_REGISTER' and target_id = :id and zone_id = :z")
                .param("id", String.valueOf(id)).param("z", ZONE).query(Long.class).single()).isEqualTo(1);
        mvc.perform(formLogin().user(username).password(password)).andExpect(redirectedUrl("/login?error=disabled"));

        var zoneAdmin = fixtures.zoneAdmin(ZONE);
        mvc.perform(get("/enterprises").param("status", "PENDING").with(as(zoneAdmin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("自主注册科技有限公司")));
        mvc.perform(post("/enterprises/{id}/approve", id).with(as(zoneAdmin)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(statusOf(id)).isEqualTo("ACTIVE");
        assertThat(accountEnabled(username)).isTrue();
        assertThat(db.sql("select count(*) from audit_log where action = 'ENTERPRISE_APPROVE' and target_id = :target and enterprise_id = :id")
                .param("target", String.valueOf(id)).param("id", id).query(Long.class).single()).isEqualTo(1);
        // signed in: sent home, not back to the login page
        mvc.perform(formLogin().user(username).password(password)).andExpect(redirectedUrl("/"));

        // deciding twice is a conflict, not a second approval
        mvc.perform(post("/enterprises/{id}/approve", id).with(as(zoneAdmin)).with(csrf())).andExpect(status().isConflict());
    }

    @Test
    void badSelfRegistrationKeepsTheInputButNeverThePassword() throws Exception {
        String password = "Reg!ster2020x";
        mvc.perform(enterpriseForm(post("/register"), "填写有误的公司", "91110108MA000000").param("zoneId", String.valueOf(ZONE))
                        .param("adminUsername", "typo-" + Fixtures.next()).param("adminName", "吴十").param("adminMobile", "13700002222")
                        .param("adminPassword", password).param("adminPasswordConfirm", password + "x"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("value=\"填写有误的公司\"")))
                .andExpect(content().string(containsString("两次输入的新密码不一致")))
                .andExpect(content().string(containsString("<option value=\"14\" selected=\"selected\">")))
                .andExpect(content().string(not(containsString(password))));
    }

    @Test
    void weakSelfRegistrationPasswordIsRefusedByTheAccountRulesAndNothingStays() throws Exception {
        String uscc = Fixtures.uscc();
        mvc.perform(enterpriseForm(post("/register"), "弱密码公司", uscc).param("zoneId", String.valueOf(ZONE))
                        .param("adminUsername", "weak-" + Fixtures.next()).param("adminName", "郑一").param("adminMobile", "13700002222")
                        .param("adminPassword", "short").param("adminPasswordConfirm", "short"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("密码至少需要10位")));
        assertThat(enterpriseIdByUscc(uscc)).isNull();
    }

    @Test
    void rejectionNeedsAReasonAndKeepsTheAccountDisabled() throws Exception {
        long id = fixtures.enterprise(ZONE, "待驳回公司" + Fixtures.next(), "PENDING");
        var applicant = fixtures.enterpriseAdmin(id);
        db.sql("update app_user set enabled = false where id = :id").param("id", applicant.id()).update();
        var zoneAdmin = fixtures.zoneAdmin(ZONE);

        mvc.perform(post("/enterprises/{id}/reject", id).param("reason", "  ").with(as(zoneAdmin)).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("驳回时必须填写理由")));
        assertThat(statusOf(id)).isEqualTo("PENDING");

        mvc.perform(post("/enterprises/{id}/reject", id).param("reason", "营业执照与所填名称不符").with(as(zoneAdmin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("REJECTED");
        assertThat(db.sql("select review_note from enterprise where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("营业执照与所填名称不符");
        assertThat(accountEnabled(applicant.getUsername())).isFalse();
        assertThat(db.sql("select count(*) from audit_log where action = 'ENTERPRISE_REJECT' and target_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void staleEditAnswersConflictKeepsTheTypedValuesAndChangesNothing() throws Exception {
        var zoneAdmin = fixtures.zoneAdmin(ZONE);
        String uscc = Fixtures.uscc();
        mvc.perform(enterpriseForm(post("/enterprises"), "并发编辑公司", uscc).with(as(zoneAdmin))).andExpect(status().isOk());
        long id = enterpriseIdByUscc(uscc);

        // someone else saves first (version 0 -> 1)
        mvc.perform(enterpriseForm(post("/enterprises/{id}/edit", id), "并发编辑公司", uscc, "他人修改的地址").with(as(zoneAdmin))
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());

        // this edit was opened on version 0
        mvc.perform(enterpriseForm(post("/enterprises/{id}/edit", id), "并发编辑公司（新名称）", uscc, "我填写的新地址").with(as(zoneAdmin))
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("该企业信息已被他人修改")))
                .andExpect(content().string(containsString("value=\"我填写的新地址\"")))
                .andExpect(content().string(containsString("value=\"并发编辑公司（新名称）\"")))
                .andExpect(content().string(containsString("他人修改的地址")));

        var row = db.sql("select name, address, version from enterprise where id = :id").param("id", id).query().singleRow();
        assertThat(row.get("name")).isEqualTo("并发编辑公司");
        assertThat(row.get("address")).isEqualTo("他人修改的地址");
        assertThat(((Number) row.get("version")).intValue()).isEqualTo(1);
    }

    @Test
    void enterpriseAdminEditsContactDataButNotNameOrCode() throws Exception {
        long id = fixtures.enterprise(ZONE, "自助维护公司" + Fixtures.next(), "ACTIVE");
        String before = db.sql("select name from enterprise where id = :id").param("id", id).query(String.class).single();
        var entAdmin = fixtures.enterpriseAdmin(id);

        mvc.perform(get("/enterprises/{id}/edit", id).with(as(entAdmin))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"uscc\""))));
        mvc.perform(post("/enterprises/{id}/edit", id).with(as(entAdmin)).with(csrf())
                        .param("version", "0").param("name", "篡改名称").param("uscc", Fixtures.uscc())
                        .param("address", "新的办公地址").param("contactName", "新联系人").param("contactMobile", "13566667777")
                        .param("staffCount", "12"))
                .andExpect(status().is3xxRedirection());

        var row = db.sql("select name, address, contact_name, contact_phone_masked, staff_count from enterprise where id = :id")
                .param("id", id).query().singleRow();
        assertThat(row.get("name")).isEqualTo(before);
        assertThat(row.get("address")).isEqualTo("新的办公地址");
        assertThat(row.get("contact_name")).isEqualTo("新联系人");
        assertThat(row.get("contact_phone_masked")).isEqualTo("135****7777");
        assertThat(((Number) row.get("staff_count")).intValue()).isEqualTo(12);
    }

    @Test
    void enterpriseAdminIsSentToItsOwnEnterprise() throws Exception {
        long id = fixtures.enterprise(ZONE);
        mvc.perform(get("/enterprises").with(as(fixtures.enterpriseAdmin(id))))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/enterprises/" + id));
    }

    @Test
    void ministryOpensAZoneAdminAccountAndSeesItsPasswordOnce() throws Exception {
        var ministry = fixtures.ministry();
        String username = "zone-admin-" + Fixtures.next();
        mvc.perform(post("/zones/{id}/admins", ZONE).with(as(ministry)).with(csrf())
                        .param("username", username).param("displayName", "大连管理员"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"createdAccount\"")))
                .andExpect(content().string(containsString(username)));
        var account = db.sql("select role, zone_id, must_change_password from app_user where username = :u").param("u", username)
                .query().singleRow();
        assertThat(account.get("role")).isEqualTo("ZONE_ADMIN");
        assertThat(((Number) account.get("zone_id")).longValue()).isEqualTo(ZONE);
        assertThat(account.get("must_change_password")).isEqualTo(true);
        mvc.perform(get("/zones/{id}", ZONE).with(as(ministry))).andExpect(status().isOk())
                .andExpect(content().string(containsString(username)));
        // a zone admin cannot open zone admins here
        mvc.perform(post("/zones/{id}/admins", ZONE).with(as(fixtures.zoneAdmin(ZONE))).with(csrf())
                .param("username", "x-" + Fixtures.next()).param("displayName", "x")).andExpect(status().isForbidden());
    }
}
