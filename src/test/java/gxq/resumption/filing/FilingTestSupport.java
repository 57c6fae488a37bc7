package gxq.resumption.filing;

import static gxq.testing.Fixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import gxq.account.GxqUser;
import gxq.testing.Fixtures;

/** Requests and rows the filing tests share. */
final class FilingTestSupport {

    private final JdbcClient db;
    private final Clock clock;

    FilingTestSupport(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The national items' ids in order (N01..N13). */
    List<Long> nationalItems() {
        return db.sql("select id from resumption_checklist_item where zone_id is null order by position")
                .query(Long.class).list();
    }

    long itemId(String code) {
        return db.sql("select id from resumption_checklist_item where zone_id is null and code = :c").param("c", code)
                .query(Long.class).single();
    }

    LocalDate planned() {
        return LocalDate.now(clock).plusDays(3);
    }

    /** A complete filing: every figure, every item done with an evidence note. */
    MockMultipartHttpServletRequestBuilder complete(GxqUser admin, String version, String action) {
        var req = multipart("/resumption/filing").with(csrf()).with(as(admin)).param("action", action)
                .param("plannedDate", planned().toString()).param("plannedHeadcount", "120").param("returnees", "15")
                .param("masksDays", "14").param("thermometersDays", "30").param("disinfectantDays", "21")
                .param("monthlyOutput", "850.5").param("contactName", "王经理").param("contactPhone", "13812345678");
        for (long item : nationalItems()) {
            req = (MockMultipartHttpServletRequestBuilder) req.param("answer." + item, "DONE")
                    .param("evidence." + item, "落实记录" + item);
        }
        if (version != null) {
            req = (MockMultipartHttpServletRequestBuilder) req.param("version", version);
        }
        return req;
    }

    long filingOf(long enterprise) {
        return db.sql("select max(id) from resumption_filing where enterprise_id = :e").param("e", enterprise)
                .query(Long.class).single();
    }

    String state(long filing) {
        return db.sql("select state from resumption_filing where id = :f").param("f", filing).query(String.class).single();
    }

    int version(long filing) {
        return db.sql("select version from resumption_filing where id = :f").param("f", filing).query(Integer.class)
                .single();
    }

    long count(String sql, Object p) {
        return db.sql(sql).param("p", p).query(Long.class).single();
    }

    void healthStatus(long employee, long ent, long zone, String colour, String override, LocalDate overrideUntil) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        db.sql("""
                insert into health_status (employee_id, enterprise_id, zone_id, subject, colour, since, rule_version,
                    override_colour, override_until, updated_at)
                values (:emp, :ent, :zone, :subject, :colour, :now, 'test', :oc, :ou, :now)
                """).param("emp", employee).param("ent", ent).param("zone", zone).param("subject", "f" + Fixtures.next())
                .param("colour", colour).param("now", now).param("oc", override).param("ou", overrideUntil).update();
    }
}
