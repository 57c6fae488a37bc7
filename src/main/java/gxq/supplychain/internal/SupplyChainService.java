package gxq.supplychain.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gxq.account.AuditEntry;
import gxq.account.AuditLog;
import gxq.account.GxqUser;
import gxq.account.TenantScope;
import gxq.common.validation.Uscc;
import gxq.common.web.ConflictException;
import gxq.common.web.NotFoundException;
import gxq.common.web.UserInputException;
import gxq.needs.CoordinationRequested;
import gxq.org.EnterpriseSummary;
import gxq.org.Enterprises;
import gxq.org.ZoneSummary;
import gxq.org.Zones;
import gxq.region.CityRisks;
import gxq.region.Region;
import gxq.region.Regions;
import gxq.region.RiskLevel;
import gxq.resumption.ResumptionStates;

/**
 * Declared links, blockage status and the blocked-point ranking (docs/supplychain.md). The graph is loaded and
 * computed per request: one query for the links with both ends, one for resumed enterprises, one for open logistics
 * cases, one risk look-up per distinct (zone, city).
 */
@Service
public class SupplyChainService {

    public static final int PAGE_SIZE = 50;
    static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcClient db;
    private final Enterprises enterprises;
    private final Zones zones;
    private final Regions regions;
    private final CityRisks risks;
    private final ResumptionStates resumption;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    SupplyChainService(JdbcClient db, Enterprises enterprises, Zones zones, Regions regions, CityRisks risks,
            ResumptionStates resumption, AuditLog audit, ApplicationEventPublisher events, MessageSource messages) {
        this.db = db;
        this.enterprises = enterprises;
        this.zones = zones;
        this.regions = regions;
        this.risks = risks;
        this.resumption = resumption;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
    }

    // ----------------------------------------------------------------------------------------------- view records

    /** One reason an enterprise is blocked: a stopped supplier (with its cause) or its own logistics case. */
    public record Reason(ChainGraph.Cause cause, String supplierName, String cityName) {
    }

    /** Blocked: a direct reason; impaired: blocked, or a supplier further up is stopped or blocked (transitively). */
    public record Status(boolean blocked, boolean impaired, List<Reason> reasons) {
        static final Status CLEAR = new Status(false, false, List.of());
    }

    public record OwnPage(EnterpriseSummary enterprise, List<Link> declared, List<Link> declaredByPartners,
            Status status) {
    }

    public record ZoneRow(long enterpriseId, String name, int suppliers, int customers, Status status) {
    }

    public record ZonePage(ZoneSummary zone, List<ZoneRow> rows, int page, boolean hasNext, long blocked, long total) {
    }

    public record RankRow(int rank, Long enterpriseId, String name, Long zoneId, String zoneName, String cityName,
            boolean notResumed, boolean highRisk, int directCustomers, int freedEnterprises, long freedEmployees,
            boolean inMyZone, boolean blocksMine, OffsetDateTime coordinationAt, boolean canCoordinate) {
    }

    public record RankingPage(List<RankRow> rows, int page, boolean hasNext, int total) {
    }

    /** Per zone: its enterprises that appear in a chain, how many are blocked, how many only blocked upstream. */
    public record ZoneFigures(long zoneId, String zoneName, int inChains, int blocked, int upstream) {
    }

    // ------------------------------------------------------------------------------------------------ own list

    @Transactional(readOnly = true)
    public OwnPage ownPage(TenantScope scope) {
        long ent = ownEnterprise(scope);
        EnterpriseSummary summary = enterprises.find(ent).orElseThrow(() -> new NotFoundException("supply chain", null));
        List<Link> declared = links("l.enterprise_id = :e", ent);
        List<Link> byPartners = links("l.partner_enterprise_id = :e", ent);
        ChainGraph graph = graph();
        return new OwnPage(summary, declared, byPartners, status(graph, ent));
    }

