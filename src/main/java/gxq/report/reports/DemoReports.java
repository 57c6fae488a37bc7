package gxq.report.reports;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * With profile {@code demo}, while there is no report form: the ministry's weekly form "高新区疫情防控和复工复产情况周报",
 * last week's period (opened last Monday, now closed) with two zones' reports accepted, one submitted, one draft and
 * one missing, and this week's period open with one report submitted, one returned with a comment and one draft.
 * Everything goes through {@link ReportService} as the demo's ministry admin and zone admins (audit and history are
 * the real ones), in one transaction.
 */
@Component
@Profile("demo")
class DemoReports {

    static final String FORM = "高新区疫情防控和复工复产情况周报";
    private static final Logger log = LoggerFactory.getLogger(DemoReports.class);

    private final Accounts accounts;
    private final JdbcClient db;
    private final TransactionTemplate tx;
    private final ReportService reports;
    private final ReportStore store;

    DemoReports(JdbcClient db, PlatformTransactionManager transactions, ReportService reports, ReportStore store, Accounts accounts) {
        this.accounts = accounts;
        this.db = db;
        this.tx = new TransactionTemplate(transactions);
        this.reports = reports;
        this.store = store;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        try {
            if (db.sql("select count(*) from report_form").query(Long.class).single() > 0) {
                log.info("Demo reports: there are report forms already; nothing written");
                return;
            }
            Optional<GxqUser> ministry = accounts.firstEnabled(Role.MINISTRY_ADMIN, 0);
            List<Long> zones = accounts.zonesWithEnabled(Role.ZONE_ADMIN, 5);
            if (ministry.isEmpty() || zones.isEmpty()) {
                log.info("Demo reports: no ministry or zone admin; nothing written");
                return;
            }
            log.info("Demo reports: {} reports in two periods", populate(ministry.get(), zones));
        } catch (RuntimeException e) {
            log.error("Demo reports could not be written (nothing was kept)", e);
        }
    }

    private static final String[][] TEXTS = {
            {"部分外省员工尚未返岗，电子信息企业用工缺口约 1,200 人；小微企业防疫物资储备不足。",
                    "希望协调开通省际返岗专列，并对园区小微企业给予口罩、测温枪等物资支持。",
                    "园区组建企业服务专班，一企一策协调复工；健康码与门禁联动，实现无接触通行。"},
            {"物流不畅导致原材料供应紧张，约三成企业产能恢复不足 50%。",
                    "建议科技部协调跨省货运通行证互认，支持供应链上下游同步复工。",
                    "搭建供需对接平台，两周内促成 46 家企业配套对接。"},
            {"中小企业现金流紧张，房租和社保压力较大。",
                    "希望推动金融机构加大疫情专项贷款投放，落实房租减免政策。",
                    "园区设立 2 亿元应急转贷资金，已为 37 家企业续贷。"}};

    /** Writes the form, both periods and the reports of up to five zones; the number of reports written. */
    int populate(GxqUser ministry, List<Long> zones) {
        Integer n = tx.execute(status -> {
            LocalDate today = reports.today();
            LocalDate lastMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
            long form = RunAs.as(ministry, () -> reports.createForm(ministry, new ReportService.FormInput(FORM,
                    "各国家高新区每周报送疫情防控和复工复产情况：平台自动预填复工复产、健康码和企业诉求数据，园区补充存在问题、需求建议和经验做法。",
                    "WEEKLY", "1", "本周园区新增确诊或疑似病例情况")));
            Instant openedThen = lastMonday.atTime(9, 0).atZone(PeriodRules.CHINA).toInstant();
            long last = RunAs.as(ministry, () -> reports.openPeriod(ministry, form, new ReportService.PeriodInput(
                    lastMonday.toString(), lastMonday.plusDays(6).toString(),
                    lastMonday.plusDays(8).atStartOfDay().toString()), openedThen));
            int written = 0;
            for (int i = 0; i < zones.size(); i++) {
                GxqUser admin = accounts.firstEnabled(Role.ZONE_ADMIN, zones.get(i)).orElseThrow();
                String[] t = TEXTS[i % TEXTS.length];
                switch (i) {
                    case 0, 1 -> {
                        submit(admin, last, t);
                        accept(ministry, last, admin.zoneId());
                    }
                    case 2 -> submit(admin, last, t);
                    case 4 -> RunAs.as(admin, () -> reports.save(admin, last, "", answers(t[0], null, null)));
                    default -> { }
                }
                written += i == 3 ? 0 : 1;
            }
            RunAs.as(ministry, () -> reports.closePeriod(ministry, last, String.valueOf(reports.period(last).version())));

            long current = RunAs.as(ministry, () -> reports.openPeriod(ministry, form,
                    reports.proposal(store.form(form).orElseThrow())));
            for (int i = 0; i < Math.min(3, zones.size()); i++) {
                GxqUser admin = accounts.firstEnabled(Role.ZONE_ADMIN, zones.get(i)).orElseThrow();
                String[] t = TEXTS[(i + 1) % TEXTS.length];
                switch (i) {
                    case 0 -> submit(admin, current, t);
                    case 1 -> {
                        submit(admin, current, t);
                        long id = store.report(current, admin.zoneId()).orElseThrow().id();
                        RunAs.as(ministry, () -> reports.returnReport(ministry, id,
                                String.valueOf(store.report(id).orElseThrow().version()),
                                "请补充用工缺口的行业分布和已协调解决的人数。"));
                    }
                    default -> RunAs.as(admin, () -> reports.save(admin, current, "", answers(t[0], t[1], null)));
                }
                written++;
            }
            return written;
        });
        return n == null ? 0 : n;
    }

    private void submit(GxqUser admin, long period, String[] t) {
        RunAs.as(admin, () -> reports.submit(admin, period, "", answers(t[0], t[1], t[2])));
    }

    private void accept(GxqUser ministry, long period, long zone) {
        ReportStore.Report r = store.report(period, zone).orElseThrow();
        RunAs.as(ministry, () -> reports.accept(ministry, r.id(), String.valueOf(r.version())));
    }

    private static ReportService.Answers answers(String problems, String needs, String practices) {
        return new ReportService.Answers(problems, needs, practices, Map.of());
    }
}
