package gxq.exchange.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/**
 * Enterprise roles, gate guards and service providers get 403 on every help page and action; another zone cannot
 * decide on, mark met or close someone else's request (403); unknown ids answer 404. Zones 75 (requester), 76.
 */
@IntegrationTest
@Tag("db")
class HelpIsolationTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;

    @Test
    void rolesOutsideZonesAndTheMinistryGet403() throws Exception {
        var t = new HelpTestSupport(mvc, db);
        long id = t.request(fixtures.zoneStaff(75), "OTHER", "防疫消杀服务" + Fixtures.next(), "5");
        long offer = t.offer(fixtures.zoneStaff(76), id, "1", "13500003333");
        long ent = fixtures.enterprise(75);
        List<GxqUser> outsiders = List.of(fixtures.enterpriseAdmin(ent), fixtures.employeeAccount(fixtures.employee(ent, "李四")),
                fixtures.account(Role.GATE_GUARD, 75L, ent, null), fixtures.account(Role.SERVICE_PROVIDER, 75L, null, null));
        for (GxqUser u : outsiders) {
            for (String page : List.of("/exchange/help", "/exchange/help/new", "/exchange/help/" + id)) {
                t.get(u, page).andExpect(status().isForbidden());
            }
            t.post(u, "/exchange/help", "category", "OTHER").andExpect(status().isForbidden());
            t.post(u, "/exchange/help/" + id + "/offers", "quantity", "1").andExpect(status().isForbidden());
            t.post(u, "/exchange/help/" + id + "/offers/" + offer + "/accept", "version", "0")
                    .andExpect(status().isForbidden());
            t.post(u, "/exchange/help/" + id + "/close", "version", "0").andExpect(status().isForbidden());
        }
        assertThat(t.state(id)).isEqualTo("OPEN");
        assertThat(t.offerState(offer)).isEqualTo("PENDING");
    }

    @Test
    void anotherZoneCannotDecideOrFinishSomeoneElsesRequest() throws Exception {
        var t = new HelpTestSupport(mvc, db);
        long id = t.request(fixtures.zoneStaff(75), "SUPPLIES", "消毒液" + Fixtures.next(), "500");
        GxqUser helper = fixtures.zoneAdmin(76);
        long offer = t.offer(helper, id, "100", "13500004444");
        String v = String.valueOf(t.version(id));
        t.post(helper, "/exchange/help/" + id + "/offers/" + offer + "/accept", "version", v).andExpect(status().isForbidden());
        t.post(helper, "/exchange/help/" + id + "/offers/" + offer + "/decline", "version", v).andExpect(status().isForbidden());
        t.post(helper, "/exchange/help/" + id + "/met", "version", v).andExpect(status().isForbidden());
        t.post(helper, "/exchange/help/" + id + "/close", "version", v).andExpect(status().isForbidden());
        assertThat(t.state(id)).isEqualTo("OPEN");
        assertThat(t.offerState(offer)).isEqualTo("PENDING");
        // unknown ids, and an offer of another request
        long other = t.request(fixtures.zoneStaff(75), "SUPPLIES", "手套" + Fixtures.next(), "100");
        t.get(helper, "/exchange/help/999999999").andExpect(status().isNotFound());
        t.post(fixtures.zoneStaff(75), "/exchange/help/" + other + "/offers/" + offer + "/accept", "version",
                String.valueOf(t.version(other))).andExpect(status().isNotFound());
        t.post(helper, "/exchange/help/999999999/offers", "quantity", "1", "message", "m", "contactName", "王",
                "contactPhone", "13500000000").andExpect(status().isNotFound());
    }
}
