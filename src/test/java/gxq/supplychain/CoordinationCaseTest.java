package gxq.supplychain;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/**
 * The two modules together, nothing stubbed: zone 62's admin asks zone 63 to help a blocked supplier; the needs module
 * opens a coordination case owned by zone 63, which its staff see in their queue and the requesting zone can follow;
 * a third zone sees nothing of it.
 */
@IntegrationTest
@Tag("db")
class CoordinationCaseTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;

    @Test
    void aCoordinationRequestOpensACaseInTheSuppliersZone() throws Exception {
        String supplierName = "协调测试供应商" + Fixtures.next();
        long supplier = fixtures.enterprise(63, supplierName, "ACTIVE");
        long customer = fixtures.enterprise(62);
        String uscc = db.sql("select uscc from enterprise where id = :id").param("id", supplier).query(String.class)
                .single();
        mvc.perform(post("/supply-chain/links").with(as(fixtures.enterpriseAdmin(customer))).with(csrf())
                .param("direction", "SUPPLIER").param("kind", "PLATFORM").param("uscc", uscc))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/supply-chain/ranking/" + supplier + "/coordinate").with(as(fixtures.zoneAdmin(62)))
                .with(csrf()).param("note", "下游两家企业停线，请协助该企业尽快复工。"))
                .andExpect(status().is3xxRedirection());

        var cases = db.sql("select id, zone_id, enterprise_id, category from need_case where zone_id = 63")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getObject(3), rs.getString(4)})
                .list();
        assertThat(cases).hasSize(1);
        assertThat(cases.get(0)[2]).as("no enterprise: a case between zones").isNull();
        assertThat(cases.get(0)[3]).isEqualTo("SUPPLY_CHAIN");
        long caseId = (Long) cases.get(0)[0];

        String queue = mvc.perform(get("/needs/queue").with(as(fixtures.zoneStaff(63)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(queue).contains(supplierName);
        String detail = mvc.perform(get("/needs/" + caseId).with(as(fixtures.zoneAdmin(62))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("下游两家企业停线");
        mvc.perform(get("/needs/" + caseId).with(as(fixtures.zoneAdmin(64)))).andExpect(status().isNotFound());
        mvc.perform(post("/supply-chain/ranking/" + supplier + "/coordinate").with(as(fixtures.zoneAdmin(62)))
                .with(csrf())).andExpect(status().isConflict());
        assertThat(db.sql("select count(*) from need_case where zone_id = 63").query(Long.class).single()).isEqualTo(1);
    }
}
