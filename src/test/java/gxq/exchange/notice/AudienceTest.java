package gxq.exchange.notice;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import gxq.common.web.FieldProblem;
import gxq.org.ZoneSummary;

import static org.assertj.core.api.Assertions.assertThat;

/** Who a notice goes to: all zones, chosen zones, whole provinces; unknown or empty choices are problems. */
class AudienceTest {

    static final List<ZoneSummary> ZONES = List.of(
            zone(1, "110000", "北京市"), zone(78, "360000", "江西省"), zone(79, "360000", "江西省"),
            zone(98, "410000", "河南省"), zone(99, "410000", "河南省"));

    List<FieldProblem> problems = new ArrayList<>();

    @Test
    void allZonesMeansEveryKnownZoneWhateverWasTicked() {
        Audience a = Audience.resolve("ALL", List.of("78"), List.of(), ZONES, problems);
        assertThat(problems).isEmpty();
        assertThat(a.kind()).isEqualTo(Audience.Kind.ALL);
        assertThat(a.zoneIds()).containsExactly(1L, 78L, 79L, 98L, 99L);
    }

    @Test
    void chosenZonesAndWholeProvincesAreMergedWithoutDuplicatesInZoneOrder() {
        Audience a = Audience.resolve("ZONES", List.of("99", " 1 ", "78", ""), List.of("360000"), ZONES, problems);
        assertThat(problems).isEmpty();
        assertThat(a.kind()).isEqualTo(Audience.Kind.ZONES);
        assertThat(a.zoneIds()).containsExactly(1L, 78L, 79L, 99L);
    }

    @Test
    void aProvinceAloneIsEnough() {
        Audience a = Audience.resolve("ZONES", null, List.of("410000"), ZONES, problems);
        assertThat(a.zoneIds()).containsExactly(98L, 99L);
    }

    @Test
    void noChoiceIsAProblem() {
        assertThat(Audience.resolve("ZONES", List.of(" "), List.of(), ZONES, problems)).isNull();
        assertThat(problems).extracting(FieldProblem::key).containsExactly("notice.zones.required");
    }

    @Test
    void unknownZonesAndProvincesAreNamed() {
        assertThat(Audience.resolve("ZONES", List.of("78", "4242", "x'--"), List.of("990000"), ZONES, problems))
                .isNull();
        assertThat(problems).extracting(FieldProblem::key)
                .containsExactly("notice.zones.unknown", "notice.provinces.unknown");
        assertThat(problems.get(0).args()).containsExactly("4242, x'--");
        assertThat(problems.get(1).args()).containsExactly("990000");
    }

    @Test
    void missingOrUnknownKindIsAProblem() {
        assertThat(Audience.resolve(null, List.of("78"), List.of(), ZONES, problems)).isNull();
        assertThat(Audience.resolve("SOME", List.of("78"), List.of(), ZONES, problems)).isNull();
        assertThat(problems).extracting(FieldProblem::key).containsExactly("notice.audience.required", "notice.audience.bad");
    }

    private static ZoneSummary zone(long id, String province, String provinceName) {
        return new ZoneSummary(id, "高新区" + id, "区" + id, province, provinceName, province, provinceName, 2000);
    }
}
