package gxq.org;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/** No role reads or writes another tenant's zones or enterprises, by page or API, by guessing ids. */
@IntegrationTest
@Tag("db")
class OrgIsolationTest {

    static final long ZONE_A = 21; // 长春
    static final long ZONE_B = 23; // 吉林

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;

    long entA;
    long entB;
    long pendingB;
    GxqUser adminA;

    @BeforeEach
    void data() {
        entA = fixtures.enterprise(ZONE_A, "甲区企业" + Fixtures.next(), "ACTIVE");
        entB = fixtures.enterprise(ZONE_B, "乙区企业" + Fixtures.next(), "ACTIVE");
        pendingB = fixtures.enterprise(ZONE_B, "乙区待审" + Fixtures.next(), "PENDING");
        adminA = fixtures.zoneAdmin(ZONE_A);
    }

    String statusOf(long id) {
        return db.sql("select status from enterprise where id = :id").param("id", id).query(String.class).single();
    }

    @Test
    void zoneAdminCannotReachAnotherZonesEnterpriseByAnyRoute() throws Exception {
        mvc.perform(get("/enterprises/{id}", entB).with(as(adminA))).andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/{id}/edit", entB).with(as(adminA))).andExpect(status().isNotFound());
        mvc.perform(get("/api/enterprises/{id}", entB).with(as(adminA))).andExpect(status().isNotFound());
        mvc.perform(post("/enterprises/{id}/edit", entB).with(as(adminA)).with(csrf())
                        .param("version", "0").param("name", "被篡改").param("uscc", Fixtures.uscc()).param("industry", "C")
                        .param("sizeBand", "LARGE").param("contactName", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/enterprises/{id}/approve", pendingB).with(as(adminA)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/enterprises/{id}/reject", pendingB).param("reason", "x").with(as(adminA)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/{id}", 987_654_321L).with(as(adminA))).andExpect(status().isNotFound());

        assertThat(statusOf(pendingB)).isEqualTo("PENDING");
        assertThat(db.sql("select name from enterprise where id = :id").param("id", entB).query(String.class).single())
                .startsWith("乙区企业");
    }

    @Test
    void zoneAdminSeesOnlyItsZoneInListsAndLandsOnItsZone() throws Exception {
        String nameB = db.sql("select name from enterprise where id = :id").param("id", entB).query(String.class).single();
        String nameA = db.sql("select name from enterprise where id = :id").param("id", entA).query(String.class).single();
        mvc.perform(get("/enterprises").param("zone", String.valueOf(ZONE_B)).with(as(adminA))).andExpect(status().isOk())
                .andExpect(content().string(containsString(nameA)))
                .andExpect(content().string(not(containsString(nameB))));
        mvc.perform(get("/api/enterprises").param("q", nameB).with(as(adminA))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(0)));
        mvc.perform(get("/api/enterprises").param("zone", String.valueOf(ZONE_B)).with(as(adminA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/zones").with(as(adminA))).andExpect(redirectedUrl("/zones/" + ZONE_A));
        mvc.perform(get("/zones/{id}", ZONE_B).with(as(adminA))).andExpect(status().isNotFound());
        mvc.perform(get("/api/zones/{id}", ZONE_B).with(as(adminA))).andExpect(status().isNotFound());
        mvc.perform(get("/api/zones").with(as(adminA))).andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(ZONE_A));
        mvc.perform(get("/zones/{id}", ZONE_A).with(as(fixtures.zoneStaff(ZONE_A)))).andExpect(status().isOk());
    }

    @Test
    void enterpriseAdminSeesOnlyItsOwnEnterprise() throws Exception {
        GxqUser entAdmin = fixtures.enterpriseAdmin(entA);
        long otherInSameZone = fixtures.enterprise(ZONE_A);
        mvc.perform(get("/enterprises/{id}", entA).with(as(entAdmin))).andExpect(status().isOk());
        mvc.perform(get("/enterprises/{id}", otherInSameZone).with(as(entAdmin))).andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/{id}", entB).with(as(entAdmin))).andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/{id}/edit", otherInSameZone).with(as(entAdmin))).andExpect(status().isNotFound());
        mvc.perform(get("/api/enterprises/{id}", otherInSameZone).with(as(entAdmin))).andExpect(status().isNotFound());
        mvc.perform(get("/api/enterprises").with(as(entAdmin))).andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].id").value(entA));
        mvc.perform(post("/enterprises/{id}/approve", entA).with(as(entAdmin)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/zones").with(as(entAdmin))).andExpect(status().isForbidden());
    }

    @Test
    void employeesAndGateGuardsHaveNoUseOfTheRegister() throws Exception {
        long employee = fixtures.employee(entA, "员工甲");
        GxqUser employeeAccount = fixtures.employeeAccount(employee);
        GxqUser guard = fixtures.account(Role.GATE_GUARD, ZONE_A, entA, null);
        for (GxqUser u : new GxqUser[] {employeeAccount, guard}) {
            mvc.perform(get("/enterprises").with(as(u))).andExpect(status().isForbidden());
            mvc.perform(get("/enterprises/{id}", entA).with(as(u))).andExpect(status().isForbidden());
            mvc.perform(get("/api/enterprises").with(as(u))).andExpect(status().isForbidden());
            mvc.perform(get("/zones").with(as(u))).andExpect(status().isForbidden());
        }
    }

    @Test
    void ministrySeesEveryZoneAndEnterpriseButDoesNotReview() throws Exception {
        GxqUser ministry = fixtures.ministry();
        mvc.perform(get("/zones").with(as(ministry))).andExpect(status().isOk())
                .andExpect(content().string(containsString("中关村科技园区")))
                .andExpect(content().string(containsString("吉林高新技术产业开发区")));
        mvc.perform(get("/zones").param("province", "220000").with(as(ministry))).andExpect(status().isOk())
                .andExpect(content().string(containsString("长春净月高新技术产业开发区")))
                .andExpect(content().string(not(containsString("中关村科技园区"))));
        mvc.perform(get("/zones").param("q", "净月").with(as(ministry)))
                .andExpect(content().string(containsString("长春净月高新技术产业开发区")))
                .andExpect(content().string(not(containsString("吉林高新技术产业开发区"))));
        mvc.perform(get("/enterprises/{id}", entA).with(as(ministry))).andExpect(status().isOk());
        mvc.perform(get("/enterprises/{id}", entB).with(as(ministry))).andExpect(status().isOk());
        mvc.perform(get("/api/zones").with(as(ministry))).andExpect(jsonPath("$", hasSize(176)));
        mvc.perform(get("/api/zones/{id}", ZONE_B).with(as(ministry))).andExpect(status().isOk())
                .andExpect(jsonPath("$.zone.provinceName").value("吉林省"));
        mvc.perform(get("/api/enterprises").param("zone", String.valueOf(ZONE_B)).param("status", "PENDING").with(as(ministry)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[?(@.id == %d)]", pendingB).exists());
        mvc.perform(post("/enterprises/{id}/approve", pendingB).with(as(ministry)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/enterprises/{id}/edit", entB).with(as(ministry))).andExpect(status().isForbidden());
        assertThat(statusOf(pendingB)).isEqualTo("PENDING");
    }

    @Test
    void apiMasksPhonesAndRegistersWithProblemDetails() throws Exception {
        String uscc = Fixtures.uscc();
        String body = """
                {"name": "接口登记公司", "uscc": "%s", "industry": "M", "sizeBand": "MICRO", "techSme": true,
                 "contactName": "陈一", "contactMobile": "13611112222", "staffCount": 9,
                 "adminUsername": "api-%d", "adminName": "陈二"}
                """.formatted(uscc, Fixtures.next());
        String location = mvc.perform(post("/api/enterprises").with(as(adminA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.enterprise.contactPhoneMasked").value("136****2222"))
                .andExpect(jsonPath("$.enterprise.status").value("ACTIVE"))
                .andExpect(jsonPath("$.account.initialPassword").isNotEmpty())
                .andExpect(content().string(not(containsString("13611112222"))))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location).with(as(adminA))).andExpect(status().isOk())
                .andExpect(jsonPath("$.uscc").value(uscc)).andExpect(jsonPath("$.staffCount").value(9));

        mvc.perform(post("/api/enterprises").with(as(adminA)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"\", \"uscc\": \"123\", \"industry\": \"I\", \"sizeBand\": \"SMALL\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'uscc')].code").value("gxq.validation.uscc.format"))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists());

        // writes need the CSRF token; zone staff may not register
        mvc.perform(post("/api/enterprises").with(as(adminA)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/enterprises").with(as(fixtures.zoneStaff(ZONE_A))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
    }

    @Test
    void homeShowsTheFiguresOfTheScope() throws Exception {
        mvc.perform(get("/").with(as(adminA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("本区在册企业")));
        mvc.perform(get("/").with(as(fixtures.ministry()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("全国在册企业")))
                .andExpect(content().string(containsString(">176<")));
        mvc.perform(get("/").with(as(fixtures.enterpriseAdmin(entA)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("本企业状态")));
    }
}
