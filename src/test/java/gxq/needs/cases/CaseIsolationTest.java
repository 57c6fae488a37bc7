package gxq.needs.cases;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import gxq.account.GxqUser;
import gxq.needs.CoordinationRequested;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/**
 * Only the parties see a case and its files: the raising enterprise, the responsible zone (both zones of a coordination
 * case) and, once escalated, the ministry; everyone else gets 404 (403 for roles without cases). Zones 4–7.
 */
@IntegrationTest
@Tag("db")
class CaseIsolationTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;

    NeedsTestSupport t;
    GxqUser admin;
    GxqUser otherAdmin;
    GxqUser staff;
    GxqUser otherZoneStaff;
    GxqUser ministry;
    long id;
    long fileId;

    @BeforeEach
    void setUp() throws Exception {
        t = new NeedsTestSupport(mvc, db);
        long ent = fixtures.enterprise(4);
        admin = fixtures.enterpriseAdmin(ent);
        otherAdmin = fixtures.enterpriseAdmin(fixtures.enterprise(4));
        staff = fixtures.zoneStaff(4);
        otherZoneStaff = fixtures.zoneStaff(5);
        ministry = fixtures.ministry();
        String location = mvc.perform(t.raiseRequest(admin, "STAFF_RETURN", "URGENT", "隔离期满员工无法返岗" + Fixtures.next(),
                "细节", new MockMultipartFile("files", "名单.pdf", "application/pdf", NeedsTestSupport.PDF)))
                .andReturn().getResponse().getRedirectedUrl();
        id = Long.parseLong(location.substring("/needs/".length()));
        fileId = t.count("select id from need_case_file where case_id = :p", id);
    }

    @Test
    void anotherEnterpriseOfTheSameZoneSeesNeitherCaseNorFile() throws Exception {
        mvc.perform(get("/needs/" + id).with(as(otherAdmin))).andExpect(status().isNotFound());
        mvc.perform(get("/needs/files/" + fileId).with(as(otherAdmin))).andExpect(status().isNotFound());
        t.now(otherAdmin, id, "withdraw").andExpect(status().isNotFound());
        t.act(otherAdmin, id, "reply", "body", "x").andExpect(status().isNotFound());
        mvc.perform(get("/needs").with(as(otherAdmin))).andExpect(content().string(not(containsString("隔离期满员工无法返岗"))));
        assertThat(t.state(id)).isEqualTo("NEW");
    }

    @Test
    void anotherZonesStaffSeesNeitherCaseNorFileNorQueueEntry() throws Exception {
        mvc.perform(get("/needs/" + id).with(as(otherZoneStaff))).andExpect(status().isNotFound());
        mvc.perform(get("/needs/files/" + fileId).with(as(otherZoneStaff))).andExpect(status().isNotFound());
        t.now(otherZoneStaff, id, "accept", "department", "x").andExpect(status().isNotFound());
        t.now(otherZoneStaff, id, "solve", "solution", "x").andExpect(status().isNotFound());
        mvc.perform(get("/needs/queue").with(as(otherZoneStaff)))
                .andExpect(content().string(not(containsString("隔离期满员工无法返岗"))));
        assertThat(t.state(id)).isEqualTo("NEW");
    }

    @Test
    void theMinistrySeesACaseOnlyOnceEscalated() throws Exception {
        mvc.perform(get("/needs/" + id).with(as(ministry))).andExpect(status().isNotFound());
        mvc.perform(get("/needs/files/" + fileId).with(as(ministry))).andExpect(status().isNotFound());
        mvc.perform(get("/needs/escalated").with(as(ministry))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("隔离期满员工无法返岗"))));
        t.now(staff, id, "escalate", "reason", "需跨省协调").andExpect(status().is3xxRedirection());
        mvc.perform(get("/needs/" + id).with(as(ministry))).andExpect(status().isOk());
        mvc.perform(get("/needs/files/" + fileId).with(as(ministry))).andExpect(status().isOk());
        mvc.perform(get("/needs/escalated").with(as(ministry)))
                .andExpect(content().string(containsString("隔离期满员工无法返岗")));
        mvc.perform(get("/needs/escalated").param("zone", "4").with(as(ministry)))
                .andExpect(content().string(containsString("隔离期满员工无法返岗")));
        mvc.perform(get("/needs/escalated").param("zone", "5").with(as(ministry)))
                .andExpect(content().string(not(containsString("隔离期满员工无法返岗"))));
        // returned to the zone: no longer in the default list, still under "all" and still visible
        t.now(ministry, id, "return", "reason", "请先与人社部门对接").andExpect(status().is3xxRedirection());
        mvc.perform(get("/needs/escalated").with(as(ministry)))
                .andExpect(content().string(not(containsString("隔离期满员工无法返岗"))));
        mvc.perform(get("/needs/escalated").param("state", "").with(as(ministry)))
                .andExpect(content().string(containsString("隔离期满员工无法返岗")));
        mvc.perform(get("/needs/" + id).with(as(ministry))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"returnForm\""))));
    }

    @Test
    void partiesGetTheFileWithItsTypeAndNosniff() throws Exception {
        for (GxqUser u : new GxqUser[] {admin, staff}) {
            mvc.perform(get("/needs/files/" + fileId).with(as(u))).andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "application/pdf"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Content-Disposition", containsString("attachment")));
        }
    }

    @Test
    void rolesWithoutCasesAre403() throws Exception {
        GxqUser guard = fixtures.account(gxq.account.Role.GATE_GUARD, 4L, null, null);
        mvc.perform(get("/needs/" + id).with(as(guard))).andExpect(status().isForbidden());
        mvc.perform(get("/needs/queue").with(as(admin))).andExpect(status().isForbidden());
        mvc.perform(get("/needs/escalated").with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(get("/needs/stats").with(as(admin))).andExpect(status().isForbidden());
        mvc.perform(get("/needs/new").with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(multipart("/needs/" + id + "/solve").param("solution", "x").with(as(admin)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCoordinationCaseIsSeenByBothZonesAndNoOtherAndTheRequesterConfirms() throws Exception {
        GxqUser requester = fixtures.zoneStaff(6);
        GxqUser owner = fixtures.zoneStaff(7);
        String title = "芯片封装厂停产影响下游" + Fixtures.next();
        tx.executeWithoutResult(s -> events.publishEvent(new CoordinationRequested(6, 7, requester.id(), null,
                "某封装厂", title, "请协助复产", Instant.now())));
        long c = t.count("select id from need_case where title = :p", title);
        assertThat(db.sql("select zone_id, from_zone_id, category, enterprise_id from need_case where id = :id")
                .param("id", c).query((rs, n) -> rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getString(3) + "/"
                        + rs.getObject(4)).single()).isEqualTo("7/6/SUPPLY_CHAIN/null");
        mvc.perform(get("/needs/queue").with(as(owner))).andExpect(content().string(containsString(title)));
        mvc.perform(get("/needs/queue").with(as(requester))).andExpect(content().string(containsString(title)));
        mvc.perform(get("/needs/" + c).with(as(fixtures.zoneStaff(5)))).andExpect(status().isNotFound());
        mvc.perform(get("/needs/" + c).with(as(admin))).andExpect(status().isNotFound());
        // the requesting zone follows and replies but does not work the case
        t.act(requester, c, "reply", "body", "供应商联系人：王经理").andExpect(status().is3xxRedirection());
        t.now(requester, c, "accept", "department", "x").andExpect(status().isForbidden());
        t.now(requester, c, "solve", "solution", "x").andExpect(status().isForbidden());
        t.now(owner, c, "accept", "department", "经发局").andExpect(status().is3xxRedirection());
        t.now(owner, c, "solve", "solution", "已协调复产").andExpect(status().is3xxRedirection());
        t.now(owner, c, "confirm", "rating", "5").andExpect(status().isForbidden());
        t.now(requester, c, "confirm", "rating", "5").andExpect(status().is3xxRedirection());
        assertThat(t.state(c)).isEqualTo("CONFIRMED");
        assertThat(t.count("select count(*) from audit_log where action = 'NEEDS_CASE_COORDINATION' and target_id = :p",
                String.valueOf(c))).isEqualTo(1);
    }
}
