package gxq.report;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
import gxq.testing.IntegrationTest;

/** In English the report pages carry no Chinese punctuation of their own (figures, history lines). Zone 72. */
@IntegrationTest
@Tag("db")
class ReportEnglishTest {

    static final long ZONE = 72;

    @Autowired MockMvc mvc;
    @Autowired gxq.testing.Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired @Qualifier("healthClock") Clock clock;

    @Test
    void englishPagesHaveNoChinesePunctuation() throws Exception {
        var t = new ReportTestSupport(mvc, db);
        GxqUser ministry = fixtures.ministry();
        GxqUser admin = fixtures.zoneAdmin(ZONE);
        long form = t.form(ministry, "Weekly", "");
        long period = t.period(ministry, form, ReportTestSupport.monday(LocalDate.now(clock)).plusWeeks(130));
        t.write(admin, period, "submit", "", "problems", "needs", "practices");
        t.post(ministry, "/reports/" + t.id(period, ZONE) + "/return", "version", t.version(period, ZONE), "comment",
                "more detail please");
        t.write(admin, period, "submit", t.version(period, ZONE), "problems", "needs", "practices");
        String board = mvc.perform(get("/reports/periods/" + period).param("lang", "en").with(as(ministry)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(board).contains("id=\"totalFigures\"").doesNotContain("（", "）", "：");
        for (var page : new Object[][] {{admin, "/reports/periods/" + period + "/mine"},
                {ministry, "/reports/periods/" + period + "/zones/" + ZONE}}) {
            String html = mvc.perform(get((String) page[1]).param("lang", "en").with(as((GxqUser) page[0])))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).as(page[1].toString()).contains("more detail please", "data-fig=\"casesRated\"")
                    .doesNotContain("（", "）", "：");
        }
    }
}