    @Transactional
    public long add(GxqUser user, LinkForm form) {
        TenantScope scope = user.scope();
        long ent = ownEnterprise(scope);
        EnterpriseSummary self = enterprises.find(ent).orElseThrow(() -> new NotFoundException("supply chain", null));
        Map<String, String> problems = new LinkedHashMap<>();
        String direction = direction(form.getDirection(), problems);
        String note = note(form.getNote(), problems);
        Long partnerId = null;
        String partnerName;
        String city = null;
        if ("OUTSIDE".equals(form.getKind())) {
            partnerName = outsideName(form.getName(), problems);
            city = city(form.getCityCode(), problems);
        } else if ("PLATFORM".equals(form.getKind())) {
            Optional<PartnerRow> partner = partnerByUscc(form.getUscc(), problems);
            partnerName = partner.map(PartnerRow::name).orElse(null);
            if (partner.isPresent()) {
                partnerId = partner.get().id();
                if (partnerId == ent) {
                    problems.put("uscc", "supplychain.link.self");
                } else if (direction != null && db.sql("""
                        select count(*) from supply_link
                         where enterprise_id = :e and direction = :d and partner_enterprise_id = :p""")
                        .param("e", ent).param("d", direction).param("p", partnerId).query(Long.class).single() > 0) {
                    problems.put("uscc", "supplychain.link.duplicate");
                }
            }
        } else {
            problems.put("kind", "supplychain.link.kind.invalid");
            partnerName = null;
        }
        if (!problems.isEmpty()) {
            throw new LinkInputException(problems);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        db.sql("""
                insert into supply_link (zone_id, enterprise_id, direction, partner_enterprise_id, partner_name,
                    partner_city_code, note, version, created_by, created_at, updated_at)
                values (:z, :e, :d, :p, :n, :c, :note, 0, :u, :t, :t)""")
                .param("z", self.zoneId()).param("e", ent).param("d", direction).param("p", partnerId)
                .param("n", partnerName).param("c", city).param("note", note).param("u", user.id()).param("t", now)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        audit.record(AuditEntry.of("SUPPLYCHAIN_LINK_ADD", "supply_link", id).tenant(self.zoneId(), ent)
                .detail(direction + " " + (partnerId != null ? "enterprise " + partnerId : "outside " + city)));
        return id;
    }

    @Transactional
    public void update(GxqUser user, long id, LinkForm form) {
        Link link = ownLink(user.scope(), id);
        Map<String, String> problems = new LinkedHashMap<>();
        int version = version(form.getVersion());
        String note = note(form.getNote(), problems);
        String name = link.partnerName();
        String city = link.partnerCityCode();
        if (!link.platform()) {
            name = outsideName(form.getName(), problems);
            city = city(form.getCityCode(), problems);
        }
        if (!problems.isEmpty()) {
            throw new LinkInputException(problems);
        }
        int n = db.sql("""
                update supply_link set partner_name = :n, partner_city_code = :c, note = :note,
                       version = version + 1, updated_at = :t
                 where id = :id and version = :v""")
                .param("n", name).param("c", city).param("note", note)
                .param("t", OffsetDateTime.now(ZoneOffset.UTC)).param("id", id).param("v", version).update();
        if (n == 0) {
            throw new ConflictException("supplychain.link.conflict");
        }
        audit.record(AuditEntry.of("SUPPLYCHAIN_LINK_EDIT", "supply_link", id)
                .tenant(link.zoneId(), link.enterpriseId()));
    }

    @Transactional
    public void remove(GxqUser user, long id, String versionText) {
        Link link = ownLink(user.scope(), id);
        int version = version(versionText);
        int n = db.sql("delete from supply_link where id = :id and version = :v").param("id", id)
                .param("v", version).update();
        if (n == 0) {
            throw new ConflictException("supplychain.link.conflict");
        }
        audit.record(AuditEntry.of("SUPPLYCHAIN_LINK_REMOVE", "supply_link", id)
                .tenant(link.zoneId(), link.enterpriseId())
                .detail(link.direction() + " " + (link.platform() ? "enterprise " + link.partnerEnterpriseId()
                        : "outside " + link.partnerCityCode())));
    }

    /** The link if it was declared by the caller's enterprise; anything else answers 404. */
    @Transactional(readOnly = true)
    public Link ownLink(TenantScope scope, long id) {
        long ent = ownEnterprise(scope);
        return links("l.id = :e", id).stream()
                .filter(l -> l.enterpriseId() == ent && scope.permitsEnterprise(l.zoneId(), l.enterpriseId()))
                .findFirst().orElseThrow(() -> new NotFoundException("supply chain", null));
    }

    // ----------------------------------------------------------------------------------------------- zone view

    @Transactional(readOnly = true)
    public ZonePage zonePage(TenantScope scope, int page) {
        List<ZoneRow> all = zoneRows(scope);
        ZoneSummary zone = zones.find(scope.zoneId()).orElseThrow(() -> new NotFoundException("supply chain", null));
        int p = gxq.common.web.Paging.page(page);
        int from = Math.min(all.size(), p * PAGE_SIZE);
        int to = Math.min(all.size(), from + PAGE_SIZE);
        long blocked = all.stream().filter(r -> r.status().blocked()).count();
        return new ZonePage(zone, all.subList(from, to), p, to < all.size(), blocked, all.size());
    }

    /** The active enterprises of the caller's zone, blocked first, then impaired, then by name. */
    @Transactional(readOnly = true)
    public List<ZoneRow> zoneRows(TenantScope scope) {
        if (!scope.isZoneLevel() || scope.zoneId() == null) {
            throw new NotFoundException("supply chain", null);
        }
        ChainGraph graph = graph();
        List<ZoneRow> rows = new ArrayList<>();
        for (EnterpriseSummary e : enterprises.activeInZone(scope.zoneId())) {
            int v = graph.nodeOf(e.id());
            int suppliers = 0;
            int customers = 0;
            if (v >= 0) {
                suppliers = graph.predStart[v + 1] - graph.predStart[v];
                customers = graph.succStart[v + 1] - graph.succStart[v];
            }
            rows.add(new ZoneRow(e.id(), e.name(), suppliers, customers, status(graph, e.id())));
        }
        rows.sort(Comparator.comparing((ZoneRow r) -> !r.status().blocked())
                .thenComparing(r -> !r.status().impaired()).thenComparing(ZoneRow::name));
        return rows;
    }

    // ------------------------------------------------------------------------------------------------- ranking

    @Transactional(readOnly = true)
    public RankingPage ranking(TenantScope scope, int page) {
        List<RankRow> all = rankRows(scope);
        int p = gxq.common.web.Paging.page(page);
        int from = Math.min(all.size(), p * PAGE_SIZE);
        int to = Math.min(all.size(), from + PAGE_SIZE);
        return new RankingPage(all.subList(from, to), p, to < all.size(), all.size());
    }

    /**
     * Every stopped supplier with at least one platform customer, by enterprises freed, employees freed, direct
     * customers and name. Zone roles and the ministry see all zones; for a zone, rows of its own suppliers and of
     * suppliers of its enterprises are flagged.
     */
    @Transactional(readOnly = true)
    public List<RankRow> rankRows(TenantScope scope) {
        if (!scope.isMinistry() && !scope.isZoneLevel()) {
            throw new NotFoundException("supply chain", null);
        }
        ChainGraph graph = graph();
        Long myZone = scope.isZoneLevel() ? scope.zoneId() : null;
        Map<Long, OffsetDateTime> requested = new HashMap<>();
        if (myZone != null) {
            db.sql("select supplier_enterprise_id, requested_at from supply_coordination where from_zone_id = :z")
                    .param("z", myZone).query((rs, i) -> requested.put(rs.getLong(1),
                            rs.getObject(2, OffsetDateTime.class))).list();
        }
        Map<Long, String> zoneNames = new HashMap<>();
        zones.all().forEach(z -> zoneNames.put(z.id(), z.name()));
        Map<String, String> cityNames = new HashMap<>();
        boolean zoneAdmin = scope.role() == gxq.account.Role.ZONE_ADMIN;
        List<RankRow> rows = new ArrayList<>();
        for (int v = 0; v < graph.n; v++) {
            if (!graph.stopped(v)) {
                continue;
            }
            int direct = 0;
            boolean blocksMine = false;
            for (int c : graph.customers(v)) {
                if (graph.platform[c]) {
                    direct++;
                    blocksMine |= myZone != null && graph.zoneId[c] == myZone;
                }
            }
            if (direct == 0) {
                continue;
            }
            boolean platform = graph.platform[v];
            Long ent = platform ? graph.enterpriseId[v] : null;
            Long zone = platform ? graph.zoneId[v] : null;
            boolean inMyZone = myZone != null && zone != null && zone.equals(myZone);
            OffsetDateTime at = ent == null ? null : requested.get(ent);
            rows.add(new RankRow(0, ent, graph.name[v], zone, zone == null ? null : zoneNames.get(zone),
                    cityName(graph.city[v], cityNames), graph.notResumed[v], graph.highRisk[v], direct,
                    graph.result.freedEnterprises(v), graph.result.freedEmployees(v), inMyZone, blocksMine, at,
                    zoneAdmin && platform && !inMyZone && at == null));
        }
        rows.sort(Comparator.comparingInt(RankRow::freedEnterprises).reversed()
                .thenComparing(Comparator.comparingLong(RankRow::freedEmployees).reversed())
                .thenComparing(Comparator.comparingInt(RankRow::directCustomers).reversed())
                .thenComparing(RankRow::name));
        List<RankRow> ranked = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            RankRow r = rows.get(i);
            ranked.add(new RankRow(i + 1, r.enterpriseId(), r.name(), r.zoneId(), r.zoneName(), r.cityName(),
                    r.notResumed(), r.highRisk(), r.directCustomers(), r.freedEnterprises(), r.freedEmployees(),
                    r.inMyZone(), r.blocksMine(), r.coordinationAt(), r.canCoordinate()));
        }
        return ranked;
    }

