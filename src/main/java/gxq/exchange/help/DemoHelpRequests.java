package gxq.exchange.help;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import gxq.account.Accounts;
import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.account.RunAs;

/**
 * With profile {@code demo}: while there is no help request, the first demo zone asks for masks and the third for
 * transport, through {@link HelpService} as their zone staff; the second zone offers masks, the first offers trucks.
 * The mask offer is left for the requester to decide. One transaction: a failure keeps nothing.
 */
@Component
@Profile("demo")
class DemoHelpRequests {

    private static final Logger log = LoggerFactory.getLogger(DemoHelpRequests.class);

    private final Accounts accounts;
    private final JdbcClient db;
    private final TransactionTemplate tx;
    private final HelpService help;

    DemoHelpRequests(JdbcClient db, PlatformTransactionManager transactions, HelpService help, Accounts accounts) {
        this.accounts = accounts;
        this.db = db;
        this.tx = new TransactionTemplate(transactions);
        this.help = help;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        try {
            if (db.sql("select count(*) from exchange_help_request").query(Long.class).single() > 0) {
                log.info("Demo help requests: there are requests already; nothing written");
                return;
            }
            List<Long> zones = accounts.zonesWithEnabled(Role.ZONE_STAFF, 3);
            if (zones.size() < 3) {
                log.info("Demo help requests: fewer than three zones with staff; nothing written");
                return;
            }
            log.info("Demo help requests: {} requests in zones {}", populate(zones), zones);
        } catch (RuntimeException e) {
            log.error("Demo help requests could not be written (nothing was kept)", e);
        }
    }

    /** Two requests (masks in the first zone, transport in the third) with one offer each; answers 2. */
    int populate(List<Long> zones) {
        GxqUser a = accounts.firstEnabled(Role.ZONE_STAFF, zones.get(0)).orElseThrow();
        GxqUser b = accounts.firstEnabled(Role.ZONE_STAFF, zones.get(1)).orElseThrow();
        GxqUser c = accounts.firstEnabled(Role.ZONE_STAFF, zones.get(2)).orElseThrow();
        String soon = help.today().plusDays(5).toString();
        String later = help.today().plusDays(10).toString();
        Integer n = tx.execute(status -> {
            long masks = RunAs.as(a, () -> help.post(a, new HelpService.RequestForm("SUPPLIES",
                    "园区中小企业复工急需医用口罩", "园区 300 余家中小企业陆续复工，员工每日需 2 只口罩，现有库存仅够 3 天。"
                            + "需一次性医用口罩或 KN95，送至园区应急物资仓库。",
                    "20000", "只", soon, "陈主任", "13811112222")));
            RunAs.as(b, () -> help.offer(b, masks, new HelpService.OfferForm("5000",
                    "园区口罩生产企业已恢复产能，可调拨一次性医用口罩 5000 只，两天内发出。", "刘科长", "13722223333")));
            long trucks = RunAs.as(c, () -> help.post(c, new HelpService.RequestForm("TRANSPORT",
                    "原材料运输需要冷链货车支援", "园区生物医药企业原材料需从外省冷链运入，当地物流公司运力不足。",
                    "10", "车次", later, "赵经理", "13933334444")));
            RunAs.as(a, () -> help.offer(a, trucks, new HelpService.OfferForm("4",
                    "园区合作物流企业有冷链车 4 辆可调配，已办好通行证。", "孙调度", "13644445555")));
            return 2;
        });
        return n == null ? 0 : n;
    }
}
