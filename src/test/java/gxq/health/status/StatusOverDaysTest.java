package gxq.health.status;

import static org.assertj.core.api.Assertions.assertThat;

import gxq.health.Colour;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The engine and the daily job across days (declarations written for past days, the engine asked for a given day),
 * and two declarations for one person at the same moment. Zone 154.
 */
@IntegrationTest
@Tag("db")
class StatusOverDaysTest {

    static final long ZONE = 154;

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired StatusEngine engine;
    @Autowired DailyRecompute daily;
    @Autowired gxq.health.declaration.DeclarationService declarations;

    HealthFixtures health;
    long enterprise;
    LocalDate today;

    @BeforeEach
    void setUp() {
        health = new HealthFixtures(db);
        enterprise = fixtures.enterprise(ZONE);
        today = engine.today();
    }

    StatusEngine.Subject person() {
        return new StatusEngine.Subject(fixtures.employee(enterprise, "测" + Fixtures.next()), enterprise, ZONE);
    }

    @Test
    void redTurnsGreenAfterFourteenNormalDaysCountedFromTurningRed() {
        var p = person();
        LocalDate day0 = today.minusDays(20);
        health.enrolledOn(p.employeeId(), day0.minusDays(1));
        health.declaration(p.employeeId(), day0, "36.5");
        db.sql("update health_declaration set contact = 'CONFIRMED' where employee_id = :e").param("e", p.employeeId()).update();
        assertThat(engine.recompute(p, day0, Trigger.daily()).colour()).isEqualTo(Colour.RED);
        health.declarations(p.employeeId(), day0.plusDays(1), day0.plusDays(14));
        // the declared contact holds 14 days (day 0..13); then isolation until 14 normal days since turning red
        for (int d = 1; d <= 13; d++) {
            assertThat(engine.recompute(p, day0.plusDays(d), Trigger.daily()).colour()).as("day %d", d).isEqualTo(Colour.RED);
        }
        StatusRow day13 = engine.lock(p, day0.plusDays(13));
        assertThat(day13.untilDate()).isEqualTo(day0.plusDays(14));
        StatusRow day14 = engine.recompute(p, day0.plusDays(14), Trigger.daily());
        assertThat(day14.colour()).isEqualTo(Colour.GREEN);
        assertThat(day14.reasons()).isEqualTo("RECOVERED(RED, 14)");
        assertThat(db.sql("select from_colour || '>' || to_colour from health_status_change where employee_id = :e order by id")
                .param("e", p.employeeId()).query(String.class).list()).containsExactly("GREEN>RED", "RED>GREEN");
    }

    @Test
    void theDailyJobTurnsAMissedDayYellowAndEndsAnExpiredOverride() {
        var missed = person();
        health.enrolledOn(missed.employeeId(), today.minusDays(5));
        health.declarations(missed.employeeId(), today.minusDays(4), today.minusDays(2));
        engine.recompute(missed, today.minusDays(2), Trigger.daily());

        var declaredYesterday = person();
        health.enrolledOn(declaredYesterday.employeeId(), today.minusDays(5));
        health.declarations(declaredYesterday.employeeId(), today.minusDays(4), today.minusDays(1));

        var newcomer = person(); // joined the roster today: nothing due yet

        var overridden = person();
        health.enrolledOn(overridden.employeeId(), today.minusDays(5));
        health.declarations(overridden.employeeId(), today.minusDays(4), today.minusDays(1));
        engine.recompute(overridden, today.minusDays(2), Trigger.staff(1L),
                s -> StatusEngine.withOverride(s, Colour.RED, "通知", today.minusDays(1), 1L));

        int done = daily.run(today);
        assertThat(done).isGreaterThanOrEqualTo(3);
        StatusRow m = engine.lock(missed, today);
        assertThat(m.colour()).isEqualTo(Colour.YELLOW);
        assertThat(m.reasons()).isEqualTo("MISSED_DECLARATION(1, " + today.minusDays(2) + ")");
        assertThat(engine.lock(declaredYesterday, today).colour()).isEqualTo(Colour.GREEN);
        assertThat(engine.lock(newcomer, today).colour()).isEqualTo(Colour.GREEN);
        StatusRow o = engine.lock(overridden, today);
        assertThat(o.overrideColour()).isNull();
        // red by hand until yesterday; afterwards the rules decide afresh: normal declarations, so green
        assertThat(o.colour()).isEqualTo(Colour.GREEN);
        assertThat(o.sequence()).isEqualTo(2);
        // yellow only for a missed day: on the "not declared" list, but no zone alert (no flood after a quiet night)
        assertThat(db.sql("select count(*) from health_alert where employee_id = :e")
                .param("e", missed.employeeId()).query(Long.class).single()).isZero();
        assertThat(db.sql("select count(*) from health_status_change where employee_id = :e and to_colour = 'YELLOW'")
                .param("e", missed.employeeId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void twoDeclarationsForOnePersonAtOnceAreBothAppliedInTurn() throws Exception {
        var p = person();
        long admin = fixtures.enterpriseAdmin(enterprise).id();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<gxq.health.declaration.DeclarationService.Declared>> results = new ArrayList<>();
            for (String t : List.of("36.5", "38.0")) {
                Callable<gxq.health.declaration.DeclarationService.Declared> call = () -> {
                    var form = new gxq.health.declaration.DeclarationForm();
                    form.setTemperature(t);
                    form.setCurrentCity("110100");
                    start.await();
                    return declarations.declare(p, admin, true, form);
                };
                results.add(pool.submit(call));
            }
            var a = results.get(0).get();
            var b = results.get(1).get();
            assertThat(List.of(a.replaced(), b.replaced())).containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdown();
        }
        assertThat(db.sql("select count(*) from health_declaration where employee_id = :e").param("e", p.employeeId())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(db.sql("select count(*) from audit_log where action like 'HEALTH_DECLARATION%' and detail like concat('employee=', :e, ' %')")
                .param("e", p.employeeId()).query(Long.class).single()).isEqualTo(2);
        // fever, whichever came first: yellow (a later normal declaration the same day leaves a yellow observation),
        // one change GREEN>YELLOW and one FEVER alert — nothing lost, nothing doubled
        assertThat(engine.lock(p, today).colour()).isEqualTo(Colour.YELLOW);
        assertThat(db.sql("select from_colour || '>' || to_colour from health_status_change where employee_id = :e")
                .param("e", p.employeeId()).query(String.class).list()).containsExactly("GREEN>YELLOW");
        assertThat(db.sql("select count(*) from health_alert where employee_id = :e and kind = 'FEVER'")
                .param("e", p.employeeId()).query(Long.class).single()).isEqualTo(1);
    }
}