    /** The ministry's aggregate: zones with at least one enterprise in a chain, most blocked first. */
    @Transactional(readOnly = true)
    public List<ZoneFigures> zoneFigures(TenantScope scope) {
        if (!scope.isMinistry()) {
            throw new NotFoundException("supply chain", null);
        }
        ChainGraph graph = graph();
        Map<Long, int[]> byZone = new HashMap<>();
        for (int v = 0; v < graph.n; v++) {
            if (!graph.platform[v]) {
                continue;
            }
            int[] f = byZone.computeIfAbsent(graph.zoneId[v], z -> new int[3]);
            f[0]++;
            Status s = status(graph, graph.enterpriseId[v]);
            if (s.blocked()) {
                f[1]++;
            } else if (s.impaired()) {
                f[2]++;
            }
        }
        Map<Long, String> names = new HashMap<>();
        zones.all().forEach(z -> names.put(z.id(), z.name()));
        List<ZoneFigures> list = new ArrayList<>();
        byZone.forEach((z, f) -> list.add(new ZoneFigures(z, names.getOrDefault(z, String.valueOf(z)), f[0], f[1],
                f[2])));
        list.sort(Comparator.comparingInt(ZoneFigures::blocked).reversed()
                .thenComparing(Comparator.comparingInt(ZoneFigures::upstream).reversed())
                .thenComparingLong(ZoneFigures::zoneId));
        return list;
    }

