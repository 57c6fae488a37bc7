package gxq.supplychain;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/**
 * With the real {@code ResumptionStates} and {@code CityRisks} (nothing stubbed): an enterprise without an approved
 * filing is not resumed, so it blocks its customers and is ranked; once its filing to resume work is submitted and
 * approved through the filing pages, the block is gone. Zone 45.
 */
@IntegrationTest
@Tag("db")
class SupplyChainRealStatesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;

    @Test
    void aSupplierWithoutAnApprovedFilingBlocksItsCustomerAndIsRanked() throws Exception {
        long supplier = fixtures.enterprise(45, "无复工申请供应商" + Fixtures.next(), "ACTIVE");
        long customer = fixtures.enterprise(45);
        String uscc = db.sql("select uscc from enterprise where id = :id").param("id", supplier).query(String.class)
                .single();
        var admin = fixtures.enterpriseAdmin(customer);
        mvc.perform(post("/supply-chain/links").with(as(admin)).with(csrf()).param("direction", "SUPPLIER")
                .param("kind", "PLATFORM").param("uscc", uscc)).andExpect(status().is3xxRedirection());
        String own = mvc.perform(get("/supply-chain").with(as(admin))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(own).contains(">供应链受阻</span>").contains("无复工申请供应商").contains("尚未复工");
        String ranking = mvc.perform(get("/supply-chain/ranking").with(as(fixtures.ministry())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String row = ranking.substring(ranking.indexOf("data-supplier=\"" + supplier + "\""));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("无复工申请供应商").contains("未复工");

        // the supplier files to resume today and the zone approves
        var supplierAdmin = fixtures.enterpriseAdmin(supplier);
        var filing = multipart("/resumption/filing").with(csrf()).with(as(supplierAdmin)).param("action", "submit")
                .param("plannedDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString())
                .param("plannedHeadcount", "50").param("returnees", "0").param("masksDays", "14")
                .param("thermometersDays", "30").param("disinfectantDays", "21").param("monthlyOutput", "300")
                .param("contactName", "李经理").param("contactPhone", "13812345678");
        for (long item : db.sql("select id from resumption_checklist_item where zone_id is null order by position")
                .query(Long.class).list()) {
            filing = (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder) filing
                    .param("answer." + item, "DONE").param("evidence." + item, "记录" + item);
        }
        mvc.perform(filing).andExpect(status().is3xxRedirection());
        long filingId = db.sql("select max(id) from resumption_filing where enterprise_id = :e").param("e", supplier)
                .query(Long.class).single();
        int version = db.sql("select version from resumption_filing where id = :f").param("f", filingId)
                .query(Integer.class).single();
        mvc.perform(post("/resumption/filings/" + filingId + "/review").with(csrf()).with(as(fixtures.zoneStaff(45)))
                .param("decision", "APPROVE").param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        String after = mvc.perform(get("/supply-chain").with(as(admin))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(after).contains(">畅通</span>").doesNotContain("尚未复工");
        assertThat(mvc.perform(get("/supply-chain/ranking").with(as(fixtures.ministry()))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("data-supplier=\"" + supplier + "\"");
    }
}
