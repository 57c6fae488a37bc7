package gxq.health.demo;

import static org.assertj.core.api.Assertions.assertThat;

import gxq.health.status.StatusEngine;
import gxq.testing.FreshDatabase;
import gxq.testing.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The health demo data as written at start with profile {@code demo} (small sizes), on an empty database of its own:
 * two zones of 60 employees, two with a login in each.
 */
@IntegrationTest
@Tag("db")
@ActiveProfiles({"test", "demo"})
@ContextConfiguration(initializers = FreshDatabase.class)
@TestPropertySource(properties = {
        "gxq.demo.zones=中关村,武汉东湖",
        "gxq.demo.enterprises-per-zone=4",
        "gxq.demo.employees-per-enterprise=15",
        "gxq.demo.pending-registrations=0",
        "gxq.demo.employee-logins=2"})
class DemoHealthDataTest {

    @Autowired DemoHealthData demo;
    @Autowired StatusEngine engine;
    @Autowired JdbcTemplate jdbc;

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void everyoneWhoDeclaredHasAStatusDecidedByTheEngine() {
        assertThat(count("select count(distinct declared_on) from health_declaration")).isEqualTo(3);
        assertThat(count("select count(*) from health_status")).isPositive()
                .isEqualTo(count("select count(distinct employee_id) from health_declaration"));
        assertThat(count("""
                select count(*) from health_status s where not exists
                    (select 1 from health_declaration d where d.employee_id = s.employee_id)""")).isZero();
        assertThat(count("select count(*) from health_status where rule_version = 'CN-2020.1'"))
                .isEqualTo(count("select count(*) from health_status"));
    }

    @Test
    void todaysDeclarationRateIsRealisticAndTheEmployeeLoginsHaveNotDeclaredToday() {
        LocalDate today = engine.today();
        long active = count("select count(*) from employee where status = 'ACTIVE'");
        long declared = count("select count(*) from health_declaration where declared_on = ?", today);
        assertThat(active).isEqualTo(120);
        assertThat(100.0 * declared / active).isBetween(80.0, 95.0);
        assertThat(count("""
                select count(*) from app_user u join health_declaration d on d.employee_id = u.employee_id
                where u.role = 'EMPLOYEE' and d.declared_on = ?""", today)).isZero();
        // ... but they declared before, so they are green and can show a code at the gate
        assertThat(jdbc.queryForList("""
                select s.colour from app_user u join health_status s on s.employee_id = u.employee_id
                where u.role = 'EMPLOYEE'""", String.class)).hasSize(4).containsOnly("GREEN");
    }

    @Test
    void someAreYellowOrRedWithAlertsAndHistoryFromTheRules() {
        assertThat(count("select count(*) from health_status where colour = 'YELLOW'")).isPositive();
        assertThat(count("select count(*) from health_status where colour = 'RED'")).isPositive();
        for (String kind : List.of("FEVER", "TURNED_YELLOW", "TURNED_RED")) {
            assertThat(count("select count(*) from health_alert where kind = ?", kind)).as(kind).isPositive();
        }
        assertThat(count("select count(*) from health_status_change")).isPositive();
        assertThat(jdbc.queryForList("select reasons from health_status where colour = 'RED'", String.class))
                .anyMatch(r -> r.contains("CASE_CONTACT_DECLARED")).anyMatch(r -> r.contains("HIGH_RISK_ARRIVAL"));
        assertThat(jdbc.queryForList("select reasons from health_status where colour = 'YELLOW'", String.class))
                .anyMatch(r -> r.contains("FEVER")).anyMatch(r -> r.contains("MEDIUM_RISK_ARRIVAL"));
        // alerts carry the time of the declaration that raised them, not the start time
        assertThat(count("""
                select count(*) from health_alert a join health_declaration d
                    on d.employee_id = a.employee_id and d.created_at = a.raised_at where a.kind = 'FEVER'"""))
                .isEqualTo(count("select count(*) from health_alert where kind = 'FEVER'"));
        assertThat(count("select count(*) from health_status where watch_until >= ?", engine.today())).isPositive();
        assertThat(count("select count(*) from city_risk where zone_id is null and level in ('HIGH', 'MEDIUM')"))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void theFirstZoneHasAStaffOverrideWithAReason() {
        assertThat(jdbc.queryForList("""
                select s.override_reason from health_status s join app_user u on u.id = s.override_by
                where s.zone_id = 1 and s.override_colour = 'YELLOW' and u.role = 'ZONE_STAFF'""", String.class))
                .containsExactly(DemoHealthData.OVERRIDE_REASON);
        assertThat(count("select count(*) from audit_log where action = 'HEALTH_OVERRIDE_SET' and actor_name = ?",
                "staff-1")).isEqualTo(1);
    }

    @Test
    void eachZoneHasTwoGatesAndItsFirstEnterpriseOneWithScansTodayMatchingTheColours() {
        assertThat(count("select count(*) from checkpoint where enterprise_id is null")).isEqualTo(4);
        assertThat(count("select count(*) from checkpoint where enterprise_id is not null")).isEqualTo(2);
        // scans are never in the future; early in the morning there may be none yet
        assertThat(count("select count(*) from gate_scan where scanned_at > current_timestamp")).isZero();
        assertThat(count("select count(*) from gate_scan where outcome = 'ADMITTED' and colour_now <> 'GREEN'"))
                .isZero();
        assertThat(count("select count(*) from gate_scan where outcome = 'NOT_GREEN' and colour_now = 'GREEN'"))
                .isZero();
        assertThat(count("""
                select count(*) from gate_scan g join health_status s on s.employee_id = g.employee_id
                where g.subject <> s.subject""")).isZero();
    }

    @Test
    void aSecondRunAddsNothing() {
        String[] tables = {"health_declaration", "health_status", "health_alert", "health_status_change", "checkpoint",
            "gate_scan", "city_risk"};
        long[] before = new long[tables.length];
        for (int i = 0; i < tables.length; i++) {
            before[i] = count("select count(*) from " + tables[i]);
        }
        assertThat(demo.populateIfEmpty()).isEmpty();
        for (int i = 0; i < tables.length; i++) {
            assertThat(count("select count(*) from " + tables[i])).as(tables[i]).isEqualTo(before[i]);
        }
    }
}