    // ------------------------------------------------------------------------------------------- coordination

    /**
     * A zone admin asks the supplier's zone to coordinate: the supplier must be a stopped platform enterprise of
     * another zone with a platform customer; once per supplier and requesting zone (409 afterwards).
     */
    @Transactional
    public void requestCoordination(GxqUser user, long supplierId, String note, Locale locale) {
        TenantScope scope = user.scope();
        if (scope.role() != gxq.account.Role.ZONE_ADMIN || scope.zoneId() == null) {
            throw new NotFoundException("supply chain", null);
        }
        String details = note == null ? "" : note.strip();
        if (details.length() > 500) {
            throw UserInputException.onField("note", "supplychain.coordination.note.tooLong", 500);
        }
        RankRow row = rankRows(scope).stream().filter(r -> Long.valueOf(supplierId).equals(r.enterpriseId()))
                .findFirst().orElseThrow(() -> new NotFoundException("supply chain", null));
        if (row.inMyZone()) {
            throw new UserInputException("supplychain.coordination.ownZone");
        }
        if (row.coordinationAt() != null) {
            throw new ConflictException("supplychain.coordination.already");
        }
        Instant now = Instant.now();
        int inserted = db.sql("""
                insert into supply_coordination (from_zone_id, to_zone_id, supplier_enterprise_id, supplier_name,
                    requested_by, requested_at)
                select :f, :t, :s, :n, :u, :at where not exists (
                    select 1 from supply_coordination where from_zone_id = :f and supplier_enterprise_id = :s)""")
                .param("f", scope.zoneId()).param("t", row.zoneId()).param("s", supplierId).param("n", row.name())
                .param("u", user.id()).param("at", now.atOffset(ZoneOffset.UTC)).update();
        if (inserted == 0) {
            throw new ConflictException("supplychain.coordination.already");
        }
        List<String> causes = new ArrayList<>();
        if (row.notResumed()) {
            causes.add(messages.getMessage("supplychain.supplier.notResumed", null, locale));
        }
        if (row.highRisk()) {
            causes.add(messages.getMessage("supplychain.supplier.highRisk", new Object[] {row.cityName()}, locale));
        }
        String title = messages.getMessage("supplychain.coordination.caseTitle", new Object[] {row.name()}, locale);
        String text = messages.getMessage("supplychain.coordination.caseDetails", new Object[] {row.name(),
                String.join(", ", causes), row.directCustomers(), row.freedEnterprises(), row.freedEmployees()},
                locale) + (details.isEmpty() ? "" : "\n" + details);
        events.publishEvent(new CoordinationRequested(scope.zoneId(), row.zoneId(), user.id(), supplierId, row.name(),
                title, text, now));
        audit.record(AuditEntry.of("SUPPLYCHAIN_COORDINATION_REQUEST", "enterprise", supplierId)
                .tenant(scope.zoneId(), null).detail("to zone " + row.zoneId()));
    }

