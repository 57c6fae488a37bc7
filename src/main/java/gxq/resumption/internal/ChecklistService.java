package gxq.resumption.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gxq.account.AuditEntry;
import gxq.account.AuditLog;
import gxq.account.Role;
import gxq.account.TenantScope;
import gxq.common.web.FieldProblem;
import gxq.common.web.InvalidInput;
import gxq.common.web.NotFoundException;
import gxq.resumption.ChecklistItem;
import gxq.resumption.Checklists;

/**
 * The prevention checklist: national items (migration V19, read-only) and each zone's own, which its zone admin adds,
 * edits and retires. Zone roles and enterprise admins see their zone's effective list; the ministry the national one.
 * Another zone's item answers 404, a national item 403 to a zone admin who tries to change it.
 */
@Service
@Transactional
class ChecklistService implements Checklists {

    /**
     * The zone's own items in force at most: a filing answers every item in one multipart form of about four parts an
     * item, and {@code server.tomcat.max-part-count} (400) must hold the national and the zone's items.
     */
    static final int MAX_ZONE_ITEMS = 40;

    static final int MAX_TITLE = 200;
    static final int MAX_GUIDANCE = 2000;

    private final ChecklistStore store;
    private final AuditLog audit;

    ChecklistService(ChecklistStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChecklistItem> effectiveFor(long zoneId) {
        return store.list(zoneId, false).stream().map(r -> new ChecklistItem(r.id(), r.zoneId(), r.code(), r.title(),
                r.guidance(), r.evidenceRequired(), r.position())).toList();
    }

    /** The rows the scope sees: its zone's (with retired ones for zone roles), or national ones for the ministry. */
    @Transactional(readOnly = true)
    List<ChecklistRow> visible(TenantScope scope, Long ministryZone) {
        if (scope.isMinistry()) {
            return store.list(ministryZone, false);
        }
        long zone = PlanService.ownZone(scope);
        return store.list(zone, scope.isZoneLevel());
    }

    @Transactional(readOnly = true)
    ChecklistRow writable(TenantScope scope, long id) {
        long zone = writerZone(scope);
        ChecklistRow row = store.find(id).filter(r -> r.zoneId() == null || Objects.equals(r.zoneId(), zone))
                .orElseThrow(() -> new NotFoundException("resumption_checklist_item", id));
        if (row.national()) {
            throw new AccessDeniedException("national checklist items are read-only");
        }
        return row;
    }

    long add(TenantScope scope, ChecklistForm form) {
        long zone = writerZone(scope);
        Valid v = validate(form);
        if (store.countActiveZoneItems(zone) >= MAX_ZONE_ITEMS) {
            throw new InvalidInput(List.of(new FieldProblem(null, "resumption.checklist.tooMany",
                    String.valueOf(MAX_ZONE_ITEMS))));
        }
        long id = store.insert(zone, v.title(), v.guidance(), form.isEvidenceRequired(), scope.userId());
        audit.record(AuditEntry.of("RESUMPTION_CHECKLIST_ADD", "resumption_checklist_item", id).tenant(zone, null)
                .detail(v.title() + (form.isEvidenceRequired() ? " (evidence)" : "")));
        return id;
    }

    void update(TenantScope scope, long id, ChecklistForm form) {
        ChecklistRow row = writable(scope, id);
        Valid v = validate(form);
        if (form.getVersion() == null || row.retired()
                || !store.update(id, form.getVersion(), v.title(), v.guidance(), form.isEvidenceRequired())) {
            throw new EditConflict();
        }
        audit.record(AuditEntry.of("RESUMPTION_CHECKLIST_EDIT", "resumption_checklist_item", id)
                .tenant(row.zoneId(), null).detail(v.title() + " (was " + row.title() + ")"));
    }

    void retire(TenantScope scope, long id, Integer version) {
        ChecklistRow row = writable(scope, id);
        if (version == null || !store.retire(id, version)) {
            throw new EditConflict();
        }
        audit.record(AuditEntry.of("RESUMPTION_CHECKLIST_RETIRE", "resumption_checklist_item", id)
                .tenant(row.zoneId(), null).detail(row.code() + " " + row.title()));
    }

    static long writerZone(TenantScope scope) {
        if (scope.role() == Role.ZONE_ADMIN && scope.zoneId() != null) {
            return scope.zoneId();
        }
        throw new AccessDeniedException("may not change the checklist");
    }

    record Valid(String title, String guidance) {
    }

    static Valid validate(ChecklistForm f) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = PlanService.clean(f.getTitle());
        if (title == null) {
            problems.add(new FieldProblem("title", "resumption.checklist.title.required"));
        } else if (title.length() > MAX_TITLE) {
            problems.add(new FieldProblem("title", "resumption.plan.tooLong", String.valueOf(MAX_TITLE)));
        }
        String guidance = PlanService.clean(f.getGuidance());
        if (guidance == null) {
            problems.add(new FieldProblem("guidance", "resumption.checklist.guidance.required"));
        } else if (guidance.length() > MAX_GUIDANCE) {
            problems.add(new FieldProblem("guidance", "resumption.plan.tooLong", String.valueOf(MAX_GUIDANCE)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Valid(title, guidance);
    }
}
