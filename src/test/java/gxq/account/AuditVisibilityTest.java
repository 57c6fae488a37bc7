package gxq.account;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

import static gxq.testing.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Each admin sees the audit lines of their own tenant, on the page and in the API. */
@IntegrationTest
@Tag("db")
class AuditVisibilityTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired AuditLog audit;
    @Autowired TransactionTemplate tx;

    private void write(GxqUser actor, AuditEntry entry) {
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(actor, null, actor.getAuthorities()));
        try {
            tx.executeWithoutResult(s -> audit.record(entry));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void auditLinesAreScopedToTheTenantWhoseDataWasTouched() throws Exception {
        long entA = fixtures.enterprise(20);
        long entB = fixtures.enterprise(20);
        GxqUser zoneA = fixtures.zoneAdmin(20);
        GxqUser zoneB = fixtures.zoneAdmin(21);
        GxqUser adminEntA = fixtures.enterpriseAdmin(entA);
        GxqUser ministry = fixtures.ministry();
        String markA = "mark-A-" + Fixtures.next();
        String markB = "mark-B-" + Fixtures.next();
        String markZoneB = "mark-ZB-" + Fixtures.next();
        write(adminEntA, AuditEntry.of("TEST_WRITE", "thing", 1).detail(markA));
        write(zoneA, AuditEntry.of("TEST_WRITE", "thing", 2).tenant(20L, entB).detail(markB));
        write(zoneB, AuditEntry.of("TEST_WRITE", "thing", 3).detail(markZoneB));

        mvc.perform(get("/audit").with(as(zoneA))).andExpect(status().isOk())
                .andExpect(content().string(containsString(markA))).andExpect(content().string(containsString(markB)))
                .andExpect(content().string(not(containsString(markZoneB))));
        mvc.perform(get("/audit").with(as(adminEntA))).andExpect(status().isOk())
                .andExpect(content().string(containsString(markA))).andExpect(content().string(not(containsString(markB))))
                .andExpect(content().string(not(containsString(markZoneB))));
        mvc.perform(get("/api/audit").with(as(adminEntA))).andExpect(status().isOk())
                .andExpect(content().string(containsString(markA))).andExpect(content().string(not(containsString(markB))));
        mvc.perform(get("/api/audit").with(as(zoneB))).andExpect(status().isOk())
                .andExpect(content().string(containsString(markZoneB))).andExpect(content().string(not(containsString(markA))));
        mvc.perform(get("/audit").with(as(ministry)).param("action", "TEST_WRITE")).andExpect(status().isOk())
                .andExpect(content().string(containsString(markA))).andExpect(content().string(containsString(markZoneB)));
    }
}