    // ----------------------------------------------------------------------------------------------- the graph

    /** Today's graph of all zones (not scoped: callers filter what they show). */
    @Transactional(readOnly = true)
    public ChainGraph graph() {
        LocalDate today = LocalDate.now(DISPLAY_ZONE);
        List<ChainGraph.Row> rows = graphRows();
        Set<Long> logistics = new HashSet<>(db.sql(
                "select distinct enterprise_id from supply_logistics_case where is_open = true")
                .query(Long.class).list());
        return ChainGraph.of(rows, resumption.resumedOn(today), logistics,
                (zone, city) -> risks.levelOn(zone, city, today) == RiskLevel.HIGH);
    }

    /** The attributes of a platform enterprise that the graph needs, read once per enterprise. */
    private record Node(long zoneId, String name, Integer staff, String cityCode) {
    }

    private static final String NODE_QUERY = """
            select e.id, e.zone_id, e.name, e.staff_count, z.city_code
              from enterprise e
              join zone z on z.id = e.zone_id""";

    /**
     * The declared links with both ends' columns: the enterprises in a link are read once (id, zone, name, staff,
     * zone's city), the links as narrow rows (outside firms' name and city only where there is no platform partner),
     * and each {@link ChainGraph.Row} shares the String instances of its ends. Same rows as joining every link with
     * both enterprises and zones: a platform partner's name is the enterprise's, its city the zone's (the link's own
     * city code only where the zone has none).
     */
    List<ChainGraph.Row> graphRows() {
        Map<Long, Node> nodes = new HashMap<>();
        RowCallbackHandler readNode = rs -> nodes.put(rs.getLong(1), new Node(rs.getLong(2), rs.getString(3),
                (Integer) rs.getObject(4, Integer.class), rs.getString(5)));
        db.sql(NODE_QUERY + """

                 where exists (select 1 from supply_link l where l.enterprise_id = e.id)
                    or exists (select 1 from supply_link l where l.partner_enterprise_id = e.id)""")
                .query(readNode);
        List<ChainGraph.Row> rows = new ArrayList<>();
        // links added between the two queries may name enterprises not read yet: looked up afterwards
        List<Object[]> late = new ArrayList<>();
        db.sql("""
                select enterprise_id, direction, partner_enterprise_id,
                       case when partner_enterprise_id is null then partner_name end, partner_city_code
                  from supply_link""")
                .query(rs -> {
                    long self = rs.getLong(1);
                    String direction = sharedDirection(rs.getString(2));
                    Long partner = (Long) rs.getObject(3, Long.class);
                    String partnerName = rs.getString(4);
                    String partnerCity = rs.getString(5);
                    Node d = nodes.get(self);
                    Node p = partner == null ? null : nodes.get(partner);
                    if (d == null || partner != null && p == null) {
                        late.add(new Object[] {self, direction, partner, partnerName, partnerCity});
                    } else {
                        rows.add(row(self, d, direction, partner, p, partnerName, partnerCity));
                    }
                });
        if (!late.isEmpty()) {
            Set<Long> missing = new HashSet<>();
            for (Object[] l : late) {
                missing.add((Long) l[0]);
                if (l[2] != null) {
                    missing.add((Long) l[2]);
                }
            }
            missing.removeAll(nodes.keySet());
            if (!missing.isEmpty()) {
                db.sql(NODE_QUERY + " where e.id in (:ids)").param("ids", missing).query(readNode);
            }
            for (Object[] l : late) {
                Node d = nodes.get((Long) l[0]);
                Long partner = (Long) l[2];
                Node p = partner == null ? null : nodes.get(partner);
                if (d != null && (partner == null || p != null)) {
                    rows.add(row((Long) l[0], d, (String) l[1], partner, p, (String) l[3], (String) l[4]));
                }
            }
        }
        return rows;
    }

