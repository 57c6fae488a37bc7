package gxq.resumption.filing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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
import gxq.health.RedStaff;
import gxq.resumption.ChecklistItem;
import gxq.resumption.Checklists;

/**
 * With profile {@code demo}: once the demo generator has filled the database (it runs before the application is
 * ready, like the health demo data) and while there is no filing at all, files for the first six active enterprises of
 * the first demo zone through {@link FilingService} as their admins and the zone's staff, so that history, audit and
 * {@code FilingStatusChanged} are the real ones: one approved, one submitted three days ago (overdue), one submitted
 * now, one returned with a comment on N06, one rejected, one draft. In one transaction: a failure keeps nothing.
 */
@Component
@Profile("demo")
class DemoFilings {

    private static final Logger log = LoggerFactory.getLogger(DemoFilings.class);

    private final JdbcClient db;
    private final TransactionTemplate tx;
    private final FilingService filings;
    private final Checklists checklists;
    private final RedStaff redStaff;
    private final Accounts accounts;

    DemoFilings(JdbcClient db, PlatformTransactionManager transactions, FilingService filings, Checklists checklists,
            RedStaff redStaff, Accounts accounts) {
        this.accounts = accounts;
        this.db = db;
        this.tx = new TransactionTemplate(transactions);
        this.filings = filings;
        this.checklists = checklists;
        this.redStaff = redStaff;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(300) // before the zone reports (gxq.report), which freeze these figures
    void onReady() {
        try {
            populateIfEmpty();
        } catch (RuntimeException e) {
            log.error("Demo filings could not be written (nothing was kept)", e);
        }
    }

    /** Returns how many filings were written. */
    int populateIfEmpty() {
        if (db.sql("select count(*) from resumption_filing").query(Long.class).single() > 0) {
            log.info("Demo filings: there are filings already; nothing written");
            return 0;
        }
        Optional<Long> zone = db.sql("""
                select e.zone_id from enterprise e join app_user u on u.enterprise_id = e.id
                where e.status = 'ACTIVE' and u.role = 'ENTERPRISE_ADMIN' and u.enabled order by e.id limit 1
                """).query(Long.class).optional();
        if (zone.isEmpty()) {
            log.info("Demo filings: no enterprise admin; nothing written");
            return 0;
        }
        int written = populate(zone.get());
        log.info("Demo filings: {} filings in zone {}", written, zone.get());
        for (long z : accounts.zonesWithEnabled(Role.ZONE_STAFF, Integer.MAX_VALUE)) {
            int approved = approveOthers(z);
            log.info("Demo filings: {} more filings approved in zone {}", approved, z);
            written += approved;
        }
        return written;
    }

    /** Files for the zone's first six active enterprises that have an admin; needs a zone staff account. */
    int populate(long zoneId) {
        Optional<Long> zone = Optional.of(zoneId);
        Optional<GxqUser> staff = accounts.firstEnabled(Role.ZONE_STAFF, zoneId);
        if (staff.isEmpty()) {
            log.info("Demo filings: no zone staff in zone {}; nothing written", zoneId);
            return 0;
        }
        List<Long> enterprises = db.sql("""
                select e.id from enterprise e where e.zone_id = :z and e.status = 'ACTIVE'
                  and exists (select 1 from app_user u where u.enterprise_id = e.id and u.role = 'ENTERPRISE_ADMIN' and u.enabled)
                order by e.id limit 6
                """).param("z", zone.get()).query(Long.class).list();
        // the approved one needs an enterprise without unresolved red staff
        List<Long> ordered = new java.util.ArrayList<>(enterprises);
        ordered.stream().filter(e -> redStaff.countUnresolved(e) == 0).findFirst().ifPresent(e -> {
            ordered.remove(e);
            ordered.add(0, e);
        });
        Integer written = tx.execute(status -> {
            List<ChecklistItem> items = checklists.effectiveFor(zone.get());
            LocalDate today = filings.today();
            int n = 0;
            for (int i = 0; i < ordered.size(); i++) {
                long ent = ordered.get(i);
                GxqUser admin = accounts.firstEnabled(Role.ENTERPRISE_ADMIN, ent).orElseThrow();
                boolean complete = i < 5;
                RunAs.as(admin, () -> {
                    var missing = filings.save(admin, form(items, today.plusDays(2 + ent % 5), 40 + (int) (ent % 7) * 25,
                            complete), List.of(), complete);
                    if (!missing.isEmpty()) {
                        throw new IllegalStateException("demo filing incomplete: " + missing);
                    }
                });
                long filing = db.sql("select max(id) from resumption_filing where enterprise_id = :e").param("e", ent)
                        .query(Long.class).single();
                int version = db.sql("select version from resumption_filing where id = :f").param("f", filing)
                        .query(Integer.class).single();
                switch (i) {
                    case 0 -> RunAs.as(staff.get(), () -> filings.decide(staff.get(), filing, "APPROVE",
                            String.valueOf(version), "材料齐全，同意复工。", Map.of()));
                    case 1 -> backdate(filing, 3);
                    case 3 -> RunAs.as(staff.get(), () -> filings.decide(staff.get(), filing, "RETURN", String.valueOf(version),
                            "请补充消毒记录。", items.stream().filter(it -> it.code().equals("N06")).findFirst()
                                    .map(it -> Map.of(it.id(), "请上传近一周的消毒登记表照片。")).orElse(Map.of())));
                    case 4 -> RunAs.as(staff.get(), () -> filings.decide(staff.get(), filing, "REJECT", String.valueOf(version),
                            "口罩和消毒用品储备不足，且未设置隔离观察区，暂不具备复工条件。", Map.of()));
                    default -> { }
                }
                n++;
            }
            return n;
        });
        return written == null ? 0 : written;
    }

    /**
     * Two in three of the zone's other active enterprises with an admin and no filing yet file to resume today and
     * are approved at once (left submitted if they have unresolved red staff), so the dashboards have a 复工率.
     * Returns how many were approved.
     */
    int approveOthers(long zoneId) {
        Optional<GxqUser> staff = accounts.firstEnabled(Role.ZONE_STAFF, zoneId);
        if (staff.isEmpty()) {
            return 0;
        }
        List<Long> enterprises = db.sql("""
                select e.id from enterprise e where e.zone_id = :z and e.status = 'ACTIVE'
                  and exists (select 1 from app_user u where u.enterprise_id = e.id and u.role = 'ENTERPRISE_ADMIN' and u.enabled)
                  and not exists (select 1 from resumption_filing f where f.enterprise_id = e.id)
                order by e.id
                """).param("z", zoneId).query(Long.class).list();
        Integer approved = tx.execute(status -> {
            List<ChecklistItem> items = checklists.effectiveFor(zoneId);
            LocalDate today = filings.today();
            int n = 0;
            for (long ent : enterprises) {
                if (ent % 3 == 0) {
                    continue;
                }
                GxqUser admin = accounts.firstEnabled(Role.ENTERPRISE_ADMIN, ent).orElseThrow();
                RunAs.as(admin, () -> filings.save(admin, form(items, today, 30 + (int) (ent % 9) * 20, true), List.of(), true));
                if (redStaff.countUnresolved(ent) > 0) {
                    continue;
                }
                long filing = db.sql("select max(id) from resumption_filing where enterprise_id = :e").param("e", ent)
                        .query(Long.class).single();
                int version = db.sql("select version from resumption_filing where id = :f").param("f", filing)
                        .query(Integer.class).single();
                RunAs.as(staff.get(), () -> filings.decide(staff.get(), filing, "APPROVE", String.valueOf(version),
                        "材料齐全，同意复工。", Map.of()));
                n++;
            }
            return n;
        });
        return approved == null ? 0 : approved;
    }

    private FilingForm form(List<ChecklistItem> items, LocalDate planned, int headcount, boolean complete) {
        FilingForm f = new FilingForm();
        f.setPlannedHeadcount(String.valueOf(headcount));
        f.setContactName("张经理");
        if (complete) {
            f.setPlannedDate(planned.toString());
            f.setReturnees(String.valueOf(headcount / 5));
            f.setMasksDays("14");
            f.setThermometersDays("30");
            f.setDisinfectantDays("21");
            f.setMonthlyOutput(String.valueOf(headcount * 6));
            f.setContactPhone("13800138000");
        }
        for (ChecklistItem item : items) {
            boolean canteen = item.code().equals("N08");
            if (complete || item.position() <= 3) {
                f.answers().put(item.id(), new FilingForm.AnswerInput(canteen ? Answer.NOT_APPLICABLE : Answer.DONE,
                        canteen ? "本企业无食堂，员工自带午餐分散就餐。" : null,
                        item.evidenceRequired() ? "已建立台账，每日由行政部登记，负责人签字。" : null));
            }
        }
        return f;
    }

    /** Moves the submission (and its history line) {@code days} back, so the queue shows an overdue filing. */
    private void backdate(long filing, int days) {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).minusDays(days);
        db.sql("""
                update resumption_filing set submitted_at = :at, review_due = :due, updated_at = :at where id = :f
                """).param("at", at).param("due", at.plusHours(filings.reviewHours())).param("f", filing).update();
        db.sql("update resumption_filing_history set changed_at = :at where filing_id = :f").param("at", at)
                .param("f", filing).update();
    }
}
