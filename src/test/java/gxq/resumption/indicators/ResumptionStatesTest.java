package gxq.resumption.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import gxq.resumption.ResumptionStates;
import gxq.resumption.internal.FilingState;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/** The public API other modules use: resumed from the later of the planned date and the approval day. Zone 91. */
@IntegrationTest
@Tag("db")
class ResumptionStatesTest {

    static final long ZONE = 91;

    @Autowired JdbcClient db;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager tm;
    @Autowired Fixtures fixtures;
    @Autowired ResumptionStates states;

    @Test
    void anEnterpriseIsResumedFromTheLaterOfPlannedDateAndApproval() {
        var data = new IndicatorTestData(db, events, tm, fixtures);
        LocalDate d = LocalDate.of(2020, 2, 10);
        long early = data.enterprise(ZONE, "C", "SMALL", false);
        long late = data.enterprise(ZONE, "C", "SMALL", false);
        long waiting = data.enterprise(ZONE, "C", "SMALL", false);
        data.filing(ZONE, early, 1, FilingState.SUBMITTED, FilingState.APPROVED, d.minusDays(3), "100", d);
        data.filing(ZONE, late, 2, FilingState.SUBMITTED, FilingState.APPROVED, d.plusDays(2), "100", d);
        data.filing(ZONE, waiting, 3, null, FilingState.SUBMITTED, d, "100", d);

        assertThat(states.isResumed(early, d.minusDays(1))).as("not before the approval").isFalse();
        assertThat(states.isResumed(early, d)).isTrue();
        assertThat(states.isResumed(late, d.plusDays(1))).isFalse();
        assertThat(states.isResumed(late, d.plusDays(2))).isTrue();
        assertThat(states.isResumed(waiting, d.plusDays(30))).isFalse();
        assertThat(states.resumedOn(d.plusDays(2))).contains(early, late).doesNotContain(waiting);
        assertThat(states.resumedOn(d)).contains(early).doesNotContain(late, waiting);
    }
}
