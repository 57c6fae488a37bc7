package gxq.exchange.notice;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/**
 * Only the ministry and the zone roles of the target zones see a sent notice and its files: zone roles of other zones
 * get 404; enterprise admins, employees, gate guards and service providers (also of a target zone) 403; zone roles
 * cannot write notices or see receipts. Nothing they try changes a notice or writes a receipt. Zones 98 and 99.
 */
@IntegrationTest
@Tag("db")
class NoticeIsolationTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;

    NoticeTestSupport t;
    GxqUser ministry;
    GxqUser targetAdmin;
    long id;
    long fileId;
    long draft;
    String title;

    @BeforeEach
    void setUp() throws Exception {
        t = new NoticeTestSupport(mvc, db);
        ministry = fixtures.ministry();
        targetAdmin = fixtures.zoneAdmin(98);
        title = "关于园区防疫物资调配的通知" + Fixtures.next();
        String location = mvc.perform(t.createRequest(ministry, title, "请各园区统筹调配。",
                new MockMultipartFile("files", "调配表.pdf", "application/pdf", NoticeTestSupport.PDF), "zones", "98",
                "importance", "IMPORTANT")).andReturn().getResponse().getRedirectedUrl();
        id = Long.parseLong(location.substring("/notices/".length()));
        fileId = t.fileOf(id);
        t.send(ministry, id).andExpect(status().is3xxRedirection());
        draft = t.draft(ministry, "草稿" + Fixtures.next(), "zones", "98");
    }

    @Test
    void zoneRolesOfAnotherZoneGet404ForNoticeFileAndActions() throws Exception {
        for (GxqUser other : new GxqUser[] {fixtures.zoneAdmin(99), fixtures.zoneStaff(99)}) {
            mvc.perform(get("/notices/" + id).with(as(other))).andExpect(status().isNotFound());
            mvc.perform(get("/notices/files/" + fileId).with(as(other))).andExpect(status().isNotFound());
            t.act(other, id, "ack").andExpect(status().isNotFound());
            mvc.perform(get("/notices").with(as(other))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(title))));
            mvc.perform(get("/notices/999999999").with(as(other))).andExpect(status().isNotFound());
        }
        assertThat(t.receipts(id)).isZero();
    }

    @Test
    void zoneRolesOfTheTargetZoneStillGet404ForDraftsAndCannotWriteOrSeeReceipts() throws Exception {
        for (GxqUser zone : new GxqUser[] {targetAdmin, fixtures.zoneStaff(98)}) {
            mvc.perform(get("/notices/" + draft).with(as(zone))).andExpect(status().isNotFound());
            mvc.perform(get("/notices/new").with(as(zone))).andExpect(status().isForbidden());
            mvc.perform(t.createRequest(zone, "园区自发通知", "正文", "zones", "98")).andExpect(status().isForbidden());
            mvc.perform(get("/notices/" + draft + "/edit").with(as(zone))).andExpect(status().isForbidden());
            mvc.perform(multipart("/notices/" + draft).param("title", "改").param("body", "改").param("importance", "NORMAL")
                    .param("audience", "ZONES").param("zones", "98").param("version", String.valueOf(t.version(draft)))
                    .with(as(zone)).with(csrf())).andExpect(status().isForbidden());
            t.act(zone, draft, "send", "version", String.valueOf(t.version(draft))).andExpect(status().isForbidden());
            t.act(zone, id, "withdraw", "version", String.valueOf(t.version(id)), "reason", "x")
                    .andExpect(status().isForbidden());
            mvc.perform(get("/notices/" + id + "/receipts").with(as(zone))).andExpect(status().isForbidden());
            mvc.perform(get("/notices/" + id + "/receipts.xlsx").with(as(zone))).andExpect(status().isForbidden());
        }
        assertThat(t.state(draft)).isEqualTo("DRAFT");
        assertThat(t.state(id)).isEqualTo("SENT");
        mvc.perform(get("/notices/" + id).with(as(targetAdmin))).andExpect(status().isOk());
        mvc.perform(get("/notices/files/" + fileId).with(as(targetAdmin))).andExpect(status().isOk());
    }

    @Test
    void rolesBelowTheZoneGet403EvenInTheTargetZone() throws Exception {
        long ent = fixtures.enterprise(98);
        long employee = fixtures.employee(ent, "李四");
        GxqUser[] users = {fixtures.enterpriseAdmin(ent), fixtures.employeeAccount(employee),
                fixtures.account(Role.GATE_GUARD, 98L, ent, null), fixtures.account(Role.SERVICE_PROVIDER, 98L, null, null)};
        for (GxqUser u : users) {
            mvc.perform(get("/notices").with(as(u))).andExpect(status().isForbidden());
            mvc.perform(get("/notices/" + id).with(as(u))).andExpect(status().isForbidden());
            mvc.perform(get("/notices/files/" + fileId).with(as(u))).andExpect(status().isForbidden());
            t.act(u, id, "ack").andExpect(status().isForbidden());
            mvc.perform(t.createRequest(u, "冒充通知", "正文", "zones", "98")).andExpect(status().isForbidden());
            t.act(u, draft, "send", "version", String.valueOf(t.version(draft))).andExpect(status().isForbidden());
            mvc.perform(get("/notices/" + id + "/receipts").with(as(u))).andExpect(status().isForbidden());
        }
        assertThat(t.receipts(id)).isZero();
        assertThat(t.state(draft)).isEqualTo("DRAFT");
        assertThat(db.sql("select count(*) from notice where title = '冒充通知'").query(Long.class).single()).isZero();
    }

    @Test
    void withoutSignInEverythingRedirectsToTheSignInPage() throws Exception {
        mvc.perform(get("/notices/" + id)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/notices/files/" + fileId)).andExpect(status().is3xxRedirection());
    }
}
