package gxq.health.rules;

import gxq.region.RiskLevel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gxq.health.Colour;
import gxq.health.HealthStatusChanged;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ColourRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2020, 2, 20);
    private static final String WUHAN = "420100";
    private static final String WENZHOU = "330300";
    private static final RuleSet RULES = RuleSet.national2020();

    /** A person's situation, built up by each test. */
    private static final class Person {
        Diagnosis diagnosis = Diagnosis.NONE;
        final List<Declaration> declarations = new ArrayList<>();
        final List<CityVisit> visits = new ArrayList<>();
        final Map<String, Map<LocalDate, RiskLevel>> risk = new HashMap<>();
        ManualOverride override;
        LocalDate dueFrom;

        /** Normal declarations (36.5 ℃, nothing else) on each day of [from, to]. */
        Person normal(LocalDate from, LocalDate to) {
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                declarations.add(Declaration.of(d, "36.5"));
            }
            return this;
        }

        Person normalUntilToday() {
            return normal(TODAY.minusDays(30), TODAY);
        }

        Person declare(LocalDate date, String temperature, String... symptoms) {
            declarations.add(new Declaration(date, new BigDecimal(temperature), Set.of(symptoms), false));
            return this;
        }

        Person risk(String city, LocalDate from, LocalDate to, RiskLevel level) {
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                risk.computeIfAbsent(city, c -> new HashMap<>()).put(d, level);
            }
            return this;
        }

        Person visit(String city, LocalDate from, LocalDate to) {
            visits.add(new CityVisit(city, from, to));
            return this;
        }

        PersonSituation situation() {
            return new PersonSituation(diagnosis, declarations, visits,
                    (city, date) -> risk.getOrDefault(city, Map.of()).getOrDefault(date, RiskLevel.LOW), override, dueFrom);
        }

        ColourDecision on(LocalDate today, PreviousStatus previous) {
            return ColourRules.decide(RULES, situation(), today, previous);
        }

        ColourDecision today() {
            return on(TODAY, PreviousStatus.none());
        }
    }

    private static Person person() {
        return new Person();
    }

    private static PreviousStatus was(Colour colour, LocalDate since) {
        return new PreviousStatus(colour, since);
    }

    @Test
    void greenWhenNothingApplies() {
        ColourDecision d = person().normalUntilToday().today();

        assertThat(d.colour()).isEqualTo(Colour.GREEN);
        assertThat(d.reasons()).isEmpty();
        assertThat(d.ruleSetVersion()).isEqualTo("CN-2020.1");
        assertThat(d.until()).isNull();
    }

    @Nested
    class Red {

        @ParameterizedTest
        @EnumSource(value = Diagnosis.class, names = {"CONFIRMED", "SUSPECTED", "ASYMPTOMATIC", "CLOSE_CONTACT"})
        void forADiagnosisOrCloseContactUntilStaffClearIt(Diagnosis diagnosis) {
            Person p = person().normalUntilToday();
            p.diagnosis = diagnosis;

            ColourDecision d = p.today();

            assertThat(d.colour()).isEqualTo(Colour.RED);
            assertThat(d.reasonTexts()).containsExactly(diagnosis.name() + "()");
            assertThat(d.until()).as("open-ended").isNull();
        }

        @Test
        void forADeclaredContactWithACaseWithinTheWatchPeriod() {
            LocalDate contact = TODAY.minusDays(3);
            Person p = person().normalUntilToday();
            p.declarations.add(new Declaration(contact, new BigDecimal("36.4"), Set.of(), true));

            ColourDecision d = p.on(TODAY, was(Colour.RED, contact));

            assertThat(d.colour()).isEqualTo(Colour.RED);
            assertThat(d.reasonTexts()).containsExactly("CASE_CONTACT_DECLARED(2020-02-17)");
            assertThat(d.until()).isEqualTo(contact.plusDays(14));
            assertThat(p.today().until()).as("turning red today: 14 days of isolation from today")
                    .isEqualTo(TODAY.plusDays(13));
        }

        @Test
        void forAnArrivalFromAHighRiskCityThroughDay13OfTheWatch() {
            LocalDate left = LocalDate.of(2020, 2, 10);
            Person p = person().normal(left.minusDays(20), left.plusDays(20))
                    .visit(WUHAN, left.minusDays(5), left).risk(WUHAN, left.minusDays(30), left.plusDays(30), RiskLevel.HIGH);

            ColourDecision day13 = p.on(left.plusDays(13), was(Colour.RED, left));
            assertThat(day13.colour()).isEqualTo(Colour.RED);
            assertThat(day13.reasonTexts()).containsExactly("HIGH_RISK_ARRIVAL(420100, 2020-02-10)");
            assertThat(day13.until()).isEqualTo(left.plusDays(14));
            assertThat(p.on(left.plusDays(13), PreviousStatus.none()).colour()).isEqualTo(Colour.RED);

            assertThat(p.on(left.plusDays(14), was(Colour.RED, left)).reasonTexts()).containsExactly("RECOVERED(RED, 15)");

            assertThat(p.on(left.plusDays(14), PreviousStatus.none()).colour()).isEqualTo(Colour.GREEN);
            assertThat(p.on(left.plusDays(15), PreviousStatus.none()).colour()).isEqualTo(Colour.GREEN);
        }

        @Test
        void forAStayOnlyOnDaysTheCityWasHighRisk() {
            LocalDate left = TODAY.minusDays(5);
            Person before = person().normalUntilToday().visit(WUHAN, left.minusDays(3), left)
                    .risk(WUHAN, left.plusDays(1), TODAY, RiskLevel.HIGH); // designated after the person left
            assertThat(before.today().colour()).isEqualTo(Colour.GREEN);

            Person during = person().normalUntilToday().visit(WUHAN, left.minusDays(3), left)
                    .risk(WUHAN, left.minusDays(1), TODAY, RiskLevel.HIGH);
            assertThat(during.today().reasonTexts()).containsExactly("HIGH_RISK_ARRIVAL(420100, " + left + ")");
        }

        @Test
        void staysRedUntilFourteenDaysOfIsolationWithNormalDeclarations() {
            LocalDate since = LocalDate.of(2020, 2, 1); // suspected on Feb 1, cleared since
            Person p = person().normal(since, since.plusDays(13));

            ColourDecision day13 = p.on(since.plusDays(12), was(Colour.RED, since));
            assertThat(day13.colour()).isEqualTo(Colour.RED);
            assertThat(day13.reasonTexts()).containsExactly("RED_ISOLATION(13, 14)");
            assertThat(day13.until()).isEqualTo(since.plusDays(13));

            ColourDecision day14 = p.on(since.plusDays(13), was(Colour.RED, since));
            assertThat(day14.colour()).isEqualTo(Colour.GREEN);
            assertThat(day14.reasonTexts()).containsExactly("RECOVERED(RED, 14)");
        }

        @Test
        void isolationCountsOnlyDaysSinceTurningRed() {
            LocalDate since = TODAY.minusDays(2);
            ColourDecision d = person().normalUntilToday().on(TODAY, was(Colour.RED, since));

            assertThat(d.colour()).isEqualTo(Colour.RED);
            assertThat(d.reasonTexts()).containsExactly("RED_ISOLATION(3, 14)");
            assertThat(d.until()).isEqualTo(since.plusDays(13));
        }

        @Test
        void aFeverDuringIsolationRestartsItAndIsShown() {
            LocalDate since = TODAY.minusDays(20);
            Person p = person().normal(since, TODAY).declare(TODAY.minusDays(2), "37.6");

            ColourDecision d = p.on(TODAY, was(Colour.RED, since));

            assertThat(d.colour()).isEqualTo(Colour.RED);
            assertThat(d.reasonTexts()).containsExactly("RED_ISOLATION(2, 14)", "FEVER(37.6, 2020-02-18)");
            assertThat(d.until()).isEqualTo(TODAY.minusDays(1).plusDays(13));
        }

        @Test
        void afterIsolationAStillRunningYellowTriggerMakesItYellow() {
            LocalDate since = TODAY.minusDays(20);
            Person p = person().normal(since, TODAY).visit(WENZHOU, TODAY.minusDays(2), TODAY.minusDays(2))
                    .risk(WENZHOU, TODAY.minusDays(30), TODAY, RiskLevel.MEDIUM);

            ColourDecision d = p.on(TODAY, was(Colour.RED, since));

            assertThat(d.colour()).isEqualTo(Colour.YELLOW);
            assertThat(d.reasonTexts()).containsExactly("MEDIUM_RISK_ARRIVAL(330300, 2020-02-18)");
        }
    }

    @Nested
    class Yellow {

        @Test
        void feverStartsAt37point3() {
            assertThat(person().normal(TODAY.minusDays(20), TODAY.minusDays(1)).declare(TODAY, "37.2").today().colour())
                    .isEqualTo(Colour.GREEN);

            ColourDecision d = person().normal(TODAY.minusDays(20), TODAY.minusDays(1)).declare(TODAY, "37.3").today();
            assertThat(d.colour()).isEqualTo(Colour.YELLOW);
            assertThat(d.reasonTexts()).containsExactly("FEVER(37.3, 2020-02-20)");
            assertThat(d.until()).isEqualTo(TODAY.plusDays(7));
        }

        @Test
        void theHighestTemperatureOfTheDayCounts() {
            ColourDecision d = person().normal(TODAY.minusDays(20), TODAY).declare(TODAY, "38.10").today();
            assertThat(d.reasonTexts()).containsExactly("FEVER(38.1, 2020-02-20)");
        }

        @Test
        void forListedSymptomsInTheRuleSetsOrder() {
            ColourDecision d = person().normal(TODAY.minusDays(20), TODAY.minusDays(1))
                    .declare(TODAY, "36.8", "乏力", "头痛", "干咳").today();

            assertThat(d.colour()).isEqualTo(Colour.YELLOW);
            assertThat(d.reasonTexts()).containsExactly("SYMPTOMS(2020-02-20, 干咳, 乏力)");
        }

        @Test
        void notForUnlistedSymptoms() {
            assertThat(person().normal(TODAY.minusDays(20), TODAY.minusDays(1)).declare(TODAY, "36.8", "头痛").today().colour())
                    .isEqualTo(Colour.GREEN);
        }

        @Test
        void forAnArrivalFromAMediumRiskCityThroughDay13() {
            LocalDate left = LocalDate.of(2020, 2, 1);
            Person p = person().normal(left.minusDays(20), left.plusDays(20)).visit(WENZHOU, left.minusDays(2), left)
                    .risk(WENZHOU, left.minusDays(10), left.plusDays(10), RiskLevel.MEDIUM);

            ColourDecision day13 = p.on(left.plusDays(13), was(Colour.YELLOW, left));
            assertThat(day13.colour()).isEqualTo(Colour.YELLOW);
            assertThat(day13.reasonTexts()).containsExactly("MEDIUM_RISK_ARRIVAL(330300, 2020-02-01)");
            assertThat(day13.until()).isEqualTo(left.plusDays(14));

            assertThat(p.on(left.plusDays(14), was(Colour.YELLOW, left)).colour()).isEqualTo(Colour.GREEN);
            assertThat(p.on(left.plusDays(15), was(Colour.YELLOW, left)).colour()).isEqualTo(Colour.GREEN);
        }

        @Test
        void turnsGreenAfterSevenConsecutiveNormalDaysNotSix() {
            LocalDate fever = LocalDate.of(2020, 2, 10);
            Person p = person().normal(fever.minusDays(10), fever.plusDays(7)).declare(fever, "38.0");

            ColourDecision six = p.on(fever.plusDays(6), was(Colour.YELLOW, fever));
            assertThat(six.colour()).isEqualTo(Colour.YELLOW);
            assertThat(six.reasonTexts()).containsExactly("FEVER(38, 2020-02-10)");
            assertThat(six.until()).isEqualTo(fever.plusDays(7));

            ColourDecision seven = p.on(fever.plusDays(7), was(Colour.YELLOW, fever));
            assertThat(seven.colour()).isEqualTo(Colour.GREEN);
            assertThat(seven.reasonTexts()).containsExactly("RECOVERED(YELLOW, 7)");
        }

        @Test
        void aDayStillToBeDeclaredDoesNotCountYet() {
            LocalDate fever = TODAY.minusDays(7);
            Person p = person().normal(fever.minusDays(10), TODAY.minusDays(1)).declare(fever, "38.0");
            p.declarations.removeIf(d -> d.date().equals(fever) && d.temperatureCelsius().compareTo(new BigDecimal("38")) < 0);

            ColourDecision d = p.on(TODAY, was(Colour.YELLOW, fever));

            assertThat(d.colour()).isEqualTo(Colour.YELLOW);
            assertThat(d.reasonTexts()).containsExactly("YELLOW_OBSERVATION(6, 7)");
            assertThat(d.until()).isEqualTo(TODAY);
        }

        @Test
        void forAMissedDeclaration() {
            ColourDecision d = person().normal(TODAY.minusDays(20), TODAY.minusDays(2)).today();

            assertThat(d.colour()).isEqualTo(Colour.YELLOW);
            assertThat(d.reasonTexts()).containsExactly("MISSED_DECLARATION(1, 2020-02-18)");
            assertThat(d.until()).isEqualTo(TODAY.plusDays(6));
        }

        @Test
        void notWhileTodaysDeclarationIsStillDue() {
            assertThat(person().normal(TODAY.minusDays(20), TODAY.minusDays(1)).today().colour()).isEqualTo(Colour.GREEN);
        }

        @Test
        void forMissedDeclarationsSinceTheyWereDueWhenThereAreNone() {
            Person p = person();
            p.dueFrom = TODAY.minusDays(3);
            assertThat(p.today().reasonTexts()).containsExactly("MISSED_DECLARATION(3, -)");

            assertThat(person().today().colour()).as("no history and nothing due").isEqualTo(Colour.GREEN);
        }

        @Test
        void aZoneMayTolerateOneMissedDay() {
            RuleSet lenient = new RuleSet("Z7-1", new BigDecimal("37.3"), RuleSet.NATIONAL_SYMPTOMS, 14, 7, 14, 2);
            Person oneMissed = person().normal(TODAY.minusDays(20), TODAY.minusDays(2));
            Person twoMissed = person().normal(TODAY.minusDays(20), TODAY.minusDays(3));

            assertThat(ColourRules.decide(lenient, oneMissed.situation(), TODAY, PreviousStatus.none()).colour())
                    .isEqualTo(Colour.GREEN);
            ColourDecision d = ColourRules.decide(lenient, twoMissed.situation(), TODAY, PreviousStatus.none());
            assertThat(d.colour()).isEqualTo(Colour.YELLOW);
            assertThat(d.reasonTexts()).containsExactly("MISSED_DECLARATION(2, 2020-02-17)");
            assertThat(d.ruleSetVersion()).isEqualTo("Z7-1");
        }

        @Test
        void afterAMissedDayItTakesSevenConsecutiveNormalDaysAgain() {
            LocalDate since = TODAY.minusDays(3); // turned yellow for a missed day
            Person p = person().normal(TODAY.minusDays(20), TODAY.minusDays(5)).normal(TODAY.minusDays(3), TODAY);

            ColourDecision d = p.on(TODAY, was(Colour.YELLOW, since));

            assertThat(d.colour()).isEqualTo(Colour.YELLOW);
            assertThat(d.reasonTexts()).containsExactly("YELLOW_OBSERVATION(4, 7)");
            assertThat(d.until()).isEqualTo(since.plusDays(6));
        }
    }

    @Nested
    class OverridesAndOrdering {

        @Test
        void aManualOverrideWinsAndIsShownAsTheReason() {
            Person p = person().normalUntilToday();
            p.diagnosis = Diagnosis.SUSPECTED;
            p.override = new ManualOverride(Colour.GREEN, "核酸检测阴性，解除疑似", 9, TODAY.plusDays(2));

            ColourDecision d = p.today();

            assertThat(d.colour()).isEqualTo(Colour.GREEN);
            assertThat(d.reasonTexts()).containsExactly("MANUAL_OVERRIDE(GREEN, 核酸检测阴性，解除疑似)");
            assertThat(d.until()).isEqualTo(TODAY.plusDays(3));
        }

        @Test
        void anOverrideCanAlsoRaiseTheColour() {
            Person p = person().normalUntilToday();
            p.override = new ManualOverride(Colour.RED, "疾控通知", 9, null);
            assertThat(p.today().colour()).isEqualTo(Colour.RED);
        }

        @Test
        void anExpiredOverrideNoLongerApplies() {
            Person p = person().normalUntilToday();
            p.diagnosis = Diagnosis.SUSPECTED;
            p.override = new ManualOverride(Colour.GREEN, "复核", 9, TODAY.minusDays(1));

            assertThat(p.today().colour()).isEqualTo(Colour.RED);
        }

        @Test
        void whenSeveralApplyRedReasonsComeFirstInRuleOrder() {
            LocalDate left = TODAY.minusDays(4);
            Person p = person().normal(TODAY.minusDays(20), TODAY.minusDays(2))
                    .declare(TODAY.minusDays(2), "37.9", "咽痛")
                    .visit(WENZHOU, left, left).risk(WENZHOU, left, left, RiskLevel.MEDIUM)
                    .visit(WUHAN, left.minusDays(3), left.minusDays(1)).risk(WUHAN, left.minusDays(10), TODAY, RiskLevel.HIGH);
            p.diagnosis = Diagnosis.CLOSE_CONTACT;

            ColourDecision d = p.today();

            assertThat(d.colour()).isEqualTo(Colour.RED);
            assertThat(d.reasonTexts()).containsExactly(
                    "CLOSE_CONTACT()",
                    "HIGH_RISK_ARRIVAL(420100, 2020-02-15)",
                    "MEDIUM_RISK_ARRIVAL(330300, 2020-02-16)",
                    "FEVER(37.9, 2020-02-18)",
                    "SYMPTOMS(2020-02-18, 咽痛)",
                    "MISSED_DECLARATION(1, 2020-02-18)");
            assertThat(d.until()).isNull();
        }

        @Test
        void declarationsDatedAfterTodayAreIgnored() {
            assertThat(person().normalUntilToday().declare(TODAY.plusDays(1), "39.0").today().colour()).isEqualTo(Colour.GREEN);
        }
    }

    @Test
    void eachZoneUsesItsOwnVersionedRuleSet() {
        RuleSet zone7 = new RuleSet("Z7-2", new BigDecimal("37.5"), List.of("发热"), 14, 7, 14, 1);
        ZoneRuleSets sets = ZoneRuleSets.of(RULES).with(7, zone7);
        PersonSituation s = person().normal(TODAY.minusDays(20), TODAY.minusDays(1)).declare(TODAY, "37.4", "干咳").situation();

        ColourDecision inZone7 = ColourRules.decide(sets.forZone(7), s, TODAY, PreviousStatus.none());
        ColourDecision elsewhere = ColourRules.decide(sets.forZone(8), s, TODAY, PreviousStatus.none());

        assertThat(inZone7.colour()).isEqualTo(Colour.GREEN);
        assertThat(inZone7.ruleSetVersion()).isEqualTo("Z7-2");
        assertThat(elsewhere.colour()).isEqualTo(Colour.YELLOW);
        assertThat(elsewhere.reasonTexts()).containsExactly("FEVER(37.4, 2020-02-20)", "SYMPTOMS(2020-02-20, 干咳)");
        assertThat(elsewhere.ruleSetVersion()).isEqualTo("CN-2020.1");
    }

    @Test
    void aChangeBecomesAnEventWithVersionAndReasons() {
        ColourDecision d = person().normal(TODAY.minusDays(20), TODAY.minusDays(1)).declare(TODAY, "37.8").today();
        Instant at = Instant.parse("2020-02-20T01:00:00Z");

        assertThat(d.changes(PreviousStatus.none())).isTrue();
        assertThat(d.changes(was(Colour.YELLOW, TODAY))).isFalse();
        assertThat(d.changeEvent(1001, 20, 7, PreviousStatus.none(), at)).isEqualTo(new HealthStatusChanged(
                1001, 20, 7, Colour.GREEN, Colour.YELLOW, "CN-2020.1", List.of("FEVER(37.8, 2020-02-20)"), at));
    }

    @Test
    void ruleSetsRejectNonsense() {
        assertThatThrownBy(() -> new RuleSet(" ", new BigDecimal("37.3"), List.of(), 14, 7, 14, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RuleSet("v", new BigDecimal("3.73"), List.of(), 14, 7, 14, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RuleSet("v", new BigDecimal("37.3"), List.of(), 0, 7, 14, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RULES.lookbackDays()).isEqualTo(16);
    }
}
