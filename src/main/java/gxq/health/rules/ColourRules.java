package gxq.health.rules;

import gxq.region.RiskLevel;
import static gxq.health.rules.ReasonCode.ASYMPTOMATIC;
import static gxq.health.rules.ReasonCode.CASE_CONTACT_DECLARED;
import static gxq.health.rules.ReasonCode.CLOSE_CONTACT;
import static gxq.health.rules.ReasonCode.CONFIRMED;
import static gxq.health.rules.ReasonCode.FEVER;
import static gxq.health.rules.ReasonCode.HIGH_RISK_ARRIVAL;
import static gxq.health.rules.ReasonCode.MANUAL_OVERRIDE;
import static gxq.health.rules.ReasonCode.MEDIUM_RISK_ARRIVAL;
import static gxq.health.rules.ReasonCode.MISSED_DECLARATION;
import static gxq.health.rules.ReasonCode.RECOVERED;
import static gxq.health.rules.ReasonCode.RED_ISOLATION;
import static gxq.health.rules.ReasonCode.SUSPECTED;
import static gxq.health.rules.ReasonCode.SYMPTOMS;
import static gxq.health.rules.ReasonCode.YELLOW_OBSERVATION;

import gxq.health.Colour;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The colour rules as one pure function. In order:
 * <ol>
 *   <li>A staff override in force wins; its reason is {@code MANUAL_OVERRIDE}.</li>
 *   <li>Red triggers: confirmed, suspected or asymptomatic case, close contact; a declared contact with a case, or a
 *       stay in a city while it was high-risk, within the watch period (the last day counts as day 0; the rule holds
 *       through day {@code watchDays - 1}).</li>
 *   <li>Yellow triggers: fever (≥ threshold) or a listed symptom declared within the last
 *       {@code yellowRecoveryDays} days; a stay in a medium-risk city within the watch period; at least
 *       {@code missedDeclarationDaysForYellow} days without a declaration before today.</li>
 *   <li>Any red trigger → red. Otherwise, a person who was red stays red until they have
 *       {@code redIsolationDays} consecutive normal declaration days since turning red.</li>
 *   <li>Any yellow trigger → yellow. Otherwise, a person who was yellow stays yellow until
 *       {@code yellowRecoveryDays} consecutive normal declaration days since turning yellow.</li>
 *   <li>Otherwise green (with {@code RECOVERED} when it was not green before).</li>
 * </ol>
 * A <em>normal day</em> has a declaration with a temperature below the threshold, no listed symptom and no declared
 * case contact. Consecutive normal days end today, or yesterday while today's declaration is still due.
 * Declarations dated after {@code today} are ignored. Reasons are ordered red before yellow, in the order above.
 */
public final class ColourRules {

    private ColourRules() {
    }

    private record Finding(Reason reason, LocalDate until) {
    }

