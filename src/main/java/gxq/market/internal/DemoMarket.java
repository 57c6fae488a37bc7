package gxq.market.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import gxq.account.GxqUser;
import gxq.account.RunAs;
import gxq.account.Role;

/**
 * With profile {@code demo}: once the demo generator has filled the database and while the board is empty, posts a
 * dozen offers and needs for enterprises of the demo zones (中关村, 武汉东湖, 深圳, 苏州工业园区, 成都) through
 * {@link MarketService} as their admins — so keywords, audit and scoring are the real ones — and makes one request
 * (武汉's need for masks → 苏州's mask offer) that 苏州 accepts. In one transaction: a failure keeps nothing. Posts
 * whose city has no demo zone are skipped.
 */
@Component
@Profile("demo")
class DemoMarket {

    private static final Logger log = LoggerFactory.getLogger(DemoMarket.class);

    /** city of the zone, which enterprise of it (0-based), side, category, title, description, quantity, unit, days. */
    record Spec(String zoneCity, int nth, Side side, Category category, String title, String description,
            String quantity, String unit, String city, int days) {
    }

    static final List<Spec> SPECS = List.of(
            new Spec("320500", 0, Side.OFFER, Category.EPIDEMIC_SUPPLIES, "医用外科口罩 10万只",
                    "符合 YY 0469 标准的一次性医用外科口罩，现货，可开具检测报告。", "100000", "只", "320500", 30),
            new Spec("420100", 0, Side.NEED, Category.EPIDEMIC_SUPPLIES, "急需一次性医用口罩",
                    "复工员工每日所需，一次性医用口罩 5 万只，越快越好。", "50000", "只", "420100", 14),
            new Spec("420100", 1, Side.NEED, Category.EPIDEMIC_SUPPLIES, "医用防护服 2000 套",
                    "园区隔离观察点使用的医用防护服。", "2000", "套", "420100", 21),
            new Spec("440300", 0, Side.OFFER, Category.EPIDEMIC_SUPPLIES, "红外测温枪 500 把",
                    "非接触式红外额温枪，适合厂区门岗测温。", "500", "把", "440300", 40),
            new Spec("510100", 0, Side.OFFER, Category.TRANSPORT, "冷链运输车 10 辆",
                    "成都出发的冷链及厢式货车运力，可跑武汉、重庆方向，有通行证。", "10", "辆", "510100", 30),
            new Spec("420100", 2, Side.NEED, Category.TRANSPORT, "需要厢式货车运输电子元器件",
                    "武汉至苏州方向的厢式货车运输，每周两车。", "2", "车/周", "420100", 45),
            new Spec("320500", 1, Side.OFFER, Category.SHARED_STAFF, "共享员工 普工 30 人",
                    "订单不足期间可共享普工 30 人，已完成健康申报，可在长三角上岗。", "30", "人", "320500", 60),
            new Spec("440300", 1, Side.NEED, Category.SHARED_STAFF, "急需共享员工 装配普工",
                    "电子装配线复产，急需共享员工 20 人，包食宿。", "20", "人", "440300", 30),
            new Spec("110100", 0, Side.OFFER, Category.RAW_MATERIAL, "熔喷布 5 吨",
                    "BFE95 熔喷布现货，可分批发货。", "5", "吨", "110100", 30),
            new Spec("320500", 2, Side.NEED, Category.RAW_MATERIAL, "急需熔喷布 用于口罩生产",
                    "新上口罩生产线，需要熔喷布和无纺布原材料。", "3", "吨", "320500", 20),
            new Spec("510100", 1, Side.NEED, Category.PARTS, "采购电机零部件 精密轴承",
                    "生产线维修需要精密轴承和电机零部件。", "2000", "件", "510100", 30),
            new Spec("110100", 1, Side.OFFER, Category.PARTS, "精密轴承 现货",
                    "各型号精密轴承现货，可供电机零部件配套。", "10000", "件", "110100", 60));

    private final JdbcClient db;
    private final TransactionTemplate tx;
    private final MarketService market;

