package gxq.org;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

@IntegrationTest
@Tag("db")
class ServiceProviderTest {

    static final long ZONE_A = 14; // 大连高新技术产业园区
    static final long ZONE_B = 15;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired Providers providers;

    Long providerIdByName(String name) {
        return db.sql("select id from service_provider where name = :n").param("n", name).query(Long.class)
                .optional().orElse(null);
    }

    long register(GxqUser admin, String name) throws Exception {
        mvc.perform(post("/providers").with(csrf()).with(as(admin)).param("name", name).param("kind", "INCUBATOR"))
                .andExpect(status().isOk());
        return providerIdByName(name);
    }

    @Test
    void zoneAdminRegistersAProviderWithItsAccountAndSeesThePasswordOnce() throws Exception {
        var admin = fixtures.zoneAdmin(ZONE_A);
        String name = "大连高新区创业孵化中心" + Fixtures.next();
        String uscc = Fixtures.uscc();
        String username = "provider-" + Fixtures.next();
        mvc.perform(post("/providers").with(csrf()).with(as(admin))
                        .param("name", name).param("uscc", uscc.toLowerCase()).param("kind", "INCUBATOR")
                        .param("accountUsername", username).param("accountName", "周九").param("accountMobile", "13900002222"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("科技企业孵化器")))
                .andExpect(content().string(containsString("id=\"createdAccount\"")))
                .andExpect(content().string(containsString("class=\"secret\"")));

        Long id = providerIdByName(name);
        assertThat(id).isNotNull();
        var row = db.sql("select zone_id, uscc, kind from service_provider where id = :id").param("id", id).query().singleRow();
        assertThat(((Number) row.get("zone_id")).longValue()).isEqualTo(ZONE_A);
        assertThat(row.get("uscc")).isEqualTo(uscc);
        assertThat(row.get("kind")).isEqualTo("INCUBATOR");

        var account = db.sql("select role, provider_id, zone_id, enterprise_id, enabled, must_change_password from app_user where username = :u")
                .param("u", username).query().singleRow();
        assertThat(account.get("role")).isEqualTo("SERVICE_PROVIDER");
        assertThat(((Number) account.get("provider_id")).longValue()).isEqualTo(id);
        assertThat(((Number) account.get("zone_id")).longValue()).isEqualTo(ZONE_A);
        assertThat(account.get("enterprise_id")).isNull();
        assertThat(account.get("enabled")).isEqualTo(true);
        assertThat(account.get("must_change_password")).isEqualTo(true);

        assertThat(db.sql("select count(*) from audit_log where action = 'PROVIDER_REGISTER' and target_id = :t and zone_id = :z and enterprise_id is null and actor_name = :actor")
                .param("t", String.valueOf(id)).param("z", ZONE_A).param("actor", admin.getUsername())
                .query(Long.class).single()).isEqualTo(1);

        assertThat(providers.find(id)).contains(new ProviderSummary(id, ZONE_A, name, ProviderKind.INCUBATOR));

        // the page seen again does not show the password
        mvc.perform(get("/providers/" + id).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(username)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"createdAccount\""))));
    }

    @Test
    void invalidUsccIsRefusedWithTheChineseMessageAndNothingIsCreated() throws Exception {
        var admin = fixtures.zoneAdmin(ZONE_A);
        String valid = Fixtures.uscc();
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        String name = "校验位错误的机构" + Fixtures.next();
        String username = "bad-uscc-" + Fixtures.next();
        mvc.perform(post("/providers").with(csrf()).with(as(admin)).param("name", name).param("uscc", wrongCheck)
                        .param("kind", "TESTING").param("accountUsername", username).param("accountName", "吴十"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("统一社会信用代码校验位不正确，请核对第18位及其他各位是否抄错")))
                .andExpect(content().string(containsString("value=\"" + name + "\"")))
                .andExpect(content().string(containsString("value=\"" + wrongCheck + "\"")))
                .andExpect(content().string(containsString("value=\"" + username + "\"")));
        assertThat(providerIdByName(name)).isNull();
        assertThat(db.sql("select count(*) from app_user where username = :u").param("u", username).query(Long.class).single()).isZero();
    }

    @Test
    void takenUsernameRollsBackTheProvider() throws Exception {
        var admin = fixtures.zoneAdmin(ZONE_A);
        String name = "用户名冲突机构" + Fixtures.next();
        mvc.perform(post("/providers").with(csrf()).with(as(admin)).param("name", name).param("kind", "FINANCE")
                        .param("accountUsername", admin.getUsername()).param("accountName", "郑一"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("已被使用")));
        assertThat(providerIdByName(name)).isNull();
    }

    @Test
    void zoneAdminCannotSeeAnotherZonesProvider() throws Exception {
        long id = register(fixtures.zoneAdmin(ZONE_A), "甲区众创空间" + Fixtures.next());
        var otherAdmin = fixtures.zoneAdmin(ZONE_B);
        mvc.perform(get("/providers/" + id).with(as(otherAdmin))).andExpect(status().isNotFound());
        mvc.perform(get("/providers").with(as(otherAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("甲区众创空间"))));
    }

    @Test
    void enterpriseRolesAndServiceProvidersMayNotUseProviderPages() throws Exception {
        long enterprise = fixtures.enterprise(ZONE_A);
        long employee = fixtures.employee(enterprise, "李雷");
        var provider = fixtures.account(Role.SERVICE_PROVIDER, ZONE_A, null, null);
        for (GxqUser u : new GxqUser[] {fixtures.enterpriseAdmin(enterprise), fixtures.employeeAccount(employee), provider}) {
            mvc.perform(get("/providers").with(as(u))).andExpect(status().isForbidden());
        }
    }

    @Test
    void zoneStaffReadsButMayNotRegister() throws Exception {
        String name = "检测平台" + Fixtures.next();
        long id = register(fixtures.zoneAdmin(ZONE_A), name);
        var staff = fixtures.zoneStaff(ZONE_A);
        mvc.perform(get("/providers").with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        mvc.perform(get("/providers/" + id).with(as(staff))).andExpect(status().isOk());
        mvc.perform(get("/providers/new").with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(post("/providers").with(csrf()).with(as(staff)).param("name", "x").param("kind", "OTHER"))
                .andExpect(status().isForbidden());
    }

    @Test
    void ministrySeesProvidersOfEveryZoneWithTheZoneName() throws Exception {
        String name = "技术转移中心" + Fixtures.next();
        long id = register(fixtures.zoneAdmin(ZONE_A), name);
        String zoneName = db.sql("select name from zone where id = :z").param("z", ZONE_A).query(String.class).single();
        mvc.perform(get("/providers").with(as(fixtures.ministry())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString(zoneName)));
        mvc.perform(get("/providers/" + id).with(as(fixtures.ministry()))).andExpect(status().isOk());
    }

    @Test
    void serviceProviderAccountSeesItsOrganisationOnTheHomePage() throws Exception {
        String name = "金融服务站" + Fixtures.next();
        long id = register(fixtures.zoneAdmin(ZONE_A), name);
        var plain = fixtures.account(Role.SERVICE_PROVIDER, ZONE_A, null, null);
        var provider = new GxqUser(plain.id(), plain.getUsername(), null, plain.displayName(), Role.SERVICE_PROVIDER,
                ZONE_A, null, null, id, true, null, false);
        mvc.perform(get("/").with(as(provider)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("本机构")));
    }
}