    public static ColourDecision decide(RuleSet rules, PersonSituation situation, LocalDate today,
            PreviousStatus previous) {
        ManualOverride override = situation.override();
        if (override != null && override.inForceOn(today)) {
            return new ColourDecision(override.colour(),
                    List.of(Reason.of(MANUAL_OVERRIDE, override.colour(), override.reason())), rules.version(),
                    override.validUntil() == null ? null : override.validUntil().plusDays(1));
        }
        Days days = new Days(rules, situation.declarations(), today);
        LocalDate watchStart = today.minusDays(rules.watchDays() - 1L);
        List<Finding> red = new ArrayList<>();
        List<Finding> yellow = new ArrayList<>();

        switch (situation.diagnosis()) {
            case CONFIRMED -> red.add(new Finding(Reason.of(CONFIRMED), null));
            case SUSPECTED -> red.add(new Finding(Reason.of(SUSPECTED), null));
            case ASYMPTOMATIC -> red.add(new Finding(Reason.of(ASYMPTOMATIC), null));
            case CLOSE_CONTACT -> red.add(new Finding(Reason.of(CLOSE_CONTACT), null));
            case NONE -> { }
        }
        LocalDate contact = days.lastContact(watchStart);
        if (contact != null) {
            red.add(new Finding(Reason.of(CASE_CONTACT_DECLARED, contact), contact.plusDays(rules.watchDays())));
        }
        visits(rules, situation, today, watchStart, red, yellow);
        LocalDate abnormal = days.lastAbnormal(today.minusDays(rules.yellowRecoveryDays() - 1L));
        if (abnormal != null) {
            LocalDate until = abnormal.plusDays(rules.yellowRecoveryDays());
            Day day = days.get(abnormal);
            if (day.maxTemperature.compareTo(rules.feverCelsius()) >= 0) {
                yellow.add(new Finding(Reason.of(FEVER, day.maxTemperature.stripTrailingZeros().toPlainString(), abnormal), until));
            }
            if (!day.listedSymptoms.isEmpty()) {
                List<Object> args = new ArrayList<>();
                args.add(abnormal);
                args.addAll(day.listedSymptoms);
                yellow.add(new Finding(Reason.of(SYMPTOMS, args.toArray()), until));
            }
        }
        LocalDate last = days.lastDeclared();
        long missed = days.missedBefore(situation.declarationsDueFrom());
        if (missed >= rules.missedDeclarationDaysForYellow()) {
            yellow.add(new Finding(Reason.of(MISSED_DECLARATION, missed, last == null ? "-" : last),
                    today.plusDays(rules.yellowRecoveryDays() - 1L)));
        }

        if (!red.isEmpty()) {
            LocalDate since = previous.colour() == Colour.RED ? previous.since() : today;
            LocalDate until = latest(red, days.greenFrom(since, rules.redIsolationDays()));
            return decision(Colour.RED, red, yellow, null, rules, until);
        }
        if (previous.colour() == Colour.RED) {
            int done = days.normalDaysSince(previous.since());
            if (done < rules.redIsolationDays()) {
                Reason isolation = Reason.of(RED_ISOLATION, done, rules.redIsolationDays());
                return decision(Colour.RED, List.of(), yellow, isolation, rules,
                        days.greenFrom(previous.since(), rules.redIsolationDays()));
            }
            if (yellow.isEmpty()) {
                return new ColourDecision(Colour.GREEN, List.of(Reason.of(RECOVERED, Colour.RED, done)), rules.version(), null);
            }
        }
        if (!yellow.isEmpty()) {
            LocalDate since = previous.colour() == Colour.YELLOW ? previous.since() : today;
            return decision(Colour.YELLOW, List.of(), yellow, null, rules,
                    latest(yellow, days.greenFrom(since, rules.yellowRecoveryDays())));
        }
        if (previous.colour() == Colour.YELLOW) {
            int done = days.normalDaysSince(previous.since());
            if (done < rules.yellowRecoveryDays()) {
                return decision(Colour.YELLOW, List.of(), List.of(), Reason.of(YELLOW_OBSERVATION, done, rules.yellowRecoveryDays()),
                        rules, days.greenFrom(previous.since(), rules.yellowRecoveryDays()));
            }
            return new ColourDecision(Colour.GREEN, List.of(Reason.of(RECOVERED, Colour.YELLOW, done)), rules.version(), null);
        }
        return new ColourDecision(Colour.GREEN, List.of(), rules.version(), null);
    }

    private static void visits(RuleSet rules, PersonSituation situation, LocalDate today, LocalDate watchStart,
            List<Finding> red, List<Finding> yellow) {
        List<CityVisit> visits = new ArrayList<>(situation.visits());
        visits.sort(Comparator.comparing(CityVisit::to).reversed().thenComparing(CityVisit::cityCode));
        for (CityVisit visit : visits) {
            LocalDate from = visit.from().isBefore(watchStart) ? watchStart : visit.from();
            LocalDate to = visit.to().isAfter(today) ? today : visit.to();
            LocalDate lastHigh = null;
            LocalDate lastMedium = null;
            for (LocalDate d = to; !d.isBefore(from) && lastHigh == null; d = d.minusDays(1)) {
                RiskLevel risk = situation.cityRisk().riskOn(visit.cityCode(), d);
                if (risk == RiskLevel.HIGH) {
                    lastHigh = d;
                } else if (risk == RiskLevel.MEDIUM && lastMedium == null) {
                    lastMedium = d;
                }
            }
            if (lastHigh != null) {
                red.add(new Finding(Reason.of(HIGH_RISK_ARRIVAL, visit.cityCode(), lastHigh), lastHigh.plusDays(rules.watchDays())));
            }
            if (lastMedium != null) {
                yellow.add(new Finding(Reason.of(MEDIUM_RISK_ARRIVAL, visit.cityCode(), lastMedium),
                        lastMedium.plusDays(rules.watchDays())));
            }
        }
    }

    private static ColourDecision decision(Colour colour, List<Finding> red, List<Finding> yellow, Reason progress,
            RuleSet rules, LocalDate until) {
        List<Reason> reasons = new ArrayList<>();
        red.forEach(f -> reasons.add(f.reason()));
        if (progress != null && progress.code().colour() == Colour.RED) {
            reasons.add(progress);
        }
        yellow.forEach(f -> reasons.add(f.reason()));
        if (progress != null && progress.code().colour() == Colour.YELLOW) {
            reasons.add(progress);
        }
        return new ColourDecision(colour, reasons, rules.version(), until);
    }

