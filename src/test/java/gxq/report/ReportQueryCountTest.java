package gxq.report;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
import gxq.testing.IntegrationTest;

/**
 * The number of SQL statements of the report pages does not grow with their data: the ministry's list with more forms,
 * the zone's list with more reports, the national view (176 zones) with more open periods and reports. Zone 71.
 */
@IntegrationTest
@Import(QueryCounter.class)
@Tag("db")
class ReportQueryCountTest {

    static final long ZONE = 71;

    @Autowired MockMvc mvc;
    @Autowired gxq.testing.Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired @Qualifier("healthClock") Clock clock;

    @Test
    void theReportListsAndTheNationalViewSendAFixedNumberOfQueries() throws Exception {
        var t = new ReportTestSupport(mvc, db);
        GxqUser ministry = fixtures.ministry();
        GxqUser admin = fixtures.zoneAdmin(ZONE);
        LocalDate monday = ReportTestSupport.monday(LocalDate.now(clock)).plusWeeks(100);
        long form = t.form(ministry, "查询次数周报", "");
        t.write(admin, t.period(ministry, form, monday), "save", "", "草稿", "", "");
        int zoneList = QueryCounter.count(() -> mvc.perform(get("/reports").with(as(admin)))
                .andExpect(status().isOk()));
        int national = QueryCounter.count(() -> mvc.perform(get("/national").with(as(ministry)))
                .andExpect(status().isOk()));
        int ministryList = QueryCounter.count(() -> mvc.perform(get("/reports").with(as(ministry)))
                .andExpect(status().isOk()));
        for (int i = 1; i <= 3; i++) {
            t.form(ministry, "查询次数月报", "问题一\n问题二");
        }
        assertThat(QueryCounter.count(() -> mvc.perform(get("/reports").with(as(ministry))).andExpect(status().isOk())))
                .isEqualTo(ministryList);
        for (int i = 1; i <= 5; i++) {
            t.write(admin, t.period(ministry, form, monday.plusWeeks(i)), "save", "", "草稿" + i, "", "");
        }
        assertThat(QueryCounter.count(() -> mvc.perform(get("/reports").with(as(admin))).andExpect(status().isOk())))
                .isEqualTo(zoneList);
        int nationalAfter = QueryCounter.count(() -> mvc.perform(get("/national").with(as(ministry)))
                .andExpect(status().isOk()));
        assertThat(nationalAfter).isEqualTo(national);
        // resumption 4, health 3, cases 1, zones 1, the running period and its reports 2-3, plus the layout's own
        assertThat(national).isLessThan(30);
        System.out.println("queries: /reports (zone) " + zoneList + ", /national " + national);
    }
}
