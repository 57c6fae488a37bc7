package gxq.exchange.notice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import gxq.common.web.FieldProblem;
import gxq.org.ZoneSummary;

/**
 * Who a notice goes to: every zone, or the chosen zones (picked one by one or as whole provinces, which are expanded to
 * their zones when the draft is saved). {@code zoneIds} follow the order of the known zones (province, then id).
 */
record Audience(Kind kind, List<Long> zoneIds) {

    enum Kind {
        ALL, ZONES
    }

    /**
     * The audience typed in the form, checked against the known zones. Unknown kinds, zone ids or provinces and an
     * empty choice add a problem and answer null.
     */
    static Audience resolve(String kind, List<String> zones, List<String> provinces, List<ZoneSummary> known,
            List<FieldProblem> problems) {
        String k = kind == null ? "" : kind.strip();
        if (k.isEmpty()) {
            problems.add(new FieldProblem("audience", "notice.audience.required"));
            return null;
        }
        Kind parsed;
        try {
            parsed = Kind.valueOf(k);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("audience", "notice.audience.bad"));
            return null;
        }
        if (parsed == Kind.ALL) {
            return new Audience(Kind.ALL, known.stream().map(ZoneSummary::id).toList());
        }
        Set<Long> chosen = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        Set<Long> knownIds = new LinkedHashSet<>(known.stream().map(ZoneSummary::id).toList());
        for (String z : zones == null ? List.<String>of() : zones) {
            String t = z == null ? "" : z.strip();
            if (t.isEmpty()) {
                continue;
            }
            Long id = t.matches("\\d{1,12}") ? Long.valueOf(t) : null;
            if (id == null || !knownIds.contains(id)) {
                unknown.add(t.length() > 20 ? t.substring(0, 20) + "…" : t);
            } else {
                chosen.add(id);
            }
        }
        List<String> unknownProvinces = new ArrayList<>();
        for (String p : provinces == null ? List.<String>of() : provinces) {
            String t = p == null ? "" : p.strip();
            if (t.isEmpty()) {
                continue;
            }
            List<Long> inProvince = known.stream().filter(z -> z.provinceCode().equals(t)).map(ZoneSummary::id).toList();
            if (inProvince.isEmpty()) {
                unknownProvinces.add(t.length() > 20 ? t.substring(0, 20) + "…" : t);
            }
            chosen.addAll(inProvince);
        }
        if (!unknown.isEmpty()) {
            problems.add(new FieldProblem("zones", "notice.zones.unknown", String.join(", ", unknown)));
        }
        if (!unknownProvinces.isEmpty()) {
            problems.add(new FieldProblem("zones", "notice.provinces.unknown", String.join(", ", unknownProvinces)));
        }
        if (!unknown.isEmpty() || !unknownProvinces.isEmpty()) {
            return null;
        }
        if (chosen.isEmpty()) {
            problems.add(new FieldProblem("zones", "notice.zones.required"));
            return null;
        }
        List<Long> ordered = known.stream().map(ZoneSummary::id).filter(chosen::contains).toList();
        return new Audience(Kind.ZONES, ordered);
    }
}
