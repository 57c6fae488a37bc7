package gxq.supplychain;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import gxq.account.GxqUser;
import gxq.needs.CoordinationRequested;
import gxq.needs.NeedCaseChanged;
import gxq.needs.NeedCategory;
import gxq.region.CityRisks;
import gxq.region.RiskLevel;
import gxq.resumption.ResumptionStates;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/**
 * Pages and rules of supply chains. Resumption and city risks are stubbed ({@link ResumptionStates},
 * {@link CityRisks} are other modules' APIs): an enterprise counts as resumed when a test adds it to {@link #resumed};
 * a city is high-risk when it is in {@link #highCities}. Zones 32–45.
 */
@IntegrationTest
@Tag("db")
@RecordApplicationEvents
class SupplyChainPagesTest {

    static final String WUHAN = "420100";

    static final Set<Long> resumed = ConcurrentHashMap.newKeySet();
    static final Set<String> highCities = ConcurrentHashMap.newKeySet();

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate tx;
    @Autowired ApplicationEvents events;
    @MockitoBean ResumptionStates resumption;
    @MockitoBean CityRisks risks;

    @BeforeEach
    void stubs() {
        highCities.clear();
        when(resumption.resumedOn(any())).thenAnswer(i -> Set.copyOf(resumed));
        when(resumption.isResumed(anyLong(), any())).thenAnswer(i -> resumed.contains(i.<Long>getArgument(0)));
        when(risks.levelOn(anyLong(), anyString(), any()))
                .thenAnswer(i -> highCities.contains(i.<String>getArgument(1)) ? RiskLevel.HIGH : RiskLevel.LOW);
    }

    private long enterprise(long zone, String name, boolean isResumed, int staff) {
        long id = fixtures.enterprise(zone, name + Fixtures.next(), "ACTIVE");
        db.sql("update enterprise set staff_count = :s where id = :id").param("s", staff).param("id", id).update();
        if (isResumed) {
            resumed.add(id);
        }
        return id;
    }

    private String uscc(long enterprise) {
        return db.sql("select uscc from enterprise where id = :id").param("id", enterprise).query(String.class)
                .single();
    }

    private void addPlatform(GxqUser admin, String direction, long partner) throws Exception {
        mvc.perform(post("/supply-chain/links").with(as(admin)).with(csrf()).param("direction", direction)
                .param("kind", "PLATFORM").param("uscc", uscc(partner).toLowerCase() + " "))
                .andExpect(status().is3xxRedirection());
    }

    private long linkId(long enterprise) {
        return db.sql("select max(id) from supply_link where enterprise_id = :e").param("e", enterprise)
                .query(Long.class).single();
    }

