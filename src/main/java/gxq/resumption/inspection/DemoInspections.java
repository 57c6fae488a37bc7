package gxq.resumption.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import gxq.resumption.ChecklistItem;
import gxq.resumption.Checklists;

/**
 * With profile {@code demo} (off with {@code gxq.demo.resumption.inspections=false}): once the demo generator has filled
 * the database, and only while there is no inspection at all, records three inspections of the first demo zone's first
 * enterprises, in one transaction and without audit lines: one with an overdue open finding, a rectified one waiting
 * for the zone and a remark; one 停工整改 with an open finding and a closed one; one 合格 with a remark.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "gxq.demo.resumption.inspections", havingValue = "true", matchIfMissing = true)
class DemoInspections {

    private static final Logger log = LoggerFactory.getLogger(DemoInspections.class);

    private final JdbcClient db;
    private final TransactionTemplate tx;
    private final Checklists checklists;
    private final Clock clock;

    DemoInspections(JdbcClient db, PlatformTransactionManager transactions, Checklists checklists,
            @Qualifier("healthClock") Clock clock) {
        this.db = db;
        this.tx = new TransactionTemplate(transactions);
        this.checklists = checklists;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(310) // before the zone reports (gxq.report), which freeze these figures
    void onReady() {
        try {
            int n = populateIfEmpty();
            log.info("Demo inspections: {} written", n);
        } catch (RuntimeException e) {
            log.error("Demo inspections could not be written (nothing was kept)", e);
        }
    }

    /** Returns the number of inspections written (0 when there were some already or no demo zone). */
    int populateIfEmpty() {
        if (db.sql("select count(*) from resumption_inspection").query(Long.class).single() > 0) {
            return 0;
        }
        Optional<Long> zone = db.sql("select zone_id from enterprise where status = 'ACTIVE' order by id limit 1")
                .query(Long.class).optional();
        if (zone.isEmpty()) {
            return 0;
        }
        Integer written = tx.execute(status -> populate(zone.get()));
        return written == null ? 0 : written;
    }

    private record Actor(long id, String name) {
    }

    private int populate(long zone) {
        List<Long> enterprises = db.sql("""
                select id from enterprise where zone_id = :zone and status = 'ACTIVE' order by id limit 3
                """).param("zone", zone).query(Long.class).list();
        Optional<Actor> staff = actor("zone_id = :id and role in ('ZONE_STAFF', 'ZONE_ADMIN')", zone);
        if (enterprises.size() < 3 || staff.isEmpty()) {
            return 0;
        }
        Map<String, ChecklistItem> items = checklists.effectiveFor(zone).stream()
                .collect(Collectors.toMap(ChecklistItem::code, Function.identity(), (a, b) -> a));
        LocalDate today = LocalDate.now(clock);
        Actor inspector = staff.get();

        long first = enterprises.get(0);
        Actor admin1 = actor("enterprise_id = :id and role = 'ENTERPRISE_ADMIN'", first).orElse(inspector);
        long a = inspection(zone, first, today.minusDays(12), "张伟、李娜", "RECTIFY",
                "复工后首次现场检查，企业负责人陪同。", inspector);
        finding(a, zone, first, 1, items.get("N03"), "西门未安排专人值守，访客未登记即可进入。", "GENERAL",
                today.minusDays(5), "OPEN", null, null, null);
        long rectified = finding(a, zone, first, 2, items.get("N06"), "食堂和通勤车辆无消毒记录。", "SERIOUS",
                today.minusDays(3), "RECTIFIED", "已制定消毒制度，每日两次消毒并登记，附近三天记录。", admin1,
                today.minusDays(4));
        finding(a, zone, first, 3, null, "建议在电梯口增设免洗手消毒液。", "NOTE", null, "NOTED", null, null, null);

        long second = enterprises.get(1);
        Actor admin2 = actor("enterprise_id = :id and role = 'ENTERPRISE_ADMIN'", second).orElse(inspector);
        long b = inspection(zone, second, today.minusDays(4), "王强", "SUSPEND",
                "员工宿舍人员密集，整改验收前暂停生产。", inspector);
        finding(b, zone, second, 1, items.get("N07"), "宿舍每间住 8 人，未采取分散居住措施。", "SERIOUS",
                today.plusDays(3), "OPEN", null, null, null);
        long closed = finding(b, zone, second, 2, items.get("N13"), "未设置隔离观察区。", "GENERAL",
                today.minusDays(1), "CLOSED", "已在一层设置独立隔离观察室两间。", admin2, today.minusDays(2));
        event(closed, "ACCEPT", "现场复核合格。", null, inspector, today.minusDays(1));

        long third = enterprises.get(2);
        long c = inspection(zone, third, today.minusDays(2), "张伟", "PASSED", null, inspector);
        finding(c, zone, third, 1, items.get("N11"), "宣传海报张贴较少，建议在食堂增加。", "NOTE", null, "NOTED", null, null,
                null);
        log.debug("Demo inspections {} {} {}; findings {} rectified, {} closed", a, b, c, rectified, closed);
        return 3;
    }

    private Optional<Actor> actor(String where, long id) {
        return db.sql("select id, display_name from app_user where enabled and " + where + " order by id limit 1")
                .param("id", id).query((rs, n) -> new Actor(rs.getLong(1), rs.getString(2))).optional();
    }

    private long inspection(long zone, long enterprise, LocalDate on, String inspectors, String result, String notes,
            Actor by) {
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into resumption_inspection (zone_id, enterprise_id, inspected_on, inspectors, result, notes,
                    created_by, created_by_name, created_at)
                values (:zone, :ent, :on, :inspectors, :result, :notes, :by, :name, :at)
                """).param("zone", zone).param("ent", enterprise).param("on", on).param("inspectors", inspectors)
                .param("result", result).param("notes", notes).param("by", by.id()).param("name", by.name())
                .param("at", at(on)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** A finding; when {@code rectification} is given, the enterprise reported it on {@code rectifiedOn}. */
    private long finding(long inspection, long zone, long enterprise, int position, ChecklistItem item,
            String description, String severity, LocalDate deadline, String state, String rectification,
            Actor rectifiedBy, LocalDate rectifiedOn) {
        var keys = new GeneratedKeyHolder();
        int version = rectification == null ? 0 : state.equals("CLOSED") ? 2 : 1;
        db.sql("""
                insert into resumption_inspection_finding (inspection_id, zone_id, enterprise_id, position, item_code,
                    item_title, description, severity, deadline, state, rectification, rectified_at, updated_at, version)
                values (:insp, :zone, :ent, :pos, :code, :title, :description, :severity, :deadline, :state, :text,
                    :rectifiedAt, :updatedAt, :version)
                """).param("insp", inspection).param("zone", zone).param("ent", enterprise).param("pos", position)
                .param("code", item == null ? null : item.code()).param("title", item == null ? null : item.title())
                .param("description", description).param("severity", severity).param("deadline", deadline)
                .param("state", state).param("text", rectification)
                .param("rectifiedAt", rectifiedOn == null ? null : at(rectifiedOn))
                .param("updatedAt", at(rectifiedOn == null ? LocalDate.now(clock) : rectifiedOn))
                .param("version", version).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        if (rectification != null) {
            event(id, "RECTIFY", rectification, null, rectifiedBy, rectifiedOn);
        }
        return id;
    }

    private void event(long finding, String action, String text, LocalDate deadline, Actor by, LocalDate on) {
        db.sql("""
                insert into resumption_inspection_finding_event (finding_id, action, text, deadline, actor_id,
                    actor_name, created_at)
                values (:f, :action, :text, :deadline, :by, :name, :at)
                """).param("f", finding).param("action", action).param("text", text).param("deadline", deadline)
                .param("by", by.id()).param("name", by.name()).param("at", at(on)).update();
    }

    /** 10:00 in Asia/Shanghai of that day, in UTC. */
    private static OffsetDateTime at(LocalDate day) {
        return day.atTime(2, 0).atOffset(ZoneOffset.UTC);
    }
}
