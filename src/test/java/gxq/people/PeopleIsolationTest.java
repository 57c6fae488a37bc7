package gxq.people;

import static gxq.testing.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/** Who sees whose employees: enterprise A, A2 in zone X; enterprise B in zone Y. */
@IntegrationTest
@Tag("db")
class PeopleIsolationTest {

    static final long ZONE_X = 30;
    static final long ZONE_Y = 31;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;

    long entA, entA2, entB, empA, empA2, empB;
    String nameA, nameA2, nameB;
    GxqUser adminA;

    @BeforeEach
    void setUp() {
        entA = fixtures.enterprise(ZONE_X);
        entA2 = fixtures.enterprise(ZONE_X);
        entB = fixtures.enterprise(ZONE_Y);
        nameA = "甲" + Fixtures.next();
        nameA2 = "丙" + Fixtures.next();
        nameB = "乙" + Fixtures.next();
        empA = fixtures.employee(entA, nameA);
        empA2 = fixtures.employee(entA2, nameA2);
        empB = fixtures.employee(entB, nameB);
        adminA = fixtures.enterpriseAdmin(entA);
    }

    private void everyEmployeeEndpoint(GxqUser user, long employee, ResultMatcher expected) throws Exception {
        mvc.perform(get("/employees/" + employee).with(as(user))).andExpect(expected);
        mvc.perform(get("/api/employees/" + employee).with(as(user))).andExpect(expected);
        mvc.perform(get("/employees/" + employee + "/edit").with(as(user))).andExpect(expected);
        mvc.perform(post("/employees/" + employee).with(as(user)).with(csrf()).param("name", "篡改").param("version", "0"))
                .andExpect(expected);
        mvc.perform(post("/employees/" + employee + "/reveal").with(as(user)).with(csrf())).andExpect(expected);
        mvc.perform(post("/employees/" + employee + "/leave").with(as(user)).with(csrf()).param("version", "0")).andExpect(expected);
        mvc.perform(post("/employees/" + employee + "/account").with(as(user)).with(csrf())).andExpect(expected);
    }