    private static ChainGraph.Row row(long self, Node d, String direction, Long partner, Node p, String partnerName,
            String partnerCity) {
        if (p == null) {
            return new ChainGraph.Row(self, d.zoneId(), d.name(), d.staff(), d.cityCode(), direction, null, null,
                    partnerName, null, partnerCity);
        }
        return new ChainGraph.Row(self, d.zoneId(), d.name(), d.staff(), d.cityCode(), direction, partner,
                p.zoneId(), p.name(), p.staff(), p.cityCode() != null ? p.cityCode() : partnerCity);
    }

    /** The shared constant for the direction read (one String per row otherwise). */
    private static String sharedDirection(String read) {
        return "SUPPLIER".equals(read) ? "SUPPLIER" : "CUSTOMER".equals(read) ? "CUSTOMER" : read;
    }

    Status status(ChainGraph graph, long enterprise) {
        int v = graph.nodeOf(enterprise);
        if (v < 0) {
            return graph.hasLogistics(enterprise)
                    ? new Status(true, true, List.of(new Reason(ChainGraph.Cause.LOGISTICS, null, null)))
                    : Status.CLEAR;
        }
        List<Reason> reasons = new ArrayList<>();
        Map<String, String> cityNames = new HashMap<>();
        for (int s : graph.stoppedSuppliers(v)) {
            if (graph.notResumed[s]) {
                reasons.add(new Reason(ChainGraph.Cause.NOT_RESUMED, graph.name[s], null));
            }
            if (graph.highRisk[s]) {
                reasons.add(new Reason(ChainGraph.Cause.HIGH_RISK, graph.name[s], cityName(graph.city[s], cityNames)));
            }
        }
        if (graph.cutOff[v]) {
            reasons.add(new Reason(ChainGraph.Cause.LOGISTICS, null, null));
        }
        boolean blocked = !reasons.isEmpty();
        return new Status(blocked, blocked || graph.result.impaired(v), reasons);
    }

