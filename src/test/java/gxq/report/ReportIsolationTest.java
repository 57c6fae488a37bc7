package gxq.report;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
import gxq.testing.IntegrationTest;

/**
 * Who may read and write what: another zone's admin and staff never reach zone 73's report; enterprise admins and
 * employees have no report pages at all; zone roles cannot act as the ministry; the ministry never reads a draft.
 * Zones 73 and 74.
 */
@IntegrationTest
@Tag("db")
class ReportIsolationTest {

    static final long ZONE = 73;
    static final long OTHER = 74;

    @Autowired MockMvc mvc;
    @Autowired gxq.testing.Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired @Qualifier("healthClock") Clock clock;


    @Test
    void nobodyOutsideTheZoneReachesItsReportAndTheMinistryNeverSeesADraft() throws Exception {
        var t = new ReportTestSupport(mvc, db);
        GxqUser ministry = fixtures.ministry();
        GxqUser admin = fixtures.zoneAdmin(ZONE);
        GxqUser otherAdmin = fixtures.zoneAdmin(OTHER);
        GxqUser otherStaff = fixtures.zoneStaff(OTHER);
        long ent = fixtures.enterprise(ZONE);
        GxqUser entAdmin = fixtures.enterpriseAdmin(ent);
        GxqUser employee = fixtures.employeeAccount(fixtures.employee(ent, "员工甲"));
        LocalDate monday = ReportTestSupport.monday(LocalDate.now(clock)).plusWeeks(7);
        long form = t.form(ministry, "隔离周报", "");
        long period = t.period(ministry, form, monday);
        t.write(admin, period, "submit", "", "七十三号园区的问题", "需求", "做法").andExpect(status().is3xxRedirection());
        long report = t.id(period, ZONE);
        String version = t.version(period, ZONE);

        // another zone's admin and staff: their own (empty) report, never zone 73's; no ministry actions
        for (GxqUser u : List.of(otherAdmin, otherStaff)) {
            mvc.perform(get("/reports/periods/" + period + "/mine").with(as(u))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("七十三号园区的问题"))));
            mvc.perform(get("/reports").with(as(u))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("七十三号园区的问题"))));
            mvc.perform(get("/reports/periods/" + period + "/zones/" + ZONE).with(as(u))).andExpect(status().isForbidden());
            mvc.perform(get("/reports/periods/" + period + "/export.xlsx").with(as(u))).andExpect(status().isForbidden());
            mvc.perform(get("/national").with(as(u))).andExpect(status().isForbidden());
            mvc.perform(get("/reports/forms/new").with(as(u))).andExpect(status().isForbidden());
            mvc.perform(get("/reports/forms/" + form).with(as(u))).andExpect(status().isForbidden());
            t.post(u, "/reports/" + report + "/accept", "version", version).andExpect(status().isForbidden());
            t.post(u, "/reports/" + report + "/return", "version", version, "comment", "x").andExpect(status().isForbidden());
            t.post(u, "/reports/forms", "name", "x", "kind", "WEEKLY", "deadlineDays", "1").andExpect(status().isForbidden());
            t.post(u, "/reports/forms/" + form + "/open", "start", monday.plusWeeks(1).toString()).andExpect(status().isForbidden());
            t.post(u, "/reports/periods/" + period + "/close", "version", "0").andExpect(status().isForbidden());
        }
        // a zone role writing "its" report only ever writes its own zone's row
        t.write(otherAdmin, period, "save", "", "七十四号园区草稿秘密", "", "").andExpect(status().is3xxRedirection());
        assertThat(t.row(period, ZONE).get("problems")).isEqualTo("七十三号园区的问题");
        assertThat(t.row(period, OTHER).get("problems")).isEqualTo("七十四号园区草稿秘密");

        // enterprise admins and employees: no report pages at all
        for (GxqUser u : List.of(entAdmin, employee)) {
            mvc.perform(get("/reports").with(as(u))).andExpect(status().isForbidden());
            mvc.perform(get("/reports/periods/" + period).with(as(u))).andExpect(status().isForbidden());
            mvc.perform(get("/reports/periods/" + period + "/mine").with(as(u))).andExpect(status().isForbidden());
            mvc.perform(get("/reports/periods/" + period + "/zones/" + ZONE).with(as(u))).andExpect(status().isForbidden());
            mvc.perform(get("/national").with(as(u))).andExpect(status().isForbidden());
            t.write(u, period, "save", "", "x", "", "").andExpect(status().isForbidden());
            t.post(u, "/reports/" + report + "/accept", "version", version).andExpect(status().isForbidden());
        }

        // the ministry: drafts read as "not submitted", without their text, and cannot be reviewed
        long draft = t.id(period, OTHER);
        mvc.perform(get("/reports/periods/" + period + "/zones/" + OTHER).with(as(ministry))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"notSubmitted\"")))
                .andExpect(content().string(not(containsString("七十四号园区草稿秘密"))));
        mvc.perform(get("/reports/periods/" + period).with(as(ministry))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-zone=\"" + OTHER + "\" data-standing=\"NOT_SUBMITTED\"")))
                .andExpect(content().string(not(containsString("七十四号园区草稿秘密"))));
        t.post(ministry, "/reports/" + draft + "/accept", "version", t.version(period, OTHER)).andExpect(status().isNotFound());
        t.post(ministry, "/reports/" + draft + "/return", "version", t.version(period, OTHER), "comment", "x")
                .andExpect(status().isNotFound());
        assertThat(t.row(period, OTHER).get("state")).isEqualTo("DRAFT");
        // the ministry does not write zone reports; unknown ids are 404
        t.write(ministry, period, "save", "", "x", "", "").andExpect(status().isForbidden());
        mvc.perform(get("/reports/periods/99999999").with(as(ministry))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/periods/99999999/mine").with(as(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/periods/" + period + "/zones/99999").with(as(ministry))).andExpect(status().isNotFound());
        t.post(ministry, "/reports/99999999/accept", "version", "0").andExpect(status().isNotFound());
    }
}
