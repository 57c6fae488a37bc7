package gxq.health.gate;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** Checkpoints are managed within the tenant: zone admin the zone's, enterprise admin its own; others get 404/403. */
@IntegrationTest
@Tag("db")
@Import(GateFixtures.class)
class CheckpointAdministrationTest {

    static final long ZONE = 165;
    static final long OTHER_ZONE = 166;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired GateFixtures gate;

    long created(GxqUser user, String name, Long enterprise) throws Exception {
        var req = post("/health/checkpoints").with(as(user)).with(csrf()).param("name", name);
        if (enterprise != null) {
            req = req.param("enterprise", String.valueOf(enterprise));
        }
        String location = mvc.perform(req).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void enterpriseAdminManagesOnlyItsOwnCheckpoints() throws Exception {
        long ent = fixtures.enterprise(ZONE);
        long otherEnt = fixtures.enterprise(ZONE);
        GxqUser admin = fixtures.enterpriseAdmin(ent);
        long own = created(admin, "一号门", otherEnt);   // the enterprise is always the admin's own
        assertThat(gate.count("select enterprise_id from checkpoint where id = ?", own)).isEqualTo(ent);
        long foreign = gate.checkpoint(ZONE, otherEnt, "他家门");
        long zoneGate = gate.checkpoint(ZONE, null, "园区门");
        mvc.perform(get("/health/checkpoints/" + own).with(as(admin))).andExpect(status().isOk());
        mvc.perform(get("/health/checkpoints/" + foreign).with(as(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/health/checkpoints/" + zoneGate).with(as(admin))).andExpect(status().isNotFound());
        mvc.perform(post("/health/checkpoints/" + foreign + "/devices").with(as(admin)).with(csrf()).param("deviceName", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/health/checkpoints/" + foreign + "/active").with(as(admin)).with(csrf()).param("active", "false"))
                .andExpect(status().isNotFound());
        String list = mvc.perform(get("/health/checkpoints").with(as(admin))).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("一号门").doesNotContain("他家门").doesNotContain("园区门");
        assertThat(gate.count("select count(*) from audit_log where action = 'CHECKPOINT_CREATE' and target_id = ?",
                String.valueOf(own))).isEqualTo(1);
    }

    @Test
    void zoneAdminManagesZoneAndEnterpriseGatesOfTheZoneOnly() throws Exception {
        GxqUser admin = fixtures.zoneAdmin(ZONE);
        long ent = fixtures.enterprise(ZONE);
        long zoneGate = created(admin, "北门", null);
        long entGate = created(admin, "企业北门", ent);
        assertThat(gate.count("select count(*) from checkpoint where id = ? and enterprise_id is null", zoneGate)).isEqualTo(1);
        assertThat(gate.count("select enterprise_id from checkpoint where id = ?", entGate)).isEqualTo(ent);
        mvc.perform(post("/health/checkpoints/" + zoneGate + "/active").with(as(admin)).with(csrf()).param("active", "false"))
                .andExpect(status().is3xxRedirection());
        assertThat(gate.count("select count(*) from checkpoint where id = ? and active = false", zoneGate)).isEqualTo(1);
        assertThat(gate.count("select count(*) from audit_log where action = 'CHECKPOINT_DEACTIVATE' and target_id = ?",
                String.valueOf(zoneGate))).isEqualTo(1);
        GxqUser stranger = fixtures.zoneAdmin(OTHER_ZONE);
        mvc.perform(get("/health/checkpoints/" + zoneGate).with(as(stranger))).andExpect(status().isNotFound());
        long otherZonesEnterprise = fixtures.enterprise(OTHER_ZONE);
        mvc.perform(post("/health/checkpoints").with(as(admin)).with(csrf()).param("name", "越界")
                .param("enterprise", String.valueOf(otherZonesEnterprise))).andExpect(status().is(422));
    }

    @Test
    void badInputIsAMessageNotAnError() throws Exception {
        GxqUser admin = fixtures.zoneAdmin(ZONE);
        String html = mvc.perform(post("/health/checkpoints").with(as(admin)).with(csrf()).param("name", " "))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("名称必填");
        mvc.perform(get("/health/checkpoints/abc").with(as(admin))).andExpect(status().isBadRequest());
    }

    @Test
    void otherRolesGet403() throws Exception {
        mvc.perform(get("/health/checkpoints").with(as(fixtures.zoneStaff(ZONE)))).andExpect(status().isForbidden());
        mvc.perform(get("/health/checkpoints").with(as(fixtures.account(Role.GATE_GUARD, ZONE, null, null))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/health/checkpoints").with(as(fixtures.ministry()))).andExpect(status().isForbidden());
    }
}
