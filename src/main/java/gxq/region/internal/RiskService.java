package gxq.region.internal;

import java.util.Set;
import gxq.region.CityRisksChanged;
import org.springframework.context.ApplicationEventPublisher;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gxq.account.AuditEntry;
import gxq.account.AuditLog;
import gxq.account.Role;
import gxq.account.TenantScope;
import gxq.common.web.NotFoundException;
import gxq.region.Region;
import gxq.region.Regions;
import gxq.region.RiskLevel;

/**
 * Maintenance of city risk entries. A zone admin writes its own zone's entries, the ministry the national ones (zone
 * null); zone staff read. A zone sees its own entries and the national ones; the ministry sees every entry. Another
 * zone's entry answers 404, a visible entry of the other origin 403.
 */
@Service
@Transactional
class RiskService {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final int MAX_NOTE = 300;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY_SLASH = DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT);

    private final RiskStore store;
    private final Regions regions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    RiskService(RiskStore store, Regions regions, AuditLog audit, ApplicationEventPublisher events) {
        this.store = store;
        this.regions = regions;
        this.audit = audit;
        this.events = events;
    }

    static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    /** The zone whose entries the scope writes; null for the ministry (national entries). */
    static Long writeOrigin(TenantScope scope) {
        if (scope.role() == Role.MINISTRY_ADMIN) {
            return null;
        }
        if (scope.role() == Role.ZONE_ADMIN && scope.zoneId() != null) {
            return scope.zoneId();
        }
        throw new AccessDeniedException("may not write city risk entries");
    }

    /** Zone roles: their zone's and national entries. Ministry: national ones, or one zone's own when asked. */
    @Transactional(readOnly = true)
    List<RiskRow> list(TenantScope scope, Long zoneFilter, RiskLevel level, boolean inForceToday, int limit, int offset) {
        LocalDate day = inForceToday ? today() : null;
        if (scope.isMinistry()) {
            return store.list(zoneFilter, false, level, day, limit, offset);
        }
        if (scope.isZoneLevel() && scope.zoneId() != null) {
            return store.list(scope.zoneId(), true, level, day, limit, offset);
        }
        return List.of();
    }

    @Transactional(readOnly = true)
    RiskRow visible(TenantScope scope, long id) {
        return store.find(id).filter(r -> scope.isMinistry()
                        || (scope.isZoneLevel() && (r.zoneId() == null || Objects.equals(r.zoneId(), scope.zoneId()))))
                .orElseThrow(() -> new NotFoundException("city_risk", id));
    }

    /** The entry if the scope may change it: 404 when it may not see it, 403 when it is the other origin's. */
    @Transactional(readOnly = true)
    RiskRow writable(TenantScope scope, long id) {
        RiskRow row = visible(scope, id);
        if (!Objects.equals(row.zoneId(), writeOrigin(scope))) {
            throw new AccessDeniedException("entry of another origin");
        }
        return row;
    }

    static boolean mayWrite(TenantScope scope, RiskRow row) {
        return (scope.role() == Role.MINISTRY_ADMIN && row.zoneId() == null)
                || (scope.role() == Role.ZONE_ADMIN && row.zoneId() != null && row.zoneId().equals(scope.zoneId()));
    }

    @Transactional(readOnly = true)
    List<RiskStore.ZoneOption> zones() {
        return store.zones();
    }

    @Transactional(readOnly = true)
    String zoneName(long zoneId) {
        return store.zoneName(zoneId).orElse("");
    }

    long create(TenantScope scope, RiskForm form) {
        Long zone = writeOrigin(scope);
        Valid v = validate(form);
        long id = store.insert(zone, v.city(), v.level(), v.from(), v.to(), v.note(), scope.userId());
        audit.record(AuditEntry.of("CITY_RISK_SET", "city_risk", id).tenant(zone, null)
                .detail("add " + v.describe()));
        events.publishEvent(new CityRisksChanged(zone, Set.of(v.city())));
        return id;
    }

    void update(TenantScope scope, long id, RiskForm form) {
        RiskRow current = writable(scope, id);
        Valid v = validate(form);
        if (form.getVersion() == null) {
            throw new InvalidRisk(List.of(new RiskProblem(null, "region.risk.version.missing")));
        }
        if (!store.update(id, form.getVersion(), v.city(), v.level(), v.from(), v.to(), v.note())) {
            throw new RiskConflict(store.find(id).orElseThrow(() -> new NotFoundException("city_risk", id)));
        }
        audit.record(AuditEntry.of("CITY_RISK_SET", "city_risk", id).tenant(current.zoneId(), null)
                .detail("edit " + v.describe() + " (was " + current.cityCode() + " " + current.level() + " "
                        + current.validFrom() + ".." + (current.validTo() == null ? "" : current.validTo()) + ")"));
        events.publishEvent(new CityRisksChanged(current.zoneId(), new java.util.HashSet<>(List.of(v.city(), current.cityCode()))));
    }

    /**
     * Ends an entry so that it is no longer in force today: its last day becomes yesterday; an entry that has not
     * started yet is withdrawn (deleted).
     */
    void end(TenantScope scope, long id, Integer version) {
        RiskRow row = writable(scope, id);
        LocalDate yesterday = today().minusDays(1);
        if (version == null || version != row.version()) {
            throw new RiskConflict(row);
        }
        boolean ok;
        String what;
        if (row.validFrom().isAfter(yesterday)) {
            ok = store.delete(id, version);
            what = "withdraw";
        } else {
            LocalDate to = row.validTo() != null && row.validTo().isBefore(yesterday) ? row.validTo() : yesterday;
            ok = store.update(id, version, row.cityCode(), row.level(), row.validFrom(), to, row.note());
            what = "end " + to;
        }
        if (!ok) {
            throw new RiskConflict(store.find(id).orElseThrow(() -> new NotFoundException("city_risk", id)));
        }
        audit.record(AuditEntry.of("CITY_RISK_SET", "city_risk", id).tenant(row.zoneId(), null)
                .detail(what + " " + row.cityCode() + " " + row.level() + " from " + row.validFrom()));
        events.publishEvent(new CityRisksChanged(row.zoneId(), Set.of(row.cityCode())));
    }

    record Valid(String city, RiskLevel level, LocalDate from, LocalDate to, String note) {
        String describe() {
            return city + " " + level + " " + from + ".." + (to == null ? "" : to);
        }
    }

    private Valid validate(RiskForm f) {
        List<RiskProblem> problems = new ArrayList<>();
        String cityCode = clean(f.getCity());
        String city = null;
        if (cityCode == null) {
            problems.add(new RiskProblem("city", "region.risk.city.required"));
        } else {
            Region r = regions.find(cityCode).filter(x -> x.level() == 2).orElse(null);
            if (r == null) {
                problems.add(new RiskProblem("city", "region.risk.city.unknown", cityCode));
            } else {
                city = r.code();
            }
        }
        RiskLevel level = parseLevel(f.getLevel());
        if (level == null) {
            problems.add(new RiskProblem("level", "region.risk.level.required"));
        }
        LocalDate from = null;
        LocalDate to = null;
        String fromText = clean(f.getValidFrom());
        if (fromText == null) {
            problems.add(new RiskProblem("validFrom", "region.risk.from.required"));
        } else if ((from = parseDay(fromText)) == null) {
            problems.add(new RiskProblem("validFrom", "region.risk.date.invalid", fromText));
        }
        String toText = clean(f.getValidTo());
        if (toText != null) {
            to = parseDay(toText);
            if (to == null) {
                problems.add(new RiskProblem("validTo", "region.risk.date.invalid", toText));
            } else if (from != null && to.isBefore(from)) {
                problems.add(new RiskProblem("validTo", "region.risk.to.beforeFrom"));
            }
        }
        String note = clean(f.getNote());
        if (note != null && note.length() > MAX_NOTE) {
            problems.add(new RiskProblem("note", "region.risk.note.tooLong", MAX_NOTE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRisk(problems);
        }
        return new Valid(city, level, from, to, note);
    }

    /** Import result: how many rows were applied and, per rejected row, its number and problems. */
    record ImportReport(int applied, List<RejectedRow> rejected) {
    }

    record RejectedRow(int rowNumber, String city, List<RiskProblem> problems) {
    }

    /**
     * Applies every valid row of a read file in this one transaction and reports the others. A file that cannot be
     * read never gets here (the reader throws before anything is written).
     */
    ImportReport importRows(TenantScope scope, String fileName, List<RiskFile.Row> rows) {
        Long zone = writeOrigin(scope);
        Map<String, List<Region>> byName = new HashMap<>();
        Map<String, Region> byCode = new HashMap<>();
        for (Region p : regions.provinces()) {
            for (Region c : regions.citiesOf(p.code())) {
                if (c.level() == 2) {
                    byCode.put(c.code(), c);
                    byName.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c);
                }
            }
        }
        int applied = 0;
        Set<String> changedCities = new java.util.TreeSet<>();
        List<RejectedRow> rejected = new ArrayList<>();
        for (RiskFile.Row row : rows) {
            List<RiskProblem> problems = new ArrayList<>();
            String cityText = clean(row.city());
            Region city = null;
            if (cityText == null) {
                problems.add(new RiskProblem("city", "region.risk.city.required"));
            } else if (cityText.matches("\\d{6}")) {
                city = byCode.get(cityText);
                if (city == null) {
                    problems.add(new RiskProblem("city", "region.risk.city.unknown", cityText));
                }
            } else {
                List<Region> named = byName.getOrDefault(cityText, List.of());
                if (named.size() == 1) {
                    city = named.get(0);
                } else if (named.isEmpty()) {
                    problems.add(new RiskProblem("city", "region.risk.city.unknown", cityText));
                } else {
                    problems.add(new RiskProblem("city", "region.risk.city.ambiguous", cityText));
                }
            }
            String levelText = clean(row.level());
            RiskLevel level = parseLevel(levelText);
            if (level == null) {
                problems.add(levelText == null ? new RiskProblem("level", "region.risk.level.required")
                        : new RiskProblem("level", "region.risk.level.invalid", levelText));
            }
            String fromText = clean(row.from());
            LocalDate from = fromText == null ? null : parseDay(fromText);
            if (fromText == null) {
                problems.add(new RiskProblem("validFrom", "region.risk.from.required"));
            } else if (from == null) {
                problems.add(new RiskProblem("validFrom", "region.risk.date.invalid", fromText));
            }
            String toText = clean(row.to());
            LocalDate to = toText == null ? null : parseDay(toText);
            if (toText != null && to == null) {
                problems.add(new RiskProblem("validTo", "region.risk.date.invalid", toText));
            } else if (to != null && from != null && to.isBefore(from)) {
                problems.add(new RiskProblem("validTo", "region.risk.to.beforeFrom"));
            }
            String note = clean(row.note());
            if (note != null && note.length() > MAX_NOTE) {
                problems.add(new RiskProblem("note", "region.risk.note.tooLong", MAX_NOTE));
            }
            if (problems.isEmpty()) {
                store.insert(zone, city.code(), level, from, to, note, scope.userId());
                changedCities.add(city.code());
                applied++;
            } else {
                rejected.add(new RejectedRow(row.rowNumber(), cityText, problems));
            }
        }
        audit.record(AuditEntry.of("CITY_RISK_IMPORT", "city_risk", fileName).tenant(zone, null)
                .detail("applied " + applied + ", rejected " + rejected.size()));
        if (!changedCities.isEmpty()) {
            events.publishEvent(new CityRisksChanged(zone, changedCities));
        }
        return new ImportReport(applied, rejected);
    }

    /** 低/中/高 (with or without 风险), LOW/MEDIUM/HIGH in any case. */
    static RiskLevel parseLevel(String text) {
        String t = clean(text);
        if (t == null) {
            return null;
        }
        t = t.replace("风险", "").strip();
        return switch (t.toUpperCase(Locale.ROOT)) {
            case "低", "LOW" -> RiskLevel.LOW;
            case "中", "MEDIUM" -> RiskLevel.MEDIUM;
            case "高", "HIGH" -> RiskLevel.HIGH;
            default -> null;
        };
    }

    /** 2024-03-01, 2024-3-1 or 2024/3/1; null when not a real day. */
    static LocalDate parseDay(String text) {
        for (DateTimeFormatter f : List.of(DAY, DAY_SLASH)) {
            try {
                return LocalDate.parse(text.strip(), f);
            } catch (DateTimeParseException e) {
                // next pattern
            }
        }
        return null;
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
