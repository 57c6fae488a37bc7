package gxq.supplychain.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * With profile {@code demo}: while there is no supply link at all, the admins of up to eight active enterprises per
 * zone (those with an enterprise admin) declare links through {@link SupplyChainService}, so audit and validation are
 * the real ones: a chain inside each zone (each enterprise supplied by the previous one), one link from each zone to
 * the next zone's first enterprise, one back from the first zone to the last (a cycle across zones), an outside
 * supplier in 武汉 and an outside customer in 深圳. In one transaction: a failure keeps nothing.
 */
@Component
@Profile("demo")
class DemoSupplyChains {

    private static final Logger log = LoggerFactory.getLogger(DemoSupplyChains.class);

    private final JdbcClient db;
    private final TransactionTemplate tx;
    private final SupplyChainService service;

    DemoSupplyChains(JdbcClient db, PlatformTransactionManager transactions, SupplyChainService service) {
        this.db = db;
        this.tx = new TransactionTemplate(transactions);
        this.service = service;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        try {
            Integer written = tx.execute(t -> populateIfEmpty());
            log.info("Demo supply chains: {} links", written);
        } catch (RuntimeException e) {
            log.error("Demo supply chains could not be written (nothing was kept)", e);
        }
    }

    int populateIfEmpty() {
        if (db.sql("select count(*) from supply_link").query(Long.class).single() > 0) {
            return 0;
        }
        Map<Long, List<GxqUser>> byZone = new LinkedHashMap<>();
        db.sql("""
                select u.id, u.username, u.display_name, u.zone_id, u.enterprise_id, e.uscc
                  from app_user u join enterprise e on e.id = u.enterprise_id
                 where u.role = 'ENTERPRISE_ADMIN' and u.enabled and e.status = 'ACTIVE'
                 order by e.zone_id, e.id, u.id""")
                .query((rs, n) -> {
                    GxqUser user = new GxqUser(rs.getLong(1), rs.getString(2), null, rs.getString(3),
                            Role.ENTERPRISE_ADMIN, rs.getLong(4), rs.getLong(5), null, true, null, false);
                    List<GxqUser> list = byZone.computeIfAbsent(user.zoneId(), z -> new ArrayList<>());
                    if (list.size() < 8 && list.stream().noneMatch(u -> u.enterpriseId().equals(user.enterpriseId()))) {
                        list.add(user);
                    }
                    return user;
                }).list();
        List<List<GxqUser>> zones = byZone.values().stream().filter(l -> l.size() >= 2).toList();
        int written = 0;
        for (int z = 0; z < zones.size(); z++) {
            List<GxqUser> admins = zones.get(z);
            for (int i = 1; i < admins.size(); i++) {
                written += declare(admins.get(i), "SUPPLIER", admins.get(i - 1));
            }
            written += outside(admins.get(1), "SUPPLIER", "武汉光谷电子元件厂", "420100");
            written += outside(admins.get(admins.size() - 1), "CUSTOMER", "深圳南山整机装配公司", "440300");
            if (zones.size() > 1) {
                List<GxqUser> next = zones.get((z + 1) % zones.size());
                // the next zone's first enterprise buys from this zone's last one (the last zone closes a cycle)
                written += declare(admins.get(admins.size() - 1), "CUSTOMER", next.get(0));
            }
        }
        return written;
    }

    private int declare(GxqUser admin, String direction, GxqUser partner) {
        String uscc = db.sql("select uscc from enterprise where id = :id").param("id", partner.enterpriseId())
                .query(String.class).single();
        LinkForm form = new LinkForm();
        form.setDirection(direction);
        form.setKind("PLATFORM");
        form.setUscc(uscc);
        form.setNote("演示数据");
        return as(admin, form);
    }

    private int outside(GxqUser admin, String direction, String name, String city) {
        LinkForm form = new LinkForm();
        form.setDirection(direction);
        form.setKind("OUTSIDE");
        form.setName(name);
        form.setCityCode(city);
        form.setNote("演示数据");
        return as(admin, form);
    }

    private int as(GxqUser user, LinkForm form) {
        RunAs.as(user, () -> service.add(user, form));
        return 1;
    }
}
