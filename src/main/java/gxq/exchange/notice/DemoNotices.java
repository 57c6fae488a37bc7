package gxq.exchange.notice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import gxq.account.Accounts;
import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.account.RunAs;

/**
 * With profile {@code demo}: while there is no notice at all, a ministry admin sends three notices through
 * {@link NoticeService} (so audit and receipts are the real ones): the ministry's notice of 2020-02-28 to all zones
 * (重要), an urgent request for figures to the zones that have zone accounts, and a call for technologies to the
 * first of them; the zone admins of some of them read them. In one transaction: a failure keeps nothing.
 */
@Component
@Profile("demo")
class DemoNotices {

    private static final Logger log = LoggerFactory.getLogger(DemoNotices.class);

    private final Accounts accounts;
    private final JdbcClient db;
    private final TransactionTemplate tx;
    private final NoticeService notices;

    DemoNotices(JdbcClient db, PlatformTransactionManager transactions, NoticeService notices, Accounts accounts) {
        this.accounts = accounts;
        this.db = db;
        this.tx = new TransactionTemplate(transactions);
        this.notices = notices;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        try {
            if (db.sql("select count(*) from notice").query(Long.class).single() > 0) {
                log.info("Demo notices: there are notices already; nothing written");
                return;
            }
            List<Long> zones = accounts.zonesWithEnabled(Role.ZONE_ADMIN, 4);
            log.info("Demo notices: {} notices", populate(zones));
        } catch (RuntimeException e) {
            log.error("Demo notices could not be written (nothing was kept)", e);
        }
    }

    /** Sends the three notices; {@code zones} are zones with a zone admin (the chosen audience and the readers). */
    int populate(List<Long> zones) {
        Optional<GxqUser> ministry = accounts.firstEnabled(Role.MINISTRY_ADMIN, 0);
        if (ministry.isEmpty() || zones.isEmpty()) {
            log.info("Demo notices: no ministry admin or zone admin; nothing written");
            return 0;
        }
        GxqUser m = ministry.get();
        List<String> chosen = zones.stream().map(String::valueOf).toList();
        String readBy = notices.today().plusDays(7).toString();
        Integer n = tx.execute(status -> {
            long all = send(m, new NoticeService.Form("科技部办公厅关于做好国家高新区科学防疫 推动企业有序复工复产的通知",
                    seed(), "IMPORTANT", null, "ALL", List.of(), List.of(), null));
            long figures = send(m, new NoticeService.Form("关于报送疫情防控和企业复工复产情况的紧急通知", """
                    各有关国家高新区管委会：

                    为及时掌握国家高新区疫情防控和企业复工复产进展，请于阅读截止日期前，通过本平台“园区报告”报送本园区企业复工率、员工返岗率、存在的主要问题和需求。

                    报送中如有困难，请通过“诉求”功能或电话联系科技部成果转化与区域创新司。
                    """, "URGENT", readBy, "ZONES", chosen, List.of(), null));
            long tech = send(m, new NoticeService.Form("关于推荐疫情防控新技术新成果的通知", """
                    请针对园区不同产业、不同类型企业的实际需求，推荐一批疫情防控的新技术新成果（含健康监测、无接触服务、远程协作等），填写附表后于一周内报送。

                    推荐成果将在本平台“经验与工具共享”栏目发布，供各国家高新区对接使用。
                    """, "NORMAL", null, "ZONES", chosen.subList(0, 1), List.of(), null));
            // the zone admins of the first zones read; the first one also confirms receipt of the important notices
            for (int i = 0; i < zones.size(); i++) {
                GxqUser admin = accounts.firstEnabled(Role.ZONE_ADMIN, zones.get(i)).orElseThrow();
                if (i < 2) {
                    RunAs.as(admin, () -> notices.open(admin, all));
                }
                if (i == 0) {
                    RunAs.as(admin, () -> notices.open(admin, figures));
                    RunAs.as(admin, () -> notices.acknowledge(admin, all));
                    RunAs.as(admin, () -> notices.acknowledge(admin, figures));
                    RunAs.as(admin, () -> notices.open(admin, tech));
                }
            }
            return 3;
        });
        return n == null ? 0 : n;
    }

    private long send(GxqUser m, NoticeService.Form form) {
        return RunAs.as(m, () -> {
            long id = notices.create(m, form, List.of());
            int version = db.sql("select version from notice where id = :id").param("id", id).query(Integer.class)
                    .single();
            notices.send(m, id, String.valueOf(version));
            return id;
        });
    }

    private static String seed() {
        try (InputStream in = new ClassPathResource("notice/demo-notice-2020-02-28.txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
