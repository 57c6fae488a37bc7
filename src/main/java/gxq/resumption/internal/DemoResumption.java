package gxq.resumption.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import gxq.account.Role;
import gxq.account.TenantScope;
import gxq.people.Employees;
import gxq.resumption.internal.DailyStore.Figures;

/**
 * With profile {@code demo}, once the demo generator has filled the database: every demo zone (a zone with a zone
 * admin and active enterprises) publishes a resumption plan through {@link PlanService}, and its enterprises get daily
 * reports for the last 14 days, on duty rising day by day, some enterprises missing some days and about one in seven
 * not yet reported today (so the zone's reminders have work). Reports go through {@link DailyStore} with the same
 * {@link DailyReportSaved} event as a person's report, so the indicators' aggregates are the real ones. Written only
 * into a database without any plan version or daily report; one transaction per zone.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "gxq.demo.resumption.enabled", havingValue = "true", matchIfMissing = true)
class DemoResumption {

    private static final Logger log = LoggerFactory.getLogger(DemoResumption.class);
    static final int DAYS = 14;

    private final JdbcClient db;
    private final TransactionTemplate tx;
    private final PlanService plans;
    private final PlanStore planStore;
    private final DailyStore daily;
    private final DailyService dailyService;
    private final ApplicationEventPublisher events;
    private final Employees employees;

    DemoResumption(JdbcClient db, PlatformTransactionManager transactions, PlanService plans, PlanStore planStore,
            DailyStore daily, DailyService dailyService, ApplicationEventPublisher events, Employees employees) {
        this.employees = employees;
        this.db = db;
        this.tx = new TransactionTemplate(transactions);
        this.plans = plans;
        this.planStore = planStore;
        this.daily = daily;
        this.dailyService = dailyService;
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(320) // before the zone reports (gxq.report), which freeze these figures
    void onReady() {
        try {
            populateIfEmpty();
        } catch (RuntimeException e) {
            log.error("Demo resumption data could not be written", e);
        }
    }

    /** Returns the number of daily reports written. */
    int populateIfEmpty() {
        long existing = db.sql("select (select count(*) from resumption_plan_version) + (select count(*) from resumption_daily_report)")
                .query(Long.class).single();
        if (existing > 0) {
            log.info("Demo resumption data: plans or daily reports exist already; nothing written");
            return 0;
        }
        List<long[]> zones = db.sql("""
                select u.zone_id, min(u.id) from app_user u
                where u.role = 'ZONE_ADMIN' and u.enabled
                  and exists (select 1 from enterprise e where e.zone_id = u.zone_id and e.status = 'ACTIVE')
                group by u.zone_id order by u.zone_id
                """).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        int reports = 0;
        for (long[] z : zones) {
            Integer n = tx.execute(status -> populate(z[0], z[1]));
            reports += n == null ? 0 : n;
        }
        log.info("Demo resumption data: plans in {} zones, {} daily reports", zones.size(), reports);
        return reports;
    }

    int populate(long zoneId, long adminId) {
        TenantScope admin = new TenantScope(adminId, Role.ZONE_ADMIN, zoneId, null, null);
        plans.saveDraft(admin, plan());
        plans.publish(admin, planStore.draft(zoneId).orElseThrow().version());

        LocalDate today = dailyService.today();
        SplittableRandom random = new SplittableRandom(20200228L + zoneId);
        List<long[]> enterprises = db.sql("""
                select e.id from enterprise e where e.zone_id = :z and e.status = 'ACTIVE' order by e.id
                """).param("z", zoneId).query(Long.class).list().stream()
                .map(id -> new long[] {id, employees.countActive(id)}).toList();
        int written = 0;
        for (long[] e : enterprises) {
            int total = (int) e[1];
            if (total == 0) {
                continue;
            }
            for (int back = DAYS - 1; back >= 0; back--) {
                boolean skip = back == 0 ? e[0] % 7 == 0 : random.nextInt(10) == 0;
                if (skip) {
                    continue;
                }
                double share = Math.min(0.92, 0.35 + 0.04 * (DAYS - 1 - back) + random.nextDouble() * 0.08);
                int onDuty = (int) Math.round(total * share);
                int remote = Math.min(total - onDuty, (int) Math.round(total * 0.05));
                int quarantine = Math.min(total - onDuty - remote, random.nextInt(3));
                int notReturned = total - onDuty - remote - quarantine;
                int capacity = (int) Math.max(10, Math.min(100, Math.round(share * 100) - 5 + random.nextInt(6)));
                Figures f = new Figures(total, onDuty, remote, quarantine, notReturned, capacity);
                LocalDate day = today.minusDays(back);
                daily.insert(zoneId, e[0], day, f, adminId);
                events.publishEvent(new DailyReportSaved(zoneId, e[0], day, null, f.published()));
                written++;
            }
        }
        return written;
    }

    private static PlanForm plan() {
        PlanForm f = new PlanForm();
        f.setTitle("园区企业复工复产疫情防控工作方案");
        f.setMeasures("""
                一、企业复工实行申请审核制：企业在平台提交复工申请并逐项落实《企事业单位复工复产疫情防控措施指南》，园区两个工作日内审核。
                二、各出入口专人值守，每次进入测温并查验健康码，暂停指纹考勤。
                三、办公区、食堂、宿舍每日通风消毒，通勤班车每趟消毒；宿舍每间不超过6人、人均不少于2.5平方米。
                四、食堂错峰分餐，减少会议和聚集。
                五、设置临时隔离观察室，发现发热人员立即按程序处置。""");
        f.setMechanism("园区疫情防控领导小组每日碰头；企业主要负责人为第一责任人，每日报送复工日报和员工健康汇总；园区每周现场检查。");
        f.setEffectiveDate(PlanService.today().toString());
        f.setContactName(List.of("王建国", "李芳"));
        f.setContactDuty(List.of("园区防控办主任", "企业服务中心"));
        f.setContactPhone(List.of("13912345678", "13887654321"));
        return f;
    }
}
