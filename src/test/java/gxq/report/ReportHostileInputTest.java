package gxq.report;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/** Absurd input never answers 500: garbled ids, absurd dates, NUL characters. Zone 72. */
@IntegrationTest
@Tag("db")
class ReportHostileInputTest {

    static final long ZONE = 72;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired @Qualifier("healthClock") Clock clock;

    ReportTestSupport t;
    GxqUser ministry;
    GxqUser admin;
    LocalDate today;

    @BeforeEach
    void setUp() {
        t = new ReportTestSupport(mvc, db);
        ministry = fixtures.ministry();
        admin = fixtures.zoneAdmin(ZONE);
        today = LocalDate.now(clock);
    }

    @Test
    void garbledIdsAre4xx() throws Exception {
        mvc.perform(get("/reports/periods/abc").with(as(ministry))).andExpect(status().isBadRequest());
        mvc.perform(get("/reports/periods/99999999999999999999999").with(as(ministry))).andExpect(status().isBadRequest());
        mvc.perform(get("/reports/periods/1/zones/x").with(as(ministry))).andExpect(status().isBadRequest());
        mvc.perform(get("/reports/forms/-1").with(as(ministry))).andExpect(status().isNotFound());
        mvc.perform(get("/national").with(as(ministry)).param("sort", "x'--").param("q", "长".repeat(5000))
                .param("province", "<script>").param("attention", "1")).andExpect(status().isOk());
        t.post(ministry, "/reports/99999999/return", "version", "0", "comment", "x").andExpect(status().isNotFound());
        t.post(ministry, "/reports/periods/99999999/close", "version", "0").andExpect(status().isNotFound());
        t.post(admin, "/reports/periods/99999999/mine", "action", "save").andExpect(status().isNotFound());
    }

    @Test
    void absurdDeadlineIs422() throws Exception {
        long form = t.form(ministry, "荒谬截止", "");
        LocalDate monday = ReportTestSupport.monday(today).plusWeeks(60);
        for (String d : new String[] {"+300000-01-01T00:00", "9999-12-31T23:59"}) {
            t.post(ministry, "/reports/forms/" + form + "/open", "start", monday.toString(), "end",
                    monday.plusDays(6).toString(), "deadline", d).andExpect(status().isUnprocessableEntity());
        }
        t.post(ministry, "/reports/forms/" + form + "/open", "start", "+100000-01-01", "end", "+100000-01-07",
                "deadline", monday.plusDays(8).atStartOfDay().toString()).andExpect(status().isUnprocessableEntity());
        assertThat(db.sql("select count(*) from report_period where form_id = :f").param("f", form).query(Long.class)
                .single()).isZero();
    }

    @Test
    void nulCharactersAreNotStored() throws Exception {
        String to = t.post(ministry, "/reports/forms", "name", "空\u0000字符" + Fixtures.next(), "kind", "WEEKLY",
                "deadlineDays", "1", "description", "a\u0000b", "questions", "问\u0000题").andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(to).startsWith("/reports/forms/");
        long form = Long.parseLong(to.substring("/reports/forms/".length()));
        long period = t.period(ministry, form, ReportTestSupport.monday(today).plusWeeks(61));
        t.write(admin, period, "submit", "", "问\u0000题", "需求", "做法").andExpect(status().is3xxRedirection());
        long id = t.id(period, ZONE);
        t.post(ministry, "/reports/" + id + "/return", "version", t.version(period, ZONE), "comment", "退\u0000回")
                .andExpect(status().is3xxRedirection());
        assertThat(String.valueOf(t.row(period, ZONE).get("problems"))).isEqualTo("问题");
        assertThat(String.valueOf(t.row(period, ZONE).get("return_comment"))).isEqualTo("退回");
    }
}