    @Test
    void enterpriseAdminGets404ForAnotherEnterprisesEmployeesInAnyZone() throws Exception {
        everyEmployeeEndpoint(adminA, empB, status().isNotFound());
        everyEmployeeEndpoint(adminA, empA2, status().isNotFound());
        everyEmployeeEndpoint(adminA, 987_654_321L, status().isNotFound());
        mvc.perform(get("/employees/" + empA).with(as(adminA))).andExpect(status().isOk());
        mvc.perform(get("/api/employees/" + empA).with(as(adminA))).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(nameA))
                .andExpect(jsonPath("$.idNumberMasked").value(org.hamcrest.Matchers.matchesPattern("110\\*{11}\\d{3}[\\dX]")))
                .andExpect(jsonPath("$.idNoEnc").doesNotExist());
        org.assertj.core.api.Assertions.assertThat(db.sql("select name from employee where id in (:a, :b)")
                .param("a", empA2).param("b", empB).query(String.class).list()).containsExactlyInAnyOrder(nameA2, nameB);
    }

    @Test
    void enterpriseAdminListsAndExportsOnlyTheirOwnEnterprise() throws Exception {
        mvc.perform(get("/employees").with(as(adminA))).andExpect(status().isOk())
                .andExpect(content().string(containsString(nameA)))
                .andExpect(content().string(not(containsString(nameA2))))
                .andExpect(content().string(not(containsString(nameB))));
        // an enterprise filter cannot widen an enterprise admin's scope
        mvc.perform(get("/api/employees").param("enterprise", String.valueOf(entB)).with(as(adminA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].name").value(nameA));
    }

    @Test
    void zoneAdminAndStaffSeeTheirZoneMaskedButNotAnotherZone() throws Exception {
        for (GxqUser zoneUser : new GxqUser[] {fixtures.zoneAdmin(ZONE_X), fixtures.zoneStaff(ZONE_X)}) {
            mvc.perform(get("/employees").with(as(zoneUser))).andExpect(status().isOk())
                    .andExpect(content().string(containsString(nameA)))
                    .andExpect(content().string(containsString(nameA2)))
                    .andExpect(content().string(not(containsString(nameB))));
            mvc.perform(get("/employees").param("enterprise", String.valueOf(entA2)).with(as(zoneUser)))
                    .andExpect(content().string(containsString(nameA2)))
                    .andExpect(content().string(not(containsString(nameA))));
            mvc.perform(get("/employees").param("enterprise", String.valueOf(entB)).with(as(zoneUser)))
                    .andExpect(content().string(not(containsString(nameB))));
            mvc.perform(get("/api/employees").param("enterprise", String.valueOf(entB)).with(as(zoneUser)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(0));
            mvc.perform(get("/employees/" + empA2).with(as(zoneUser))).andExpect(status().isOk());
            mvc.perform(get("/api/employees/" + empA).with(as(zoneUser))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.enterpriseId").value(entA));
            mvc.perform(get("/employees/" + empB).with(as(zoneUser))).andExpect(status().isNotFound());
            mvc.perform(get("/api/employees/" + empB).with(as(zoneUser))).andExpect(status().isNotFound());
            // zone roles read only
            mvc.perform(post("/employees/" + empA + "/reveal").with(as(zoneUser)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/employees/" + empA).with(as(zoneUser)).with(csrf()).param("name", "x").param("version", "0"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/employees/new").with(as(zoneUser))).andExpect(status().isForbidden());
        }
    }

    @Test
    void ministryDoesNotSeeIndividualEmployees() throws Exception {
        GxqUser ministry = fixtures.ministry();
        mvc.perform(get("/employees").with(as(ministry))).andExpect(status().isForbidden());
        mvc.perform(get("/employees/" + empA).with(as(ministry))).andExpect(status().isForbidden());
        mvc.perform(get("/employees/export.xlsx").with(as(ministry))).andExpect(status().isForbidden());
        mvc.perform(get("/api/employees").with(as(ministry))).andExpect(status().isForbidden());
        mvc.perform(get("/api/employees/" + empA).with(as(ministry))).andExpect(status().isForbidden());
        mvc.perform(get("/me").with(as(ministry))).andExpect(status().isForbidden());
    }

    @Test
    void anEmployeeSeesOnlyTheirOwnRecordAtMe() throws Exception {
        GxqUser employee = fixtures.employeeAccount(empA);
        mvc.perform(get("/me").with(as(employee))).andExpect(status().isOk())
                .andExpect(content().string(containsString(nameA)))
                .andExpect(content().string(containsString("110***********")))
                .andExpect(content().string(not(containsString(nameA2))));
        mvc.perform(get("/employees").with(as(employee))).andExpect(status().isForbidden());
        mvc.perform(get("/employees/" + empA).with(as(employee))).andExpect(status().isForbidden());
        mvc.perform(get("/api/employees").with(as(employee))).andExpect(status().isForbidden());
        mvc.perform(get("/api/employees/" + empA).with(as(employee))).andExpect(status().isForbidden());
        mvc.perform(get("/employees/export.xlsx").with(as(employee))).andExpect(status().isForbidden());
        mvc.perform(get("/employees/import").with(as(employee))).andExpect(status().isForbidden());
    }

    @Test
    void gateGuardsAndServiceProvidersHaveNoRoster() throws Exception {
        GxqUser guard = fixtures.account(Role.GATE_GUARD, ZONE_X, entA, null);
        mvc.perform(get("/api/employees").with(as(guard))).andExpect(status().isForbidden());
        mvc.perform(get("/api/employees/" + empA).with(as(guard))).andExpect(status().isForbidden());
        mvc.perform(get("/employees").with(as(guard))).andExpect(status().isForbidden());
        mvc.perform(get("/me").with(as(guard))).andExpect(status().isForbidden());
    }

    @Test
    void anonymousApiCallsAre401() throws Exception {
        mvc.perform(get("/api/employees")).andExpect(status().isUnauthorized());
    }
}
