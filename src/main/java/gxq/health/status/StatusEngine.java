package gxq.health.status;

import gxq.health.Colour;
import gxq.health.code.SubjectPseudonyms;
import gxq.health.internal.ReasonTexts;
import gxq.health.rules.CityRiskLookup;
import gxq.health.rules.CityVisit;
import gxq.health.rules.ColourDecision;
import gxq.health.rules.ColourRules;
import gxq.health.rules.Declaration;
import gxq.health.rules.ManualOverride;
import gxq.health.rules.PersonSituation;
import gxq.health.rules.PreviousStatus;
import gxq.health.rules.RuleSet;
import gxq.health.rules.ZoneRuleSets;
import gxq.region.CityRisks;
import gxq.region.RiskLevel;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes one employee's colour: locks their {@code health_status} row (creating it on first use), gathers their
 * situation (declarations of the rule set's look-back window, the cities they name, diagnosis and staff override),
 * asks {@link ColourRules#decide} and stores the result. A change of colour appends a history line, publishes
 * {@link gxq.health.HealthStatusChanged} and, when the colour worsens for a reason other than missed declarations,
 * raises a {@code TURNED_YELLOW} /
 * {@code TURNED_RED} alert; a declared temperature at or above the rule set's threshold raises {@code FEVER}.
 *
 * <p>The row lock serialises everything done for one person (two declarations at once, a declaration while staff set
 * an override, the daily job): each sees the other's result. It works the same on H2 and PostgreSQL.
 */
@Service
public class StatusEngine {

    /** Alert kinds: a contract with the alerts page. */
    public static final String TURNED_RED = "TURNED_RED";
    public static final String TURNED_YELLOW = "TURNED_YELLOW";
    public static final String FEVER = "FEVER";

    /** Days a returnee from outside the zone stays under observation, counted from the return date. */
    public static final int OBSERVATION_DAYS = 14;

    /** Whose status: the employee and their tenant. */
    public record Subject(long employeeId, long enterpriseId, long zoneId) {
    }

    private final StatusStore store;
    private final ZoneRuleSets ruleSets;
    private final SubjectPseudonyms pseudonyms;
    private final CityRisks cityRisks;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;
    private final long riskCacheNanos;
    private final Map<String, CachedRisk> riskCache = new ConcurrentHashMap<>();

    private record CachedRisk(RiskLevel level, long loadedAt) {
    }

    StatusEngine(StatusStore store, ZoneRuleSets ruleSets, SubjectPseudonyms pseudonyms, CityRisks cityRisks,
            ApplicationEventPublisher events, Clock clock,
            @Value("${gxq.display-zone:Asia/Shanghai}") String zone,
            @Value("${gxq.health.city-risk-cache:30s}") Duration riskCache) {
        this.store = store;
        this.ruleSets = ruleSets;
        this.pseudonyms = pseudonyms;
        this.cityRisks = cityRisks;
        this.events = events;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
        this.riskCacheNanos = riskCache.toNanos();
    }

    /** Today in the zone of the platform (Asia/Shanghai), by the health clock. */
    /** How many days of declarations the default rule set looks back on. */
    public int lookbackDays() {
        return ruleSets.defaults().lookbackDays();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public RuleSet rulesFor(long zoneId) {
        return ruleSets.forZone(zoneId);
    }

    /**
     * Locks the employee's status row (creating it on first use) until the caller's transaction ends: everything
     * written for this person after the lock (e.g. today's declaration) is then seen by the next recompute.
     */
    @Transactional
    public StatusRow lock(Subject who, LocalDate today) {
        return lockForUpdate(who, today).row();
    }

    /** A status row locked by this transaction, with the person's first declaration day. */
    public record Locked(StatusRow row, LocalDate dueFrom) {
    }

    /** Like {@link #lock} but keeps what {@link #recomputeLocked} needs, saving a second read of the row. */
    @Transactional
    public Locked lockForUpdate(Subject who, LocalDate today) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        StatusStore.Locked l = lockOrCreate(who, today, now, ruleSets.forZone(who.zoneId()));
        return new Locked(l.row(), l.dueFrom());
    }

    /** Recomputes with a row this transaction locked with {@link #lockForUpdate} (nothing else changed it since). */
    @Transactional
    public StatusRow recomputeLocked(Subject who, LocalDate today, Trigger trigger, Locked locked) {
        return recompute(who, today, trigger, null, new StatusStore.Locked(locked.row(), locked.dueFrom()));
    }

    /** Recomputes with the rules alone (after a declaration, or by the daily job). */
    @Transactional
    public StatusRow recompute(Subject who, LocalDate today, Trigger trigger) {
        return recompute(who, today, trigger, null);
    }

    /**
     * Recomputes after {@code staffEdit} changed the locked row's diagnosis or override (null: no edit). Runs in the
     * caller's transaction when there is one, so the caller's audit line commits with it.
     */
    @Transactional
    public StatusRow recompute(Subject who, LocalDate today, Trigger trigger, UnaryOperator<StatusRow> staffEdit) {
        return recompute(who, today, trigger, staffEdit, null);
    }

    private StatusRow recompute(Subject who, LocalDate today, Trigger trigger, UnaryOperator<StatusRow> staffEdit,
            StatusStore.Locked alreadyLocked) {
        RuleSet rules = ruleSets.forZone(who.zoneId());
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        StatusStore.Locked locked = alreadyLocked != null ? alreadyLocked : lockOrCreate(who, today, now, rules);
        StatusRow current = locked.row();
        StatusRow edited = staffEdit == null ? current : staffEdit.apply(current);

        // an override that ended is withdrawn by the rules themselves
        boolean overrideEnded = edited.overrideColour() != null && edited.overrideUntil() != null
                && today.isAfter(edited.overrideUntil());
        if (overrideEnded) {
            edited = withOverride(edited, null, null, null, null);
        }

        LocalDate from = today.minusDays(rules.lookbackDays() - 1L);
        List<StatusStore.DeclaredDay> days = store.declarations(who.employeeId(), from, today);
        List<Declaration> declarations = new ArrayList<>(days.size());
        List<CityVisit> visits = new ArrayList<>();
        LocalDate watchUntil = null;
        for (StatusStore.DeclaredDay d : days) {
            declarations.add(new Declaration(d.date(), d.temperature(), d.symptoms(), !"NONE".equals(d.contact())));
            if (d.currentCity() != null) {
                visits.add(new CityVisit(d.currentCity(), d.date(), d.date()));
            }
            for (Map.Entry<String, LocalDate> v : d.visits()) {
                visits.add(new CityVisit(v.getKey(), v.getValue(), v.getValue()));
            }
            if (d.returned() && d.returnDate() != null) {
                if (d.returnFromCity() != null) {
                    visits.add(new CityVisit(d.returnFromCity(), d.returnDate(), d.returnDate()));
                }
                LocalDate end = d.returnDate().plusDays(OBSERVATION_DAYS);
                if (watchUntil == null || end.isAfter(watchUntil)) {
                    watchUntil = end;
                }
            }
        }
        ManualOverride override = edited.overrideColour() == null ? null
                : new ManualOverride(edited.overrideColour(), edited.overrideReason(),
                        edited.overrideBy() == null ? 0 : edited.overrideBy(), edited.overrideUntil());
        PersonSituation situation = new PersonSituation(edited.diagnosis(), declarations, visits,
                riskLookup(who.zoneId()), override, locked.dueFrom());
        // An override is staff's decision for its period; once it ends or is withdrawn the rules decide afresh
        // (as for a person without history), so a red set by hand does not turn into 14 days of red isolation.
        boolean overrideGone = current.overrideColour() != null && edited.overrideColour() == null;
        PreviousStatus previous = overrideGone ? PreviousStatus.none() : new PreviousStatus(current.colour(),
                current.since() == null ? null : LocalDate.ofInstant(current.since().toInstant(), zone));
        ColourDecision decision = ColourRules.decide(rules, situation, today, previous);

        boolean changed = decision.colour() != current.colour();
        boolean staffChanged = trigger.manual() || overrideEnded;
        String reasons = StatusStore.truncate(ReasonTexts.join(decision.reasonTexts()), 1000);
        StatusRow next = new StatusRow(current.employeeId(), current.enterpriseId(), current.zoneId(),
                current.subject(), decision.colour(), changed ? sinceOn(today, now) : current.since(), decision.until(),
                decision.ruleSetVersion(), reasons, edited.diagnosis(), edited.overrideColour(),
                edited.overrideReason(), edited.overrideUntil(), edited.overrideBy(), watchUntil,
                current.sequence() + (changed || staffChanged ? 1 : 0), now);
        store.update(next);

        if (changed || staffChanged) {
            store.appendChange(next, current.colour(), trigger.actorId());
        }
        if (changed) {
            events.publishEvent(decision.changeEvent(who.employeeId(), current.enterpriseId(), current.zoneId(),
                    new PreviousStatus(current.colour(), null), now.toInstant()));
            if (decision.colour().compareTo(current.colour()) > 0 && !onlyMissedDeclarations(decision)) {
                store.raiseAlert(next, decision.colour() == Colour.RED ? TURNED_RED : TURNED_YELLOW, reasons);
            }
        }
        BigDecimal t = trigger.declaredTemperature();
        if (t != null && t.compareTo(rules.feverCelsius()) >= 0 && !trigger.feverAlreadyRaised()) {
            store.raiseAlert(next, FEVER, t.stripTrailingZeros().toPlainString() + " ℃ (" + today + ")");
        }
        return next;
    }

    /** When a colour decided for {@code today} began: now, or the start of that day when deciding for another day. */
    private OffsetDateTime sinceOn(LocalDate today, OffsetDateTime now) {
        return LocalDate.ofInstant(now.toInstant(), zone).equals(today) ? now
                : today.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** A copy of {@code s} with another staff override (all null: none). */
    public static StatusRow withOverride(StatusRow s, Colour colour, String reason, LocalDate until, Long by) {
        return new StatusRow(s.employeeId(), s.enterpriseId(), s.zoneId(), s.subject(), s.colour(), s.since(),
                s.untilDate(), s.ruleVersion(), s.reasons(), s.diagnosis(), colour, reason, until, by, s.watchUntil(),
                s.sequence(), s.updatedAt());
    }

    /** A copy of {@code s} with another diagnosis. */
    public static StatusRow withDiagnosis(StatusRow s, gxq.health.rules.Diagnosis diagnosis) {
        return new StatusRow(s.employeeId(), s.enterpriseId(), s.zoneId(), s.subject(), s.colour(), s.since(),
                s.untilDate(), s.ruleVersion(), s.reasons(), diagnosis, s.overrideColour(), s.overrideReason(),
                s.overrideUntil(), s.overrideBy(), s.watchUntil(), s.sequence(), s.updatedAt());
    }

    private StatusStore.Locked lockOrCreate(Subject who, LocalDate today, OffsetDateTime now, RuleSet rules) {
        var locked = store.lock(who.employeeId());
        if (locked.isPresent()) {
            return locked.get();
        }
        LocalDate dueFrom = store.rosterSince(who.employeeId())
                .map(t -> LocalDate.ofInstant(t.toInstant(), zone).plusDays(1))
                .filter(d -> d.isAfter(today)).orElse(today);
        store.createIfAbsent(who.employeeId(), who.enterpriseId(), who.zoneId(),
                pseudonyms.of(who.employeeId()).toString(), rules.version(), dueFrom, now);
        return store.lock(who.employeeId()).orElseThrow();
    }

    /** City risk levels of the zone, cached for a short while (they change a few times a day at most). */
    private CityRiskLookup riskLookup(long zoneId) {
        return (city, date) -> {
            String key = zoneId + "/" + city + "/" + date;
            long t = System.nanoTime();
            CachedRisk cached = riskCache.get(key);
            if (cached != null && t - cached.loadedAt() < riskCacheNanos) {
                return cached.level();
            }
            RiskLevel level = Objects.requireNonNullElse(cityRisks.levelOn(zoneId, city, date), RiskLevel.LOW);
            if (riskCacheNanos > 0) {
                if (riskCache.size() > 100_000) {
                    riskCache.clear();
                }
                riskCache.put(key, new CachedRisk(level, t));
            }
            return level;
        };
    }

    /** Forgets cached city risk levels (after risk levels changed, e.g. in tests). */
    public void forgetCityRisks() {
        riskCache.clear();
    }

    /**
     * Yellow only because declarations are missing: no zone alert. Those people are on the enterprise's "not declared
     * today" list with a reminder button; an alert each would bury the real ones (a zone of 200,000 where nobody
     * declared yesterday would raise 200,000 alerts overnight).
     */
    static boolean onlyMissedDeclarations(gxq.health.rules.ColourDecision decision) {
        return decision.reasons().stream().allMatch(r -> r.code() == gxq.health.rules.ReasonCode.MISSED_DECLARATION);
    }
}
