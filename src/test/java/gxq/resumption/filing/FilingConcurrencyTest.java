package gxq.resumption.filing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
import gxq.testing.Concurrently;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Simultaneous saves make one filing and change a draft once; simultaneous reviews make one decision. Zones 112, 96. */
@IntegrationTest
@Tag("db")
class FilingConcurrencyTest {

    static final String[] DECISIONS = {"APPROVE", "RETURN", "REJECT"};

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired @Qualifier("healthClock") Clock clock;

    List<Integer> all(List<Callable<Integer>> requests) throws Exception {
        return Concurrently.run(requests);
    }

    @Test
    void simultaneousFirstSavesAndReviewsChangeTheFilingOnce() throws Exception {
        long zone = 112;
        long ent = fixtures.enterprise(zone);
        List<GxqUser> admins = List.of(fixtures.enterpriseAdmin(ent), fixtures.enterpriseAdmin(ent));
        var t = new FilingTestSupport(db, clock);
        List<Callable<Integer>> saves = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            GxqUser admin = admins.get(i % 2);
            saves.add(() -> mvc.perform(t.complete(admin, null, "submit")).andReturn().getResponse().getStatus());
        }
        List<Integer> saved = all(saves);
        assertThat(saved).containsOnly(302, 409);
        assertThat(saved).filteredOn(s -> s == 302).hasSize(1);
        assertThat(t.count("select count(*) from resumption_filing where enterprise_id = :p", ent)).isEqualTo(1);
        long filing = t.filingOf(ent);
        assertThat(t.state(filing)).isEqualTo("SUBMITTED");

        int version = t.version(filing);
        List<GxqUser> reviewers = List.of(fixtures.zoneAdmin(zone), fixtures.zoneStaff(zone), fixtures.zoneStaff(zone));
        List<Callable<Integer>> reviews = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            GxqUser reviewer = reviewers.get(i % 3);
            String decision = DECISIONS[i % 3];
            reviews.add(() -> mvc.perform(post("/resumption/filings/" + filing + "/review").with(csrf())
                    .with(as(reviewer)).param("decision", decision).param("version", String.valueOf(version))
                    .param("comment", "意见" + Fixtures.next())).andReturn().getResponse().getStatus());
        }
        List<Integer> reviewed = all(reviews);
        assertThat(reviewed).containsOnly(302, 409);
        assertThat(reviewed).filteredOn(s -> s == 302).hasSize(1);
        assertThat(t.count("select count(*) from resumption_filing_history where filing_id = :p", filing)).isEqualTo(3);
        assertThat(t.count("select count(*) from audit_log where target_type = 'resumption_filing' and target_id = :p"
                + " and action in ('RESUMPTION_FILING_APPROVE', 'RESUMPTION_FILING_RETURN', 'RESUMPTION_FILING_REJECT')",
                String.valueOf(filing))).isEqualTo(1);
        assertThat(t.version(filing)).isEqualTo(version + 1);
    }

    @Test
    void simultaneousSavesOfOneDraftWithAnItemTheZoneAddedChangeItOnce() throws Exception {
        long zone = 96;
        long ent = fixtures.enterprise(zone);
        GxqUser admin = fixtures.enterpriseAdmin(ent);
        var t = new FilingTestSupport(db, clock);
        assertThat(mvc.perform(t.complete(admin, null, "save")).andReturn().getResponse().getStatus()).isEqualTo(302);
        long filing = t.filingOf(ent);
        int version = t.version(filing);
        // the zone adds an item: every save of the draft adds its answer
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        db.sql("""
                insert into resumption_checklist_item (zone_id, code, title, guidance, evidence_required, position,
                    created_at, updated_at, version)
                values (:zone, 'Z1', '园区新增措施', '说明', false, 1, :now, :now, 0)
                """).param("zone", zone).param("now", now).update();
        List<Callable<Integer>> saves = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            saves.add(() -> mvc.perform(t.complete(admin, String.valueOf(version), "save")).andReturn().getResponse()
                    .getStatus());
        }
        List<Integer> saved = all(saves);
        assertThat(saved).containsOnly(302, 409);
        assertThat(saved).filteredOn(s -> s == 302).hasSize(1);
        assertThat(t.version(filing)).isEqualTo(version + 1);
        assertThat(t.count("select count(*) from resumption_filing_answer where filing_id = :p", filing)).isEqualTo(14);
    }
}
