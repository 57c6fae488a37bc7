package gxq.policy.centre;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import gxq.org.Industry;
import gxq.org.SizeBand;

import static org.assertj.core.api.Assertions.assertThat;

/** The applicability rule: every stated criterion must match, an empty one means anyone, and the policy must be in force. */
class ApplicabilityTest {

    static final LocalDate TODAY = LocalDate.of(2020, 3, 10);

    /** A small software tech SME in zone 102 (Hubei), not high-tech, not hit. */
    static final Applicability.Facts SME = new Applicability.Facts(102, "420000", Industry.I, SizeBand.SMALL, false,
            true, false);

    static Applicability of(Set<SizeBand> sizes, Set<Industry> industries, Set<String> provinces, Set<Long> zones,
            boolean techSme, boolean highTech, boolean epidemic) {
        return new Applicability(sizes, industries, provinces, zones, techSme, highTech, epidemic);
    }

    static List<String> keys(Applicability a, Applicability.Facts f) {
        return a.match(f).map(l -> l.stream().map(Applicability.Reason::key).toList()).orElse(null);
    }

    @Test
    void noCriterionAppliesToAnyoneWithoutReasons() {
        assertThat(Applicability.ANYONE.anyone()).isTrue();
        assertThat(Applicability.ANYONE.match(SME)).contains(List.of());
        assertThat(Applicability.ANYONE.match(new Applicability.Facts(1, "110000", null, null, false, false, false)))
                .contains(List.of());
    }

    @Test
    void sizeBands() {
        Applicability small = of(Set.of(SizeBand.SMALL, SizeBand.MICRO), Set.of(), Set.of(), Set.of(), false, false, false);
        assertThat(keys(small, SME)).containsExactly("policy.reason.size");
        assertThat(small.match(SME).orElseThrow().get(0).arg()).isEqualTo("org.size.SMALL");
        assertThat(small.match(new Applicability.Facts(102, "420000", Industry.I, SizeBand.LARGE, false, true, false)))
                .isEmpty();
        // an enterprise without a size band does not meet a size criterion
        assertThat(small.match(new Applicability.Facts(102, "420000", Industry.I, null, false, true, false))).isEmpty();
    }

    @Test
    void industries() {
        Applicability manufacturing = of(Set.of(), Set.of(Industry.C, Industry.M), Set.of(), Set.of(), false, false, false);
        assertThat(manufacturing.match(SME)).isEmpty();
        Applicability.Facts maker = new Applicability.Facts(102, "420000", Industry.C, SizeBand.SMALL, false, false, false);
        assertThat(keys(manufacturing, maker)).containsExactly("policy.reason.industry");
        assertThat(manufacturing.match(new Applicability.Facts(102, "420000", null, SizeBand.SMALL, false, false, false)))
                .isEmpty();
    }

    @Test
    void techSmeHighTechAndEpidemicFlags() {
        Applicability techSme = of(Set.of(), Set.of(), Set.of(), Set.of(), true, false, false);
        Applicability highTech = of(Set.of(), Set.of(), Set.of(), Set.of(), false, true, false);
        Applicability hit = of(Set.of(), Set.of(), Set.of(), Set.of(), false, false, true);
        assertThat(keys(techSme, SME)).containsExactly("policy.reason.techSme");
        assertThat(highTech.match(SME)).isEmpty();
        assertThat(hit.match(SME)).isEmpty();
        Applicability.Facts hitHighTech = new Applicability.Facts(5, "110000", Industry.C, SizeBand.LARGE, true, false,
                true);
        assertThat(techSme.match(hitHighTech)).isEmpty();
        assertThat(keys(highTech, hitHighTech)).containsExactly("policy.reason.highTech");
        assertThat(keys(hit, hitHighTech)).containsExactly("policy.reason.epidemicHit");
    }

    @Test
    void areaIsProvincesOrZones() {
        Applicability hubei = of(Set.of(), Set.of(), Set.of("420000"), Set.of(), false, false, false);
        assertThat(keys(hubei, SME)).containsExactly("policy.reason.province");
        assertThat(hubei.match(SME).orElseThrow().get(0).arg()).isEqualTo("420000");
        Applicability.Facts beijing = new Applicability.Facts(1, "110000", Industry.I, SizeBand.SMALL, false, true, false);
        assertThat(hubei.match(beijing)).isEmpty();
        // a listed zone is enough even outside the listed provinces
        Applicability hubeiOrZone1 = of(Set.of(), Set.of(), Set.of("420000"), Set.of(1L), false, false, false);
        assertThat(keys(hubeiOrZone1, beijing)).containsExactly("policy.reason.zone");
        assertThat(hubeiOrZone1.match(beijing).orElseThrow().get(0).arg()).isEqualTo("1");
        assertThat(keys(hubeiOrZone1, SME)).containsExactly("policy.reason.province");
        Applicability zone7 = of(Set.of(), Set.of(), Set.of(), Set.of(7L), false, false, false);
        assertThat(zone7.match(SME)).isEmpty();
        assertThat(zone7.match(beijing)).isEmpty();
    }

    @Test
    void everyStatedCriterionMustMatch() {
        Applicability all = of(Set.of(SizeBand.SMALL), Set.of(Industry.I), Set.of("420000"), Set.of(), true, false, false);
        assertThat(keys(all, SME)).containsExactly("policy.reason.size", "policy.reason.industry",
                "policy.reason.techSme", "policy.reason.province");
        // one failing criterion is enough to exclude
        assertThat(all.match(new Applicability.Facts(102, "420000", Industry.I, SizeBand.SMALL, false, false, false)))
                .isEmpty();
        assertThat(all.match(new Applicability.Facts(1, "110000", Industry.I, SizeBand.SMALL, false, true, false)))
                .isEmpty();
        assertThat(all.match(new Applicability.Facts(102, "420000", Industry.C, SizeBand.SMALL, false, true, false)))
                .isEmpty();
        Applicability hitTechSme = of(Set.of(), Set.of(), Set.of(), Set.of(), true, false, true);
        assertThat(hitTechSme.match(SME)).isEmpty();
        assertThat(keys(hitTechSme, new Applicability.Facts(102, "420000", Industry.I, SizeBand.SMALL, false, true, true)))
                .containsExactly("policy.reason.techSme", "policy.reason.epidemicHit");
    }

    @Test
    void inForceTodayOrLaterAndPublishedOnly() {
        assertThat(Applicability.inForce(TODAY.minusDays(30), null, TODAY)).isTrue();
        assertThat(Applicability.inForce(TODAY.minusDays(30), TODAY, TODAY)).isTrue();
        assertThat(Applicability.inForce(TODAY.minusDays(30), TODAY.minusDays(1), TODAY)).isFalse();
        // not yet in force: it will be, so the enterprise is told now
        assertThat(Applicability.inForce(TODAY.plusDays(5), TODAY.plusDays(60), TODAY)).isTrue();
        Applicability any = Applicability.ANYONE;
        assertThat(any.appliesTo(SME, PolicyState.PUBLISHED, TODAY.minusDays(1), null, TODAY)).isPresent();
        assertThat(any.appliesTo(SME, PolicyState.PUBLISHED, TODAY.minusDays(9), TODAY.minusDays(1), TODAY)).isEmpty();
        for (PolicyState s : List.of(PolicyState.DRAFT, PolicyState.WITHDRAWN, PolicyState.SUPERSEDED)) {
            assertThat(any.appliesTo(SME, s, TODAY.minusDays(1), null, TODAY)).as(s.name()).isEmpty();
        }
    }
}
