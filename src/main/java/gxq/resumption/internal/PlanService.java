package gxq.resumption.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gxq.account.AuditEntry;
import gxq.account.AuditLog;
import gxq.account.Role;
import gxq.account.TenantScope;
import gxq.common.validation.MobileNumber;
import gxq.common.web.FieldProblem;
import gxq.common.web.InvalidInput;
import gxq.common.web.NotFoundException;

/**
 * The zone's resumption plan. The zone admin writes the one draft of the zone and publishes it as the next version;
 * zone staff and the zone's enterprise admins read the versions (an enterprise admin's first view of a version is
 * recorded); the ministry reads every zone's versions. A version of another zone answers 404.
 */
@Service
@Transactional
class PlanService {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final int MAX_TITLE = 200;
    static final int MAX_MEASURES = 20000;
    static final int MAX_MECHANISM = 10000;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private final PlanStore store;
    private final AuditLog audit;

    PlanService(PlanStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    /** The zone whose plan the scope reads: own zone for zone roles and enterprise admins; 403 for others. */
    static long ownZone(TenantScope scope) {
        if ((scope.role() == Role.ZONE_ADMIN || scope.role() == Role.ZONE_STAFF || scope.role() == Role.ENTERPRISE_ADMIN)
                && scope.zoneId() != null) {
            return scope.zoneId();
        }
        throw new AccessDeniedException("no zone plan for this role");
    }

    static long writerZone(TenantScope scope) {
        if (scope.role() == Role.ZONE_ADMIN && scope.zoneId() != null) {
            return scope.zoneId();
        }
        throw new AccessDeniedException("may not write the zone plan");
    }

    @Transactional(readOnly = true)
    Optional<PlanDraft> draft(TenantScope scope) {
        return store.draft(writerZone(scope));
    }

    /** The draft as a form; without a draft, the current version as the start of the next one. */
    @Transactional(readOnly = true)
    PlanForm form(TenantScope scope) {
        long zone = writerZone(scope);
        PlanForm f = new PlanForm();
        Optional<PlanDraft> d = store.draft(zone);
        if (d.isPresent()) {
            f.setTitle(d.get().title());
            f.setMeasures(d.get().measures());
            f.setMechanism(d.get().mechanism());
            f.setEffectiveDate(d.get().effectiveDate().toString());
            f.setRows(d.get().contacts().stream().map(PlanForm.ContactForm::new).toList());
            f.setVersion(d.get().version());
        } else {
            store.current(zone).ifPresentOrElse(v -> {
                f.setTitle(v.title());
                f.setMeasures(v.measures());
                f.setMechanism(v.mechanism());
                f.setEffectiveDate(today().toString());
                f.setRows(v.contacts().stream().map(PlanForm.ContactForm::new).toList());
            }, () -> f.setEffectiveDate(today().toString()));
        }
        return f;
    }

    /** Saves the draft: a new one when the form has no version, else only if nobody saved in between. */
    void saveDraft(TenantScope scope, PlanForm form) {
        long zone = writerZone(scope);
        ValidPlan p = validate(form);
        if (form.getVersion() == null) {
            if (store.draft(zone).isPresent()) {
                throw new EditConflict();
            }
            try {
                store.insertDraft(zone, p, scope.userId());
            } catch (DuplicateKeyException e) {
                throw new EditConflict();
            }
        } else if (!store.updateDraft(zone, form.getVersion(), p, scope.userId())) {
            throw new EditConflict();
        }
        audit.record(AuditEntry.of("RESUMPTION_PLAN_DRAFT", "resumption_plan_draft", zone).tenant(zone, null)
                .detail("title " + p.title() + ", effective " + p.effectiveDate() + ", contacts " + p.contacts().size()));
    }

    /** Publishes the draft (that must still have {@code version}) as the zone's next version; the draft is gone. */
    long publish(TenantScope scope, Integer version) {
        long zone = writerZone(scope);
        PlanDraft d = store.draft(zone).orElseThrow(EditConflict::new);
        if (version == null || version != d.version() || !store.deleteDraft(zone, version)) {
            throw new EditConflict();
        }
        int no = store.lastVersionNo(zone) + 1;
        long id;
        try {
            id = store.insertVersion(d, no, scope.userId());
        } catch (DuplicateKeyException e) {
            throw new EditConflict();
        }
        audit.record(AuditEntry.of("RESUMPTION_PLAN_PUBLISH", "resumption_plan_version", id).tenant(zone, null)
                .detail("version " + no + " " + d.title()));
        return id;
    }

    @Transactional(readOnly = true)
    Optional<PlanVersion> current(TenantScope scope) {
        return store.current(ownZone(scope));
    }

    @Transactional(readOnly = true)
    List<PlanVersion> versions(TenantScope scope, long zone) {
        return store.versions(zone);
    }

    /** A version the scope may read, or 404 (other zone, missing). */
    @Transactional(readOnly = true)
    PlanVersion version(TenantScope scope, long id) {
        return store.version(id).filter(v -> mayRead(scope, v.zoneId()))
                .orElseThrow(() -> new NotFoundException("resumption_plan_version", id));
    }

    static boolean mayRead(TenantScope scope, long zone) {
        return scope.isMinistry() || (scope.role() == Role.ZONE_ADMIN || scope.role() == Role.ZONE_STAFF
                || scope.role() == Role.ENTERPRISE_ADMIN) && scope.zoneId() != null && scope.zoneId() == zone;
    }

    /** Records that the signed-in enterprise admin's enterprise has seen the version (first view only). */
    void recordRead(TenantScope scope, PlanVersion v) {
        if (scope.role() != Role.ENTERPRISE_ADMIN || scope.enterpriseId() == null || scope.zoneId() == null
                || scope.zoneId() != v.zoneId()) {
            return;
        }
        if (store.recordRead(v.id(), scope.enterpriseId(), v.zoneId(), scope.userId())) {
            audit.record(AuditEntry.of("RESUMPTION_PLAN_READ", "resumption_plan_version", v.id())
                    .tenant(v.zoneId(), scope.enterpriseId()).detail("version " + v.versionNo()));
        }
    }

    @Transactional(readOnly = true)
    PlanStore.ReadCounts readCounts(long zone, long versionId) {
        return store.readCounts(zone, versionId);
    }

    @Transactional(readOnly = true)
    List<PlanStore.Reader> readers(long zone, long versionId, Boolean read, int limit, int offset) {
        return store.readers(zone, versionId, read, limit, offset);
    }

    @Transactional(readOnly = true)
    List<PlanStore.ZonePlan> zonePlans(TenantScope scope, boolean onlyPublished, int limit, int offset) {
        if (!scope.isMinistry()) {
            throw new AccessDeniedException("ministry only");
        }
        return store.zonePlans(onlyPublished, limit, offset);
    }

    @Transactional(readOnly = true)
    String zoneName(long zone) {
        return store.zoneName(zone).orElse("");
    }

    record ValidPlan(String title, String measures, String mechanism, LocalDate effectiveDate,
            List<PlanContact> contacts) {
    }

    static ValidPlan validate(PlanForm f) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = text(f.getTitle(), "title", MAX_TITLE, problems);
        String measures = text(f.getMeasures(), "measures", MAX_MEASURES, problems);
        String mechanism = text(f.getMechanism(), "mechanism", MAX_MECHANISM, problems);
        LocalDate day = null;
        String dayText = clean(f.getEffectiveDate());
        if (dayText == null) {
            problems.add(new FieldProblem("effectiveDate", "resumption.plan.effectiveDate.required"));
        } else {
            try {
                day = LocalDate.parse(dayText);
                if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
                    problems.add(new FieldProblem("effectiveDate", "resumption.plan.effectiveDate.range", dayText,
                            EARLIEST.toString(), LATEST.toString()));
                    day = null;
                }
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("effectiveDate", "resumption.plan.effectiveDate.invalid", dayText));
            }
        }
        List<PlanContact> contacts = new ArrayList<>();
        List<PlanForm.ContactForm> rows = f.rows();
        if (rows.size() > PlanForm.CONTACT_ROWS) {
            problems.add(new FieldProblem(null, "resumption.plan.contacts.tooMany", PlanForm.CONTACT_ROWS));
        }
        for (int i = 0; i < rows.size() && i < PlanForm.CONTACT_ROWS; i++) {
            PlanForm.ContactForm c = rows.get(i);
            if (c == null) {
                continue;
            }
            String name = clean(c.getName());
            String duty = clean(c.getDuty());
            String phoneText = clean(c.getPhone());
            if (name == null && duty == null && phoneText == null) {
                continue;
            }
            String prefix = "contacts[" + i + "].";
            if (name == null) {
                problems.add(new FieldProblem(prefix + "name", "resumption.plan.contact.name.required", i + 1));
            } else if (name.length() > 64) {
                problems.add(new FieldProblem(prefix + "name", "resumption.plan.tooLong", String.valueOf(64)));
            }
            if (duty == null) {
                problems.add(new FieldProblem(prefix + "duty", "resumption.plan.contact.duty.required", i + 1));
            } else if (duty.length() > 100) {
                problems.add(new FieldProblem(prefix + "duty", "resumption.plan.tooLong", String.valueOf(100)));
            }
            String phone = MobileNumber.normalize(phoneText);
            if (phone == null) {
                problems.add(new FieldProblem(prefix + "phone", "resumption.plan.contact.phone.required", i + 1));
            } else if (!MobileNumber.isValid(phone)) {
                problems.add(new FieldProblem(prefix + "phone", "resumption.plan.contact.phone.invalid", i + 1,
                        phoneText.length() > 20 ? phoneText.substring(0, 20) : phoneText));
            }
            contacts.add(new PlanContact(name, duty, phone));
        }
        if (contacts.isEmpty()) {
            problems.add(new FieldProblem("contacts[0].name", "resumption.plan.contacts.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new ValidPlan(title, measures, mechanism, day, contacts);
    }

    private static String text(String value, String field, int max, List<FieldProblem> problems) {
        String t = clean(value);
        if (t == null) {
            problems.add(new FieldProblem(field, "resumption.plan." + field + ".required"));
        } else if (t.length() > max) {
            problems.add(new FieldProblem(field, "resumption.plan.tooLong", String.valueOf(max)));
        }
        return t;
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