    private String cityName(String code, Map<String, String> cache) {
        if (code == null) {
            return null;
        }
        return cache.computeIfAbsent(code, c -> regions.find(c).map(Region::name).orElse(c));
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private record PartnerRow(long id, String name) {
    }

    private Optional<PartnerRow> partnerByUscc(String typed, Map<String, String> problems) {
        String code = Uscc.normalize(typed);
        if (code == null || code.isEmpty()) {
            problems.put("uscc", "supplychain.link.uscc.required");
            return Optional.empty();
        }
        Optional<String> problem = Uscc.problem(code);
        if (problem.isPresent()) {
            problems.put("uscc", problem.get());
            return Optional.empty();
        }
        Optional<PartnerRow> found = db.sql("select id, name from enterprise where uscc = :u and status = 'ACTIVE'")
                .param("u", code).query((rs, i) -> new PartnerRow(rs.getLong(1), rs.getString(2))).optional();
        if (found.isEmpty()) {
            problems.put("uscc", "supplychain.link.uscc.unknown");
        }
        return found;
    }

    private static String direction(String typed, Map<String, String> problems) {
        if ("SUPPLIER".equals(typed) || "CUSTOMER".equals(typed)) {
            return typed;
        }
        problems.put("direction", "supplychain.link.direction.invalid");
        return null;
    }

    private static String note(String typed, Map<String, String> problems) {
        String note = typed == null ? null : typed.strip();
        if (note != null && note.length() > 300) {
            problems.put("note", "supplychain.link.note.tooLong");
        }
        return note == null || note.isEmpty() ? null : note;
    }

    private static String outsideName(String typed, Map<String, String> problems) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            problems.put("name", "supplychain.link.name.required");
        } else if (name.length() > 200) {
            problems.put("name", "supplychain.link.name.tooLong");
        }
        return name;
    }

    private String city(String typed, Map<String, String> problems) {
        String code = typed == null ? "" : typed.strip();
        if (!code.matches("\\d{6}") || regions.find(code).filter(r -> r.level() == 2).isEmpty()) {
            problems.put("cityCode", "supplychain.link.city.invalid");
            return null;
        }
        return code;
    }

    private static int version(String typed) {
        if (typed == null || !typed.strip().matches("\\d{1,9}")) {
            throw new ConflictException("supplychain.link.conflict");
        }
        return Integer.parseInt(typed.strip());
    }

    private static long ownEnterprise(TenantScope scope) {
        if (!scope.isEnterpriseAdmin() || scope.enterpriseId() == null) {
            throw new NotFoundException("supply chain", null);
        }
        return scope.enterpriseId();
    }

    private List<Link> links(String where, long param) {
        return db.sql("""
                select l.id, l.zone_id, l.enterprise_id, d.name as d_name, l.direction, l.partner_enterprise_id,
                       coalesce(p.name, l.partner_name) as p_name, l.partner_city_code, l.note, l.version, l.updated_at
                  from supply_link l
                  join enterprise d on d.id = l.enterprise_id
                  left join enterprise p on p.id = l.partner_enterprise_id
                """ + " where " + where + " order by l.direction desc, p_name, l.id")
                .param("e", param)
                .query((rs, i) -> new Link(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), (Long) rs.getObject(6, Long.class), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getInt(10), rs.getObject(11, OffsetDateTime.class)))
                .list();
    }
}
