package gxq.needs.cases;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import gxq.account.Accounts;
import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.account.RunAs;

/**
 * With profile {@code demo}: once the demo generator has filled the database and while there is no case at all, raises
 * six cases in the first demo zone through {@link CaseService} as enterprise admins and the zone's staff (so thread,
 * audit and events are the real ones): one new (urgent), one accepted, one solved awaiting confirmation, one
 * confirmed with ★5, one escalated to the ministry, one reopened. In one transaction: a failure keeps nothing.
 */
@Component
@Profile("demo")
class DemoCases {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    private final JdbcClient db;
    private final TransactionTemplate tx;
    private final CaseService cases;
    private final Accounts accounts;

    DemoCases(JdbcClient db, PlatformTransactionManager transactions, CaseService cases, Accounts accounts) {
        this.accounts = accounts;
        this.db = db;
        this.tx = new TransactionTemplate(transactions);
        this.cases = cases;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(200) // before the zone reports (gxq.report), which freeze these figures
    void onReady() {
        try {
            if (db.sql("select count(*) from need_case").query(Long.class).single() > 0) {
                log.info("Demo cases: there are cases already; nothing written");
                return;
            }
            Optional<Long> zone = db.sql("""
                    select e.zone_id from enterprise e join app_user u on u.enterprise_id = e.id
                    where e.status = 'ACTIVE' and u.role = 'ENTERPRISE_ADMIN' and u.enabled order by e.id limit 1
                    """).query(Long.class).optional();
            if (zone.isEmpty()) {
                log.info("Demo cases: no enterprise admin; nothing written");
                return;
            }
            log.info("Demo cases: {} cases in zone {}", populate(zone.get()), zone.get());
        } catch (RuntimeException e) {
            log.error("Demo cases could not be written (nothing was kept)", e);
        }
    }

    /** Writes the six cases in {@code zoneId}; needs active enterprises with an admin and a zone staff account. */
    int populate(long zoneId) {
        Optional<GxqUser> staff = accounts.firstEnabled(Role.ZONE_STAFF, zoneId);
        List<Long> enterprises = db.sql("""
                select e.id from enterprise e where e.zone_id = :z and e.status = 'ACTIVE'
                  and exists (select 1 from app_user u where u.enterprise_id = e.id and u.role = 'ENTERPRISE_ADMIN' and u.enabled)
                order by e.id limit 6
                """).param("z", zoneId).query(Long.class).list();
        if (staff.isEmpty() || enterprises.isEmpty()) {
            log.info("Demo cases: no zone staff or enterprise admin in zone {}; nothing written", zoneId);
            return 0;
        }
        GxqUser s = staff.get();
        Integer n = tx.execute(status -> {
            String[][] demo = {
                    {"STAFF_RETURN", "URGENT", "湖北籍员工 42 人返岗需要点对点包车", "员工均已完成 14 天居家观察，需园区协调包车和沿途通行证明。"},
                    {"FINANCING", "HIGH", "疫情期间订单延迟，流动资金缺口约 300 万元", "希望园区帮助对接银行的疫情专项贷款和贴息政策。"},
                    {"LOGISTICS", "HIGH", "原材料运输车辆进园区需要通行证", "每日两车次从无锡运来原材料，目前在园区卡口被拦。"},
                    {"EPIDEMIC_SUPPLIES", "URGENT", "口罩库存只够 3 天", "现有员工 120 人，每日消耗口罩 240 只，采购渠道断货。"},
                    {"SUPPLY_CHAIN", "NORMAL", "上游芯片封装厂未复工，影响交付", "上游供应商位于外省，预计停产两周，影响我司三个订单。"},
                    {"POLICY", "NORMAL", "社保费减免政策如何申请", "请问中小企业社保费减免是否需要单独申请，需要哪些材料？"}};
            int written = 0;
            for (int i = 0; i < demo.length; i++) {
                long ent = enterprises.get(i % enterprises.size());
                GxqUser admin = accounts.firstEnabled(Role.ENTERPRISE_ADMIN, ent).orElseThrow();
                String[] d = demo[i];
                long[] id = new long[1];
                RunAs.as(admin, () -> id[0] = cases.raise(admin, new CaseService.RaiseForm(d[0], d[1], d[2], d[3]), List.of()));
                long c = id[0];
                switch (i) {
                    case 1 -> RunAs.as(s, () -> cases.accept(s, c, v(c), "金融服务办公室", String.valueOf(s.id())));
                    case 2 -> RunAs.as(s, () -> cases.solve(s, c, v(c), "已为贵司车辆办理园区通行证，有效期至疫情结束，请到服务大厅领取。", List.of()));
                    case 3 -> {
                        RunAs.as(s, () -> cases.accept(s, c, v(c), "应急物资保障组", null));
                        RunAs.as(s, () -> cases.solve(s, c, v(c), "已从园区储备中调拨口罩 2000 只，今日下午送达。", List.of()));
                        RunAs.as(admin, () -> cases.confirm(admin, c, v(c), "5", "非常及时，解了燃眉之急！"));
                    }
                    case 4 -> RunAs.as(s, () -> cases.escalate(s, c, v(c), "供应商在外省，需要科技部协调当地复工。"));
                    case 5 -> {
                        RunAs.as(s, () -> cases.solve(s, c, v(c), "请登录社保网上服务大厅，减免自动执行，无需申请。", List.of()));
                        RunAs.as(admin, () -> cases.reopen(admin, c, v(c), "网上大厅显示需要提交申请表，与答复不符。"));
                    }
                    default -> { }
                }
                written++;
            }
            return written;
        });
        return n == null ? 0 : n;
    }

    private String v(long id) {
        return String.valueOf(db.sql("select version from need_case where id = :id").param("id", id)
                .query(Integer.class).single());
    }
}
