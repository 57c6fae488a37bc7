package gxq.resumption.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import gxq.testing.FreshDatabase;
import gxq.testing.IntegrationTest;

/** The demo inspections as written at start with profile {@code demo}, on an empty database of its own. */
@IntegrationTest
@Tag("db")
@ActiveProfiles({"test", "demo"})
@ContextConfiguration(initializers = FreshDatabase.class)
@TestPropertySource(properties = {
        "gxq.demo.zones=中关村,武汉东湖",
        "gxq.demo.enterprises-per-zone=4",
        "gxq.demo.employees-per-enterprise=3",
        "gxq.demo.pending-registrations=0",
        "gxq.demo.employee-logins=0",
        "gxq.demo.health.enabled=false"})
class DemoInspectionsTest {

    @Autowired DemoInspections demo;
    @Autowired JdbcTemplate jdbc;
    @Autowired @Qualifier("healthClock") Clock clock;

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void theFirstDemoZoneHasOpenOverdueRectifiedAndClosedFindings() {
        LocalDate today = LocalDate.now(clock);
        long zone = count("select zone_id from enterprise order by id limit 1");
        assertThat(count("select count(*) from resumption_inspection")).isEqualTo(3);
        assertThat(count("select count(*) from resumption_inspection where zone_id <> ?", zone)).isZero();
        assertThat(count("select count(*) from resumption_inspection_finding where state = 'OPEN' and deadline < ?",
                today)).isEqualTo(1);
        assertThat(count("select count(*) from resumption_inspection_finding where state = 'OPEN' and deadline >= ?",
                today)).isEqualTo(1);
        assertThat(count("select count(*) from resumption_inspection_finding where state = 'RECTIFIED'")).isEqualTo(1);
        assertThat(count("select count(*) from resumption_inspection_finding where state = 'CLOSED'")).isEqualTo(1);
        assertThat(count("select count(*) from resumption_inspection_finding where item_code = 'N06' and item_title = ?",
                "定期消毒")).isEqualTo(1);
        assertThat(count("select count(*) from resumption_inspection_finding_event")).isEqualTo(3);
        // a second start adds nothing
        assertThat(demo.populateIfEmpty()).isZero();
        assertThat(count("select count(*) from resumption_inspection")).isEqualTo(3);
    }
}