    DemoMarket(JdbcClient db, PlatformTransactionManager transactions, MarketService market) {
        this.db = db;
        this.tx = new TransactionTemplate(transactions);
        this.market = market;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        try {
            int n = populateIfEmpty();
            log.info("Demo market: {} posts written", n);
        } catch (RuntimeException e) {
            log.error("Demo market posts could not be written (nothing was kept)", e);
        }
    }

    /** Returns how many posts were written. */
    int populateIfEmpty() {
        if (db.sql("select count(*) from market_post").query(Long.class).single() > 0) {
            return 0;
        }
        return populate(SPECS);
    }

    /**
     * Writes the posts of {@code specs} whose zone city has enough enterprises; the 2nd post (a need) asks the 1st
     * (an offer) to connect and is accepted, the 8th asks the 7th and stays pending.
     */
    int populate(List<Spec> specs) {
        Integer n = tx.execute(status -> {
            Map<String, List<GxqUser>> admins = new HashMap<>();
            Map<Integer, Long> ids = new HashMap<>();
            Map<Integer, GxqUser> owners = new HashMap<>();
            for (int i = 0; i < specs.size(); i++) {
                Spec s = specs.get(i);
                List<GxqUser> ofCity = admins.computeIfAbsent(s.zoneCity(), this::adminsInZonesOfCity);
                if (ofCity.size() <= s.nth()) {
                    continue;
                }
                GxqUser admin = ofCity.get(s.nth());
                PostForm f = new PostForm();
                f.setSide(s.side().name());
                f.setCategory(s.category().name());
                f.setTitle(s.title());
                f.setDescription(s.description());
                f.setQuantity(s.quantity());
                f.setUnit(s.unit());
                f.setCity(s.city());
                f.setDateUntil(market.today().plusDays(s.days()).toString());
                f.setContactName(List.of("王", "李", "张", "刘", "陈", "杨").get(i % 6) + "经理");
                f.setContactPhone(String.format("1380013%04d", 1000 + i));
                ids.put(i, RunAs.as(admin, () -> market.create(admin, f)));
                owners.put(i, admin);
            }
            // 武汉 needs masks (1) → 苏州 offers masks (0), accepted
            if (ids.containsKey(0) && ids.containsKey(1)) {
                long match = RunAs.as(owners.get(1), () -> market.request(owners.get(1), ids.get(1), ids.get(0),
                        "我们在武汉东湖，请问本周能否发 5 万只？"));
                RunAs.as(owners.get(0), () -> {
                    market.decide(owners.get(0), match, true, "0");
                    return 0L;
                });
            }
            // 深圳 needs shared staff (7) → 苏州 offers shared staff (6), pending
            if (ids.containsKey(6) && ids.containsKey(7)) {
                RunAs.as(owners.get(7), () -> market.request(owners.get(7), ids.get(7), ids.get(6), "能否支援 20 人一个月？"));
            }
            return ids.size();
        });
        return n == null ? 0 : n;
    }

    /** Enterprise admins of ACTIVE enterprises in zones of the city, one per enterprise, by enterprise id. */
    private List<GxqUser> adminsInZonesOfCity(String city) {
        List<GxqUser> list = new ArrayList<>();
        db.sql("""
                select u.id, u.username, u.display_name, u.zone_id, u.enterprise_id from app_user u
                join enterprise e on e.id = u.enterprise_id join zone z on z.id = e.zone_id
                where z.city_code = :city and e.status = 'ACTIVE' and u.role = 'ENTERPRISE_ADMIN' and u.enabled
                  and u.id = (select min(u2.id) from app_user u2 where u2.enterprise_id = e.id and u2.role = 'ENTERPRISE_ADMIN' and u2.enabled)
                order by e.id limit 5
                """).param("city", city).query((rs, n) -> new GxqUser(rs.getLong("id"), rs.getString("username"), null,
                        rs.getString("display_name"), Role.ENTERPRISE_ADMIN, rs.getLong("zone_id"),
                        rs.getLong("enterprise_id"), null, true, null, false)).list().forEach(list::add);
        return list;
    }
}
