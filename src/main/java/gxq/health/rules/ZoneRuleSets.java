package gxq.health.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** The rule set each zone uses: a default, and the zones that configured their own. Immutable. */
public final class ZoneRuleSets {

    private final RuleSet defaults;
    private final Map<Long, RuleSet> byZone;

    public ZoneRuleSets(RuleSet defaults, Map<Long, RuleSet> byZone) {
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        this.byZone = Map.copyOf(byZone);
    }

    public static ZoneRuleSets of(RuleSet defaults) {
        return new ZoneRuleSets(defaults, Map.of());
    }

    public RuleSet forZone(long zoneId) {
        return byZone.getOrDefault(zoneId, defaults);
    }

    /** A copy where {@code zoneId} uses {@code rules}. */
    public ZoneRuleSets with(long zoneId, RuleSet rules) {
        Map<Long, RuleSet> copy = new HashMap<>(byZone);
        copy.put(zoneId, Objects.requireNonNull(rules, "rules"));
        return new ZoneRuleSets(defaults, copy);
    }

    public RuleSet defaults() {
        return defaults;
    }
}
