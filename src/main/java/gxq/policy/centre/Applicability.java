package gxq.policy.centre;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import gxq.org.Industry;
import gxq.org.SizeBand;

/**
 * Whom a policy applies to, as data. An empty set or a false flag states nothing (anyone). Provinces and zones together
 * are one criterion, the area: an enterprise is inside when its zone's province or its zone is listed. A policy applies
 * to an enterprise when every stated criterion matches ({@link #match}) and it is in force today or will be
 * ({@link #inForce}); {@code PolicyStore.APPLIES} is the same rule in SQL.
 */
record Applicability(Set<SizeBand> sizes, Set<Industry> industries, Set<String> provinces, Set<Long> zones,
        boolean techSmeOnly, boolean highTechOnly, boolean epidemicHitOnly) {

    static final Applicability ANYONE = new Applicability(Set.of(), Set.of(), Set.of(), Set.of(), false, false, false);

    Applicability {
        sizes = Set.copyOf(sizes);
        industries = Set.copyOf(industries);
        provinces = Set.copyOf(provinces);
        zones = Set.copyOf(zones);
    }

    /** What the matching needs to know of an enterprise; {@code epidemicHit} is its own statement (policy profile). */
    record Facts(long zoneId, String provinceCode, Industry industry, SizeBand sizeBand, boolean highTech,
            boolean techSme, boolean epidemicHit) {
    }

    /** One reason why a policy applies: a message key and its argument (a label key, a province code, a zone id or null). */
    record Reason(String key, String arg) {
    }

    public boolean anyone() {
        return sizes.isEmpty() && industries.isEmpty() && provinces.isEmpty() && zones.isEmpty() && !techSmeOnly
                && !highTechOnly && !epidemicHitOnly;
    }

    /** The stated criteria the enterprise meets (empty list: the policy states none), or empty when one fails. */
    Optional<List<Reason>> match(Facts f) {
        List<Reason> reasons = new ArrayList<>();
        if (!sizes.isEmpty()) {
            if (f.sizeBand() == null || !sizes.contains(f.sizeBand())) {
                return Optional.empty();
            }
            reasons.add(new Reason("policy.reason.size", f.sizeBand().labelKey()));
        }
        if (!industries.isEmpty()) {
            if (f.industry() == null || !industries.contains(f.industry())) {
                return Optional.empty();
            }
            reasons.add(new Reason("policy.reason.industry", f.industry().labelKey()));
        }
        if (techSmeOnly) {
            if (!f.techSme()) {
                return Optional.empty();
            }
            reasons.add(new Reason("policy.reason.techSme", null));
        }
        if (highTechOnly) {
            if (!f.highTech()) {
                return Optional.empty();
            }
            reasons.add(new Reason("policy.reason.highTech", null));
        }
        if (epidemicHitOnly) {
            if (!f.epidemicHit()) {
                return Optional.empty();
            }
            reasons.add(new Reason("policy.reason.epidemicHit", null));
        }
        if (!provinces.isEmpty() || !zones.isEmpty()) {
            if (zones.contains(f.zoneId())) {
                reasons.add(new Reason("policy.reason.zone", String.valueOf(f.zoneId())));
            } else if (f.provinceCode() != null && provinces.contains(f.provinceCode())) {
                reasons.add(new Reason("policy.reason.province", f.provinceCode()));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(reasons);
    }

    /** In force today, or will be: not yet expired ({@code to} inclusive; no end date: open-ended). */
    static boolean inForce(LocalDate from, LocalDate to, LocalDate today) {
        return to == null || !to.isBefore(today);
    }

    /** Applies now: the policy is published, not expired, and the enterprise meets every stated criterion. */
    Optional<List<Reason>> appliesTo(Facts f, PolicyState state, LocalDate from, LocalDate to, LocalDate today) {
        if (state != PolicyState.PUBLISHED || !inForce(from, to, today)) {
            return Optional.empty();
        }
        return match(f);
    }
}