    /** The latest until of the findings and {@code floor}; {@code null} if any finding is open-ended. */
    private static LocalDate latest(List<Finding> findings, LocalDate floor) {
        LocalDate max = floor;
        for (Finding f : findings) {
            if (f.until() == null) {
                return null;
            }
            if (f.until().isAfter(max)) {
                max = f.until();
            }
        }
        return max;
    }

    /** One calendar day's declarations, merged: the highest temperature, the listed symptoms, any contact. */
    private static final class Day {
        BigDecimal maxTemperature;
        final Set<String> listedSymptoms = new LinkedHashSet<>();
        boolean contact;
        boolean fever;
    }

    /** The declarations by day up to today, with the questions the rules ask of them. */
    private static final class Days {
        private final LocalDate today;
        private final Map<LocalDate, Day> byDate = new HashMap<>();
        private LocalDate lastDeclared;

        Days(RuleSet rules, List<Declaration> declarations, LocalDate today) {
            this.today = today;
            for (Declaration d : declarations) {
                if (d.date().isAfter(today)) {
                    continue;
                }
                Day day = byDate.computeIfAbsent(d.date(), k -> new Day());
                if (day.maxTemperature == null || d.temperatureCelsius().compareTo(day.maxTemperature) > 0) {
                    day.maxTemperature = d.temperatureCelsius();
                }
                day.fever = day.maxTemperature.compareTo(rules.feverCelsius()) >= 0;
                day.contact |= d.contactWithCase();
                day.listedSymptoms.addAll(d.symptoms());
                if (lastDeclared == null || d.date().isAfter(lastDeclared)) {
                    lastDeclared = d.date();
                }
            }
            // keep only listed symptoms, in the rule set's order, so reasons are stable
            for (Day day : byDate.values()) {
                List<String> ordered = rules.symptoms().stream().filter(day.listedSymptoms::contains).toList();
                day.listedSymptoms.clear();
                day.listedSymptoms.addAll(ordered);
            }
        }

        Day get(LocalDate date) {
            return byDate.get(date);
        }

        LocalDate lastDeclared() {
            return lastDeclared;
        }

        private boolean abnormal(Day day) {
            return day.fever || !day.listedSymptoms.isEmpty();
        }

        private boolean normal(LocalDate date) {
            Day day = byDate.get(date);
            return day != null && !abnormal(day) && !day.contact;
        }

        /** The last day in [from, today] with fever or a listed symptom. */
        LocalDate lastAbnormal(LocalDate from) {
            for (LocalDate d = today; !d.isBefore(from); d = d.minusDays(1)) {
                Day day = byDate.get(d);
                if (day != null && abnormal(day)) {
                    return d;
                }
            }
            return null;
        }

        /** The last day in [from, today] with a declared case contact. */
        LocalDate lastContact(LocalDate from) {
            for (LocalDate d = today; !d.isBefore(from); d = d.minusDays(1)) {
                Day day = byDate.get(d);
                if (day != null && day.contact) {
                    return d;
                }
            }
            return null;
        }

        /** Days without a declaration from the day after the last one (or {@code dueFrom}) through yesterday. */
        long missedBefore(LocalDate dueFrom) {
            LocalDate start = lastDeclared == null ? dueFrom : lastDeclared.plusDays(1);
            if (start != null && dueFrom != null && dueFrom.isAfter(start)) {
                start = dueFrom;
            }
            return start == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(start, today));
        }

        /** The last day of the current run of normal days: today, or yesterday while today is undeclared. */
        private LocalDate runEnd() {
            return byDate.containsKey(today) ? today : today.minusDays(1);
        }

        /** The first day of the current run of normal days, or {@code null} if there is none. */
        private LocalDate runStart() {
            LocalDate end = runEnd();
            if (!normal(end)) {
                return null;
            }
            LocalDate d = end;
            while (normal(d.minusDays(1))) {
                d = d.minusDays(1);
            }
            return d;
        }

        /** Consecutive normal days ending at the run's end, counting only days on or after {@code since}. */
        int normalDaysSince(LocalDate since) {
            LocalDate start = runStart();
            if (start == null) {
                return 0;
            }
            if (since != null && since.isAfter(start)) {
                start = since;
            }
            LocalDate end = runEnd();
            return start.isAfter(end) ? 0 : (int) ChronoUnit.DAYS.between(start, end) + 1;
        }

        /** The day {@code required} consecutive normal days since {@code since} complete, if every day from now is normal. */
        LocalDate greenFrom(LocalDate since, int required) {
            LocalDate start;
            if (normalDaysSince(since) > 0) {
                start = runStart();
                if (since != null && since.isAfter(start)) {
                    start = since;
                }
            } else {
                start = byDate.containsKey(today) ? today.plusDays(1) : today;
                if (since != null && since.isAfter(start)) {
                    start = since;
                }
            }
            return start.plusDays(required - 1L);
        }
    }
}
