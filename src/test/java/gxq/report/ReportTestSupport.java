package gxq.report;

import static gxq.testing.Fixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;


import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import gxq.account.GxqUser;
import gxq.resumption.internal.DailyReportSaved;
import gxq.resumption.internal.FilingState;
import gxq.resumption.internal.FilingStatusChanged;
import gxq.testing.Fixtures;

/** Requests and rows shared by the report tests. */
final class ReportTestSupport {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final MockMvc mvc;
    private final JdbcClient db;

    ReportTestSupport(MockMvc mvc, JdbcClient db) {
        this.mvc = mvc;
        this.db = db;
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    ResultActions post(GxqUser user, String path, String... params) throws Exception {
        MockHttpServletRequestBuilder b = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(as(user)).with(csrf());
        for (int i = 0; i + 1 < params.length; i += 2) {
            b.param(params[i], params[i + 1]);
        }
        return mvc.perform(b);
    }

    /** A weekly form (deadline one day after the period) with the given extra questions; its id. */
    long form(GxqUser ministry, String name, String questions) throws Exception {
        String to = post(ministry, "/reports/forms", "name", name + Fixtures.next(), "description", "说明", "kind",
                "WEEKLY", "deadlineDays", "1", "questions", questions).andReturn().getResponse().getRedirectedUrl();
        if (to == null) {
            throw new AssertionError("form not created");
        }
        return Long.parseLong(to.substring("/reports/forms/".length()));
    }

    /** Opens the week starting {@code monday}, due at 24:00 of the day after it ends; the period's id. */
    long period(GxqUser ministry, long form, LocalDate monday) throws Exception {
        String to = post(ministry, "/reports/forms/" + form + "/open", "start", monday.toString(), "end",
                monday.plusDays(6).toString(), "deadline", monday.plusDays(8).atStartOfDay().toString())
                .andReturn().getResponse().getRedirectedUrl();
        if (to == null) {
            throw new AssertionError("period not opened");
        }
        return Long.parseLong(to.substring("/reports/periods/".length()));
    }

    ResultActions write(GxqUser user, long period, String action, String version, String problems, String needs,
            String practices, String... extra) throws Exception {
        String[] p = {"action", action, "version", version == null ? "" : version, "problems", problems, "needs", needs,
                "practices", practices};
        String[] all = new String[p.length + extra.length];
        System.arraycopy(p, 0, all, 0, p.length);
        System.arraycopy(extra, 0, all, p.length, extra.length);
        return post(user, "/reports/periods/" + period + "/mine", all);
    }

    Optional<Map<String, Object>> report(long period, long zone) {
        return db.sql("select * from zone_report where period_id = :p and zone_id = :z").param("p", period)
                .param("z", zone).query().listOfRows().stream().findFirst()
                .map(m -> {
                    Map<String, Object> lower = new java.util.HashMap<>();
                    m.forEach((k, v) -> lower.put(k.toLowerCase(), v));
                    return lower;
                });
    }

    Map<String, Object> row(long period, long zone) {
        return report(period, zone).orElseThrow();
    }

    String version(long period, long zone) {
        return String.valueOf(row(period, zone).get("version"));
    }

    long id(long period, long zone) {
        return ((Number) row(period, zone).get("id")).longValue();
    }

    long audits(String action, Object target) {
        return db.sql("select count(*) from audit_log where action = :a and target_id = :t").param("a", action)
                .param("t", String.valueOf(target)).query(Long.class).single();
    }

    // ---- platform data (as the resumption module's own tests produce it) ----

    static final class Platform {
        private final JdbcClient db;
        private final ApplicationEventPublisher events;
        private final TransactionTemplate tx;

        Platform(JdbcClient db, ApplicationEventPublisher events, PlatformTransactionManager tm) {
            this.db = db;
            this.events = events;
            this.tx = new TransactionTemplate(tm);
        }

        void approve(long zone, long ent, long filingId, LocalDate resumeOn, String output, LocalDate approvedOn) {
            Instant at = approvedOn.atTime(10, 0).atZone(CHINA).toInstant();
            tx.executeWithoutResult(s -> events.publishEvent(new FilingStatusChanged(zone, ent, filingId,
                    FilingState.SUBMITTED, FilingState.APPROVED, resumeOn, new BigDecimal(output), at)));
        }

        /** A first daily report of the day. */
        void report(long zone, long ent, LocalDate day, int total, int onDuty, int capacity) {
            tx.executeWithoutResult(s -> {
                OffsetDateTime t = OffsetDateTime.now(ZoneOffset.UTC);
                db.sql("""
                        insert into resumption_daily_report (zone_id, enterprise_id, report_date, total_staff, on_duty,
                            remote, quarantine, not_returned, capacity_pct, reported_at, updated_at, version)
                        values (:zone, :ent, :day, :total, :onDuty, 0, 0, :nr, :cap, :t, :t, 0)
                        """).param("zone", zone).param("ent", ent).param("day", day).param("total", total)
                        .param("onDuty", onDuty).param("nr", total - onDuty).param("cap", capacity).param("t", t)
                        .update();
                events.publishEvent(new DailyReportSaved(zone, ent, day, null,
                        new DailyReportSaved.Figures(total, onDuty, 0, 0, total - onDuty, capacity)));
            });
        }
    }

}