    @Test
    void aSupplierNotResumedBlocksTheEnterpriseWithTheReasonAndTheAddIsAudited() throws Exception {
        long supplier = enterprise(32, "未复工供应商", false, 10);
        long self = enterprise(32, "下游企业", true, 10);
        GxqUser admin = fixtures.enterpriseAdmin(self);
        addPlatform(admin, "SUPPLIER", supplier);
        String page = mvc.perform(get("/supply-chain").with(as(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(">供应链受阻</span>").contains("尚未复工").contains("未复工供应商");
        assertThat(db.sql("select count(*) from audit_log where action = 'SUPPLYCHAIN_LINK_ADD' and enterprise_id = :e")
                .param("e", self).query(Long.class).single()).isEqualTo(1);

        resumed.add(supplier);
        assertThat(mvc.perform(get("/supply-chain").with(as(admin))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("尚未复工").contains(">畅通</span>");
    }

    @Test
    void aCustomerDeclaredByTheSupplierCountsOnceAndShowsWhoDeclaredIt() throws Exception {
        long supplier = enterprise(33, "上游", false, 10);
        long customer = enterprise(33, "下游", true, 10);
        addPlatform(fixtures.enterpriseAdmin(supplier), "CUSTOMER", customer);
        addPlatform(fixtures.enterpriseAdmin(customer), "SUPPLIER", supplier);
        String page = mvc.perform(get("/supply-chain/zone").with(as(fixtures.zoneStaff(33))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // the customer's row: one supplier although both ends declared the edge
        String row = page.substring(page.indexOf("data-enterprise=\"" + customer + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("供应链受阻").contains("<td>1</td>");
        String own = mvc.perform(get("/supply-chain").with(as(fixtures.enterpriseAdmin(customer))))
                .andReturn().getResponse().getContentAsString();
        assertThat(own.substring(own.indexOf("id=\"byPartners\""))).contains("上游");
    }

    @Test
    void anOutsideSupplierInAHighRiskCityBlocks() throws Exception {
        long self = enterprise(34, "外部依赖企业", true, 10);
        GxqUser admin = fixtures.enterpriseAdmin(self);
        highCities.add(WUHAN);
        mvc.perform(post("/supply-chain/links").with(as(admin)).with(csrf()).param("direction", "SUPPLIER")
                .param("kind", "OUTSIDE").param("name", "汉口零件厂").param("cityCode", WUHAN))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/supply-chain").with(as(admin))).andReturn().getResponse()
                .getContentAsString()).contains("汉口零件厂").contains("高风险城市武汉市");
    }

    @Test
    void badInputAnswers422AndKeepsWhatWasTyped() throws Exception {
        long self = enterprise(35, "填错企业", true, 10);
        GxqUser admin = fixtures.enterpriseAdmin(self);
        String typed = "91110108ABCDEFGHIJ";
        String page = mvc.perform(post("/supply-chain/links").with(as(admin)).with(csrf())
                .param("direction", "SUPPLIER").param("kind", "PLATFORM").param("uscc", typed)
                .param("note", "关键原料"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"" + typed + "\"").contains("value=\"关键原料\"").contains("is-invalid");
        // a valid code of no enterprise, its own code, an outside firm without city
        mvc.perform(post("/supply-chain/links").with(as(admin)).with(csrf()).param("direction", "SUPPLIER")
                .param("kind", "PLATFORM").param("uscc", Fixtures.uscc())).andExpect(status().is(422))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("没有该统一社会信用代码")));
        mvc.perform(post("/supply-chain/links").with(as(admin)).with(csrf()).param("direction", "SUPPLIER")
                .param("kind", "PLATFORM").param("uscc", uscc(self))).andExpect(status().is(422));
        mvc.perform(post("/supply-chain/links").with(as(admin)).with(csrf()).param("direction", "SUPPLIER")
                .param("kind", "OUTSIDE").param("name", "无城市").param("cityCode", "999999"))
                .andExpect(status().is(422));
        mvc.perform(post("/supply-chain/links").with(as(admin)).with(csrf()).param("direction", "SIDEWAYS")
                .param("kind", "ALIEN")).andExpect(status().is(422));
        assertThat(db.sql("select count(*) from supply_link where enterprise_id = :e").param("e", self)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aStaleVersionAnswers409AndARemoveIsAudited() throws Exception {
        long self = enterprise(36, "并发企业", true, 10);
        GxqUser admin = fixtures.enterpriseAdmin(self);
        addPlatform(admin, "SUPPLIER", enterprise(36, "供", true, 1));
        long id = linkId(self);
        mvc.perform(post("/supply-chain/links/" + id).with(as(admin)).with(csrf()).param("version", "0")
                .param("note", "第一次")).andExpect(status().is3xxRedirection());
        String page = mvc.perform(post("/supply-chain/links/" + id).with(as(admin)).with(csrf())
                .param("version", "0").param("note", "过时的修改")).andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("已被他人修改").contains("value=\"过时的修改\"").contains("value=\"1\"");
        mvc.perform(post("/supply-chain/links/" + id + "/delete").with(as(admin)).with(csrf()).param("version", "0"))
                .andExpect(status().isConflict());
        mvc.perform(post("/supply-chain/links/" + id + "/delete").with(as(admin)).with(csrf()).param("version", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(db.sql("select count(*) from audit_log where action = 'SUPPLYCHAIN_LINK_REMOVE' and target_id = :t")
                .param("t", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anotherEnterprisesLinkAnswers404() throws Exception {
        long owner = enterprise(37, "甲", true, 10);
        long other = enterprise(37, "乙", true, 10);
        addPlatform(fixtures.enterpriseAdmin(owner), "SUPPLIER", other);
        long id = linkId(owner);
        GxqUser intruder = fixtures.enterpriseAdmin(other);
        mvc.perform(get("/supply-chain/links/" + id).with(as(intruder))).andExpect(status().isNotFound());
        mvc.perform(post("/supply-chain/links/" + id).with(as(intruder)).with(csrf()).param("version", "0")
                .param("note", "x")).andExpect(status().isNotFound());
        mvc.perform(post("/supply-chain/links/" + id + "/delete").with(as(intruder)).with(csrf())
                .param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(get("/supply-chain/links/999999999").with(as(intruder))).andExpect(status().isNotFound());
        assertThat(db.sql("select note from supply_link where id = :id").param("id", id).query(String.class)
                .optional()).isEmpty();
    }

    @Test
    void zoneRolesSeeOnlyTheirZoneAndExportItsStatus() throws Exception {
        long supplier = enterprise(39, "外区供应商", false, 10);
        long mine = enterprise(38, "本区企业", true, 10);
        long foreign = enterprise(39, "他区企业", true, 10);
        addPlatform(fixtures.enterpriseAdmin(mine), "SUPPLIER", supplier);
        GxqUser staff = fixtures.zoneStaff(38);
        String page = mvc.perform(get("/supply-chain/zone").with(as(staff))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-enterprise=\"" + mine + "\"").doesNotContain("data-enterprise=\"" + foreign + "\"");
        byte[] xlsx = mvc.perform(get("/supply-chain/zone.xlsx").with(as(staff))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("企业");
            Row row = null;
            for (Row r : sheet) {
                if (r.getRowNum() > 0 && r.getCell(0).getStringCellValue().startsWith("本区企业")) {
                    row = r;
                }
            }
            assertThat(row).isNotNull();
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("供应链受阻");
            assertThat(row.getCell(4).getStringCellValue()).contains("外区供应商").contains("尚未复工");
            for (Row r : sheet) {
                assertThat(r.getCell(0).getStringCellValue()).doesNotStartWith("他区企业");
            }
        }
    }

    @Test
    void rolesThatMayNotUseAPageGet403AndAbsurdParametersGet400() throws Exception {
        GxqUser admin = fixtures.enterpriseAdmin(enterprise(40, "角色", true, 1));
        mvc.perform(get("/supply-chain/ranking").with(as(admin))).andExpect(status().isForbidden());
        mvc.perform(get("/supply-chain/zone").with(as(fixtures.ministry()))).andExpect(status().isForbidden());
        mvc.perform(get("/supply-chain").with(as(fixtures.zoneAdmin(40)))).andExpect(status().isForbidden());
        mvc.perform(post("/supply-chain/ranking/1/coordinate").with(as(fixtures.zoneStaff(40))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/supply-chain/ranking").with(as(fixtures.ministry())).param("page", "-1"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/supply-chain/zone").with(as(fixtures.zoneStaff(40))).param("page", "99999999999999"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/supply-chain/zone").with(as(fixtures.zoneStaff(40))).param("page", "100000000"))
                .andExpect(status().isOk());
        mvc.perform(get("/supply-chain/links/abc").with(as(admin))).andExpect(status().isBadRequest());
        mvc.perform(post("/supply-chain/links/1/delete").with(as(admin))).andExpect(status().isForbidden());
    }

    @Test
    void theRankingCountsDownstreamEnterprisesAndAZoneAdminRequestsCoordinationOnce() throws Exception {
        // S (zone 41, not resumed) -> A (zone 42) -> B (zone 42) -> A (cycle); T (zone 41, not resumed) -> B
        long s = enterprise(41, "堵点供应商", false, 100);
        long a = enterprise(42, "一级客户", true, 20);
        long b = enterprise(42, "二级客户", true, 30);
        addPlatform(fixtures.enterpriseAdmin(a), "SUPPLIER", s);
        addPlatform(fixtures.enterpriseAdmin(a), "CUSTOMER", b);
        addPlatform(fixtures.enterpriseAdmin(b), "CUSTOMER", a);
        GxqUser zone42 = fixtures.zoneAdmin(42);
        String page = mvc.perform(get("/supply-chain/ranking").with(as(zone42))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String row = page.substring(page.indexOf("data-supplier=\"" + s + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("堵点供应商").contains("阻断本园区企业").contains(">2</td>").contains(">50</td>")
                .contains("申请协调");

        // the supplier's own zone sees it flagged, without a coordination form
        String own = mvc.perform(get("/supply-chain/ranking").with(as(fixtures.zoneAdmin(41))))
                .andReturn().getResponse().getContentAsString();
        String ownRow = own.substring(own.indexOf("data-supplier=\"" + s + "\""));
        assertThat(ownRow.substring(0, ownRow.indexOf("</tr>"))).contains("本园区企业").doesNotContain("<form");
        mvc.perform(post("/supply-chain/ranking/" + s + "/coordinate").with(as(fixtures.zoneAdmin(41))).with(csrf()))
                .andExpect(status().isBadRequest());

        mvc.perform(post("/supply-chain/ranking/" + s + "/coordinate").with(as(zone42)).with(csrf())
                .param("note", "请尽快协调")).andExpect(status().is3xxRedirection());
        var published = events.stream(CoordinationRequested.class).toList();
        assertThat(published).hasSize(1);
        CoordinationRequested e = published.get(0);
        assertThat(e.fromZoneId()).isEqualTo(42);
        assertThat(e.toZoneId()).isEqualTo(41);
        assertThat(e.requestedByUserId()).isEqualTo(zone42.id());
        assertThat(e.supplierEnterpriseId()).isEqualTo(s);
        assertThat(e.supplierName()).startsWith("堵点供应商");
        assertThat(e.title()).contains("堵点供应商");
        assertThat(e.details()).contains("请尽快协调").contains("2 家企业、50 名员工");
        assertThat(db.sql("select count(*) from audit_log where action = 'SUPPLYCHAIN_COORDINATION_REQUEST'"
                + " and target_id = :t").param("t", String.valueOf(s)).query(Long.class).single()).isEqualTo(1);

        mvc.perform(post("/supply-chain/ranking/" + s + "/coordinate").with(as(zone42)).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(events.stream(CoordinationRequested.class)).hasSize(1);
        String after = mvc.perform(get("/supply-chain/ranking").with(as(zone42))).andReturn().getResponse()
                .getContentAsString();
        String afterRow = after.substring(after.indexOf("data-supplier=\"" + s + "\""));
        assertThat(afterRow.substring(0, afterRow.indexOf("</tr>"))).contains("已申请协调").doesNotContain("<form");

        // a resumed enterprise is no blocked point
        mvc.perform(post("/supply-chain/ranking/" + a + "/coordinate").with(as(fixtures.zoneAdmin(43))).with(csrf()))
                .andExpect(status().isNotFound());

        // the ministry's figures by zone: zone 42 has two enterprises in chains, one blocked, one upstream
        String national = mvc.perform(get("/supply-chain/ranking").with(as(fixtures.ministry())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(national).contains("id=\"zoneFigures\"");
        String zoneRow = national.substring(national.indexOf("data-zone=\"42\""));
        zoneRow = zoneRow.substring(0, zoneRow.indexOf("</tr>")).replaceAll("\\s+", "");
        assertThat(zoneRow).contains("<tdclass=\"text-end\">2</td><tdclass=\"text-end\">1</td>"
                + "<tdclass=\"text-end\">1</td>");
        assertThat(page).doesNotContain("id=\"zoneFigures\"");

        // the ministry's export has the row
        byte[] xlsx = mvc.perform(get("/supply-chain/ranking.xlsx").with(as(fixtures.ministry())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row found = null;
            for (Row r : wb.getSheetAt(0)) {
                if (r.getRowNum() > 0 && r.getCell(1).getStringCellValue().startsWith("堵点供应商")) {
                    found = r;
                }
            }
            assertThat(found).isNotNull();
            assertThat(found.getCell(2).getStringCellValue()).isEqualTo("南通高新技术产业开发区");
            assertThat(found.getCell(4).getStringCellValue()).isEqualTo("未复工");
            assertThat(found.getCell(6).getNumericCellValue()).isEqualTo(2);
            assertThat(found.getCell(7).getNumericCellValue()).isEqualTo(50);
        }
    }

    @Test
    void theEnglishPagesSayTheSame() throws Exception {
        long supplier = enterprise(43, "Supplier", false, 10);
        long self = enterprise(43, "Customer", true, 10);
        GxqUser admin = fixtures.enterpriseAdmin(self);
        addPlatform(admin, "SUPPLIER", supplier);
        String own = mvc.perform(get("/supply-chain").with(as(admin)).cookie(new jakarta.servlet.http.Cookie("gxq-lang", "en")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(own).contains(">Blocked</span>").contains("has not resumed work").contains("My supply chain");
        String ranking = mvc.perform(get("/supply-chain/ranking").with(as(fixtures.zoneAdmin(45)))
                .cookie(new jakarta.servlet.http.Cookie("gxq-lang", "en"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(ranking).contains("Blocked points of supply chains").contains("Request coordination");
    }

    @Test
    void anOpenLogisticsCaseBlocksUntilItCloses() throws Exception {
        long self = enterprise(44, "物流企业", true, 10);
        GxqUser admin = fixtures.enterpriseAdmin(self);
        long caseId = 900_000_000L + Fixtures.next();
        tx.executeWithoutResult(t -> publisher.publishEvent(new NeedCaseChanged(caseId, 44, self,
                NeedCategory.LOGISTICS, null, "SUBMITTED", true, Instant.now())));
        assertThat(mvc.perform(get("/supply-chain").with(as(admin))).andReturn().getResponse()
                .getContentAsString()).contains("<li>本企业有未办结的物流配送诉求</li>").contains(">供应链受阻</span>");
        tx.executeWithoutResult(t -> publisher.publishEvent(new NeedCaseChanged(caseId, 44, self,
                NeedCategory.LOGISTICS, "SUBMITTED", "CLOSED", false, Instant.now())));
        // another category is ignored
        tx.executeWithoutResult(t -> publisher.publishEvent(new NeedCaseChanged(caseId + 1, 44, self,
                NeedCategory.FINANCING, null, "SUBMITTED", true, Instant.now())));
        assertThat(mvc.perform(get("/supply-chain").with(as(admin))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("<li>本企业有未办结的物流配送诉求</li>").contains(">畅通</span>");
    }
}
