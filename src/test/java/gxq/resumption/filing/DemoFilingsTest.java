package gxq.resumption.filing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import gxq.account.Accounts;
import gxq.health.RedStaff;
import gxq.resumption.Checklists;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo filings go through the service: one of each state, the approved one without red staff (zone 111); more approvals (zone 90). */
@IntegrationTest
@Tag("db")
class DemoFilingsTest {

    @Autowired
    Accounts accounts;

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired PlatformTransactionManager transactions;
    @Autowired FilingService filings;
    @Autowired Checklists checklists;
    @Autowired RedStaff redStaff;
    @Autowired @Qualifier("healthClock") Clock clock;

    @Test
    void oneFilingInEachStateForTheZonesFirstEnterprises() {
        long zone = 111;
        List<Long> ents = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long ent = fixtures.enterprise(zone);
            fixtures.enterpriseAdmin(ent);
            ents.add(ent);
        }
        fixtures.zoneStaff(zone);
        new FilingTestSupport(db, clock).healthStatus(fixtures.employee(ents.get(0), "红码甲"), ents.get(0), zone, "RED",
                null, null);
        var demo = new DemoFilings(db, transactions, filings, checklists, redStaff, accounts);
        assertThat(demo.populate(zone)).isEqualTo(6);
        assertThat(db.sql("select state from resumption_filing where zone_id = :z order by state").param("z", zone)
                .query(String.class).list())
                .containsExactly("APPROVED", "DRAFT", "REJECTED", "RETURNED", "SUBMITTED", "SUBMITTED");
        assertThat(db.sql("select enterprise_id from resumption_filing where zone_id = :z and state = 'APPROVED'")
                .param("z", zone).query(Long.class).single()).isNotEqualTo(ents.get(0));
        assertThat(db.sql("select count(*) from resumption_filing where zone_id = :z and review_due < current_timestamp"
                + " and state = 'SUBMITTED'").param("z", zone).query(Long.class).single()).isEqualTo(1);
        assertThat(db.sql("select count(*) from resumption_filing where enterprise_id = :e").param("e", ents.get(6))
                .query(Long.class).single()).isZero();
    }

    @Test
    void twoInThreeOfTheOtherEnterprisesAreApprovedUnlessTheyHaveRedStaff() {
        long zone = 90;
        List<Long> ents = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long ent = fixtures.enterprise(zone);
            fixtures.enterpriseAdmin(ent);
            ents.add(ent);
        }
        fixtures.zoneStaff(zone);
        long red = ents.stream().filter(e -> e % 3 != 0).findFirst().orElseThrow();
        new FilingTestSupport(db, clock).healthStatus(fixtures.employee(red, "红码乙"), red, zone, "RED", null, null);
        long expected = ents.stream().filter(e -> e % 3 != 0).count() - 1;
        var demo = new DemoFilings(db, transactions, filings, checklists, redStaff, accounts);
        assertThat(demo.approveOthers(zone)).isEqualTo((int) expected);
        assertThat(db.sql("select count(*) from resumption_filing where zone_id = :z and state = 'APPROVED'")
                .param("z", zone).query(Long.class).single()).isEqualTo(expected);
        assertThat(db.sql("select state from resumption_filing where enterprise_id = :e").param("e", red)
                .query(String.class).single()).isEqualTo("SUBMITTED");
        assertThat(db.sql("select count(*) from resumption_ind_enterprise where zone_id = :z and resumed_from is not null")
                .param("z", zone).query(Long.class).single()).isEqualTo(expected);
        assertThat(demo.approveOthers(zone)).as("enterprises with a filing are left alone").isZero();
    }
}
