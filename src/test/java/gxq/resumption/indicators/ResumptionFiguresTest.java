package gxq.resumption.indicators;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import gxq.account.Role;
import gxq.account.TenantScope;
import gxq.resumption.ResumptionFigures;
import gxq.resumption.ZoneResumptionFigures;
import gxq.resumption.internal.FilingState;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The public ResumptionFigures equal hand-computed figures and what the indicator pages compute. Zone 69. */
@IntegrationTest
@Tag("db")
class ResumptionFiguresTest {

    static final long ZONE = 69;

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager tm;
    @Autowired @Qualifier("healthClock") Clock clock;
    @Autowired ResumptionFigures figures;
    @Autowired IndicatorService indicators;

    @Test
    void zoneFiguresEqualHandComputedOnesAndTheDashboard() {
        var data = new IndicatorTestData(db, events, tm, fixtures);
        LocalDate d = LocalDate.now(clock);
        long e1 = data.enterprise(ZONE, "C", "LARGE", true);
        long e2 = data.enterprise(ZONE, "C", "SMALL", false);
        long e3 = data.enterprise(ZONE, "I", "SMALL", false);
        fixtures.enterprise(ZONE, "待审核企业" + Fixtures.next(), "PENDING"); // not in scope
        data.filing(ZONE, e1, 69001, FilingState.SUBMITTED, FilingState.APPROVED, d.minusDays(3), "100", d.minusDays(4));
        data.filing(ZONE, e2, 69002, FilingState.SUBMITTED, FilingState.APPROVED, d.plusDays(2), "300", d.minusDays(1));
        data.report(ZONE, e1, d, 10, 8, 1, 0, 1, 50);
        data.report(ZONE, e2, d, 20, 10, 5, 1, 4, 90);
        data.report(ZONE, e3, d.minusDays(1), 5, 5, 0, 0, 0, 100);

        ZoneResumptionFigures f = figures.ofZone(ZONE, d);
        // 3 active; E1 resumed from d-3, E2 only from d+2; two reports today: 18 of 30 on duty;
        // capacity weighed by output: (50*100 + 90*300) / 400 = 80.0
        assertThat(f.enterprises()).isEqualTo(3);
        assertThat(f.resumed()).isEqualTo(1);
        assertThat(f.reported()).isEqualTo(2);
        assertThat(f.totalStaff()).isEqualTo(30);
        assertThat(f.onDuty()).isEqualTo(18);
        assertThat(f.resumptionRate()).isEqualByComparingTo("33.3");
        assertThat(f.staffRate()).isEqualByComparingTo("60.0");
        assertThat(f.capacityRate()).isEqualByComparingTo("80.0");

        ZoneResumptionFigures later = figures.ofZone(ZONE, d.plusDays(2));
        assertThat(later.resumed()).isEqualTo(2);
        assertThat(later.reported()).isZero();
        assertThat(later.staffRate()).isNull();

        var dashboard = indicators.zone(new TenantScope(1, Role.MINISTRY_ADMIN, null, null, null), ZONE, d, 14);
        assertThat(f.resumptionRate()).isEqualByComparingTo(dashboard.figures().resumptionRate());
        assertThat(f.staffRate()).isEqualByComparingTo(dashboard.figures().staffRate());
        assertThat(f.capacityRate()).isEqualByComparingTo(dashboard.figures().capacityRate());

        ZoneResumptionFigures listed = figures.allZones(d).stream().filter(z -> z.zoneId() == ZONE).findFirst()
                .orElseThrow();
        assertThat(listed).isEqualTo(f);
        assertThat(figures.allZones(d)).hasSize(176);
        var national = indicators.national(new TenantScope(1, Role.MINISTRY_ADMIN, null, null, null), d, 14,
                IndicatorService.Sort.ZONE);
        ZoneResumptionFigures nation = figures.nation(d);
        assertThat(nation.zoneId()).isZero();
        assertThat(nation.enterprises()).isEqualTo(national.total().enterprises());
        assertThat(nation.resumed()).isEqualTo(national.total().resumed());
        assertThat(nation.onDuty()).isEqualTo(national.total().sums().onDuty());
        assertThat(nation.capacityRate() == null ? null : nation.capacityRate().stripTrailingZeros())
                .isEqualTo(national.total().capacityRate() == null ? null
                        : national.total().capacityRate().stripTrailingZeros());
    }
}
