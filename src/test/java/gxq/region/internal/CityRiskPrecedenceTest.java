package gxq.region.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import gxq.region.RiskLevel;
import gxq.region.internal.JdbcCityRisks.Entry;

class CityRiskPrecedenceTest {

    @Test
    void noEntryMeansLow() {
        assertThat(JdbcCityRisks.decide(List.of())).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void nationalEntryAppliesWhenTheZoneHasNone() {
        assertThat(JdbcCityRisks.decide(List.of(new Entry(false, RiskLevel.MEDIUM)))).isEqualTo(RiskLevel.MEDIUM);
    }

    @Test
    void zonesOwnEntryOverridesNationalEvenWhenLower() {
        assertThat(JdbcCityRisks.decide(List.of(new Entry(false, RiskLevel.HIGH), new Entry(true, RiskLevel.LOW))))
                .isEqualTo(RiskLevel.LOW);
        assertThat(JdbcCityRisks.decide(List.of(new Entry(true, RiskLevel.MEDIUM), new Entry(false, RiskLevel.LOW))))
                .isEqualTo(RiskLevel.MEDIUM);
    }

    @Test
    void highestLevelWinsWithinOneOrigin() {
        assertThat(JdbcCityRisks.decide(List.of(new Entry(true, RiskLevel.LOW), new Entry(true, RiskLevel.HIGH),
                new Entry(true, RiskLevel.MEDIUM), new Entry(false, RiskLevel.LOW)))).isEqualTo(RiskLevel.HIGH);
        assertThat(JdbcCityRisks.decide(List.of(new Entry(false, RiskLevel.MEDIUM), new Entry(false, RiskLevel.HIGH))))
                .isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void levelWordsInBothLanguagesAreUnderstood() {
        assertThat(RiskService.parseLevel("高")).isEqualTo(RiskLevel.HIGH);
        assertThat(RiskService.parseLevel("中风险")).isEqualTo(RiskLevel.MEDIUM);
        assertThat(RiskService.parseLevel("low")).isEqualTo(RiskLevel.LOW);
        assertThat(RiskService.parseLevel("紧急")).isNull();
    }
}
