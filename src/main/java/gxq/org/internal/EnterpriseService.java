package gxq.org.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gxq.account.Accounts;
import gxq.account.AuditEntry;
import gxq.account.AuditLog;
import gxq.account.CreatedAccount;
import gxq.account.NewAccount;
import gxq.account.Role;
import gxq.account.TenantScope;
import gxq.common.crypto.Masks;
import gxq.common.crypto.PersonalDataCipher;
import gxq.common.validation.MobileNumber;
import gxq.common.web.ConflictException;
import gxq.common.web.FieldProblem;
import gxq.common.web.InvalidInput;
import gxq.common.web.NotFoundException;
import gxq.common.web.UserInputException;
import gxq.org.EnterpriseApproved;
import gxq.org.EnterpriseRegistered;
import gxq.org.EnterpriseRejected;
import gxq.org.EnterpriseStatus;
import gxq.org.EnterpriseSummary;
import gxq.org.Enterprises;
import gxq.org.ZoneSummary;

/**
 * Registering, editing and reviewing enterprises. Every write checks the caller's scope on the server, is audited in
 * the same transaction and publishes its event; a failure anywhere (e.g. the admin username is taken) rolls the
 * whole registration back.
 */
@Service
@Transactional
class EnterpriseService implements Enterprises {

    static final int MAX_NOTE = 500;

    private final EnterpriseStore store;
    private final ZoneStore zones;
    private final Accounts accounts;
    private final AuditLog audit;
    private final PersonalDataCipher cipher;
    private final ApplicationEventPublisher events;

    EnterpriseService(EnterpriseStore store, ZoneStore zones, Accounts accounts, AuditLog audit,
            PersonalDataCipher cipher, ApplicationEventPublisher events) {
        this.store = store;
        this.zones = zones;
        this.accounts = accounts;
        this.audit = audit;
        this.cipher = cipher;
        this.events = events;
    }

    // ---- public API --------------------------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public Optional<EnterpriseSummary> find(long id) {
        return store.find(id).map(EnterpriseRow::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean inZone(long enterpriseId, long zoneId) {
        return store.inZone(enterpriseId, zoneId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<EnterpriseSummary> activeInZone(long zoneId) {
        return store.activeInZone(zoneId).stream().map(EnterpriseRow::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long count(long zoneId, EnterpriseStatus status) {
        return store.count(zoneId, status);
    }

    // ---- reads for pages and the API ---------------------------------------------------------------------------

    /** The enterprise if the scope may see it; otherwise, like a missing one, 404. */
    @Transactional(readOnly = true)
    EnterpriseRow visible(TenantScope scope, long id) {
        EnterpriseRow row = store.find(id).orElseThrow(() -> new NotFoundException("enterprise", id));
        boolean permitted = switch (scope.role()) {
            case MINISTRY_ADMIN, ZONE_ADMIN, ZONE_STAFF, ENTERPRISE_ADMIN -> scope.permitsEnterprise(row.zoneId(), row.id());
            default -> false;
        };
        if (!permitted) {
            throw new NotFoundException("enterprise", id);
        }
        return row;
    }

    @Transactional(readOnly = true)
    List<EnterpriseRow> list(TenantScope scope, EnterpriseStore.Query query, int limit, int offset) {
        return store.list(scope, query, limit, offset);
    }

    @Transactional(readOnly = true)
    Map<EnterpriseStatus, Long> countByStatus(TenantScope scope, Long zoneId) {
        return store.countByStatus(scope, zoneId);
    }

    // ---- registration ------------------------------------------------------------------------------------------

    /** A registered enterprise and, when one was asked for, its first admin account. */
    record Registration(long enterpriseId, long zoneId, CreatedAccount account) {
    }

    /** A zone admin registers an ACTIVE enterprise in its own zone, optionally with an (enabled) admin account. */
    Registration registerByZone(TenantScope actor, EnterpriseForm form) {
        if (actor.role() != Role.ZONE_ADMIN || actor.zoneId() == null) {
            throw new AccessDeniedException("only zone admins register enterprises");
        }
        long zoneId = actor.zoneId();
        EnterpriseData data = checkNew(form, false, false);
        long id = insert(zoneId, data, EnterpriseStatus.ACTIVE, false);
        CreatedAccount account = null;
        if (form.wantsAdminAccount()) {
            account = openAdmin(actor, zoneId, id, form, false, true);
        }
        audit.record(AuditEntry.of("ENTERPRISE_REGISTER", "enterprise", id).tenant(zoneId, id)
                .detail(data.name() + " " + data.uscc() + (account == null ? "" : " admin=" + account.username())));
        events.publishEvent(new EnterpriseRegistered(id, zoneId, EnterpriseStatus.ACTIVE, false));
        return new Registration(id, zoneId, account);
    }

    /** Public self-registration: PENDING enterprise and a DISABLED admin account with the applicant's password. */
    Registration selfRegister(EnterpriseForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<ZoneSummary> zone = form.getZoneId() == null ? Optional.empty() : zones.find(form.getZoneId());
        if (zone.isEmpty()) {
            problems.add(new FieldProblem("zoneId", "org.register.zone.required"));
        }
        EnterpriseData data = checkNew(form, true, true, problems);
        long zoneId = zone.get().id();
        long id = insert(zoneId, data, EnterpriseStatus.PENDING, true);
        CreatedAccount account = openAdmin(RegistrationDesk.scopeFor(zoneId), zoneId, id, form, true, false);
        audit.record(AuditEntry.of("ENTERPRISE_SELF_REGISTER", "enterprise", id).tenant(zoneId, id)
                .detail(data.name() + " " + data.uscc() + " applicant=" + account.username()));
        events.publishEvent(new EnterpriseRegistered(id, zoneId, EnterpriseStatus.PENDING, true));
        return new Registration(id, zoneId, account);
    }

    private EnterpriseData checkNew(EnterpriseForm form, boolean adminRequired, boolean withPassword) {
        return checkNew(form, adminRequired, withPassword, new ArrayList<>());
    }

    /** Validates the enterprise and the admin account together, so that every problem is reported at once. */
    private EnterpriseData checkNew(EnterpriseForm form, boolean adminRequired, boolean withPassword,
            List<FieldProblem> problems) {
        var result = EnterpriseValidator.validate(form, true);
        problems.addAll(result.problems());
        if (result.ok() && store.usccTaken(result.data().uscc(), null)) {
            problems.add(new FieldProblem("uscc", "org.enterprise.uscc.taken", result.data().uscc()));
        }
        List<FieldProblem> adminProblems = EnterpriseValidator.validateAdmin(form, adminRequired, withPassword);
        problems.addAll(adminProblems);
        if (adminProblems.isEmpty() && (adminRequired || form.wantsAdminAccount())
                && accounts.usernameTaken(form.getAdminUsername().strip())) {
            problems.add(new FieldProblem("adminUsername", "account.username.taken", form.getAdminUsername().strip()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return result.data();
    }

    private long insert(long zoneId, EnterpriseData data, EnterpriseStatus status, boolean self) {
        try {
            return store.insert(zoneId, data, phone(data.contactMobile()), status, self);
        } catch (DuplicateKeyException e) {
            // registered by someone else between the check and the insert
            throw InvalidInput.of("uscc", "org.enterprise.uscc.taken", data.uscc());
        }
    }

    private CreatedAccount openAdmin(TenantScope actor, long zoneId, long enterpriseId, EnterpriseForm form,
            boolean withPassword, boolean enabled) {
        String mobile = EnterpriseValidator.clean(form.getAdminMobile());
        try {
            return accounts.open(actor, new NewAccount(form.getAdminUsername().strip(),
                    EnterpriseValidator.clean(form.getAdminName()), Role.ENTERPRISE_ADMIN, zoneId, enterpriseId, null,
                    mobile, withPassword ? form.getAdminPassword() : null), enabled);
        } catch (UserInputException e) {
            throw InvalidInput.of(adminField(e.field()), e.messageKey(), e.args() == null ? new Object[0] : e.args());
        }
    }

    /** The form field of the admin account that an account-module error names. */
    static String adminField(String accountField) {
        if (accountField == null) {
            return null;
        }
        return switch (accountField) {
            case "username" -> "adminUsername";
            case "displayName" -> "adminName";
            case "phone" -> "adminMobile";
            case "password" -> "adminPassword";
            default -> null;
        };
    }

    private EnterpriseStore.Phone phone(String normalizedMobile) {
        if (normalizedMobile == null) {
            return null;
        }
        String m = MobileNumber.normalize(normalizedMobile);
        return new EnterpriseStore.Phone(cipher.encrypt(m), cipher.lookupHash(m), Masks.phone(m));
    }

    // ---- editing -----------------------------------------------------------------------------------------------

    /** What this person may change on this enterprise (empty: read only). */
    Set<EditPolicy.Part> editable(TenantScope scope, EnterpriseRow row) {
        return EditPolicy.editable(scope, row.zoneId(), row.id());
    }

    /**
     * Saves an edit made on the version the form was opened with. Fields the person may not change are taken from
     * the stored row whatever was sent.
     *
     * @throws EditConflict when someone else saved in between
     */
    EnterpriseRow update(TenantScope scope, long id, EnterpriseForm form) {
        EnterpriseRow current = visible(scope, id);
        Set<EditPolicy.Part> editable = editable(scope, current);
        if (editable.isEmpty()) {
            throw new AccessDeniedException("read only");
        }
        EditPolicy.restrict(form, current, editable);
        var result = EnterpriseValidator.validate(form, false);
        List<FieldProblem> problems = new ArrayList<>(result.problems());
        if (result.ok() && !result.data().uscc().equals(current.uscc()) && store.usccTaken(result.data().uscc(), id)) {
            problems.add(new FieldProblem("uscc", "org.enterprise.uscc.taken", result.data().uscc()));
        }
        if (form.getVersion() == null) {
            problems.add(new FieldProblem(null, "org.enterprise.version.missing"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        EnterpriseData data = result.data();
        boolean saved;
        try {
            saved = store.update(id, form.getVersion(), data, phone(data.contactMobile()));
        } catch (DuplicateKeyException e) {
            throw InvalidInput.of("uscc", "org.enterprise.uscc.taken", data.uscc());
        }
        if (!saved) {
            throw new EditConflict(store.find(id).orElseThrow(() -> new NotFoundException("enterprise", id)));
        }
        audit.record(AuditEntry.of("ENTERPRISE_UPDATE", "enterprise", id).tenant(current.zoneId(), id)
                .detail(String.join(",", changed(current, data))));
        return store.find(id).orElseThrow();
    }

    /** Names of the fields an edit changes, for the audit line (no values: the phone must not be logged). */
    static List<String> changed(EnterpriseRow before, EnterpriseData after) {
        List<String> names = new ArrayList<>();
        if (!Objects.equals(before.name(), after.name())) names.add("name");
        if (!Objects.equals(before.uscc(), after.uscc())) names.add("uscc");
        if (before.industry() != after.industry()) names.add("industry");
        if (before.sizeBand() != after.sizeBand()) names.add("sizeBand");
        if (before.aboveScale() != after.aboveScale()) names.add("aboveScale");
        if (before.highTech() != after.highTech()) names.add("highTech");
        if (before.techSme() != after.techSme()) names.add("techSme");
        if (!Objects.equals(before.address(), after.address())) names.add("address");
        if (!Objects.equals(before.contactName(), after.contactName())) names.add("contactName");
        if (after.contactMobile() != null) names.add("contactMobile");
        if (!Objects.equals(before.staffCount(), after.staffCount())) names.add("staffCount");
        return names;
    }

    // ---- review ------------------------------------------------------------------------------------------------

    /** The zone admin of the enterprise's own zone approves a pending registration and enables its accounts. */
    void approve(TenantScope scope, long id) {
        EnterpriseRow row = reviewable(scope, id);
        if (!store.decide(id, EnterpriseStatus.ACTIVE, null, scope.userId())) {
            throw new ConflictException("org.review.notPending");
        }
        accounts.setEnterpriseAccountsEnabled(id, true);
        audit.record(AuditEntry.of("ENTERPRISE_APPROVE", "enterprise", id).tenant(row.zoneId(), id)
                .detail(row.name() + " " + row.uscc()));
        events.publishEvent(new EnterpriseApproved(id, row.zoneId()));
    }

    /** Rejects a pending registration with a reason the applicant will be told; its accounts stay disabled. */
    void reject(TenantScope scope, long id, String reason) {
        EnterpriseRow row = reviewable(scope, id);
        String note = EnterpriseValidator.clean(reason);
        if (note == null) {
            throw UserInputException.onField("reason", "org.review.reasonRequired");
        }
        if (note.length() > MAX_NOTE) {
            throw UserInputException.onField("reason", "org.review.reasonTooLong", MAX_NOTE);
        }
        if (!store.decide(id, EnterpriseStatus.REJECTED, note, scope.userId())) {
            throw new ConflictException("org.review.notPending");
        }
        accounts.setEnterpriseAccountsEnabled(id, false);
        audit.record(AuditEntry.of("ENTERPRISE_REJECT", "enterprise", id).tenant(row.zoneId(), id)
                .detail(row.name() + " " + row.uscc() + ": " + note));
        events.publishEvent(new EnterpriseRejected(id, row.zoneId()));
    }

    private EnterpriseRow reviewable(TenantScope scope, long id) {
        EnterpriseRow row = visible(scope, id);
        if (scope.role() != Role.ZONE_ADMIN || !Objects.equals(scope.zoneId(), row.zoneId())) {
            throw new AccessDeniedException("only the zone's admins review");
        }
        if (row.status() != EnterpriseStatus.PENDING) {
            throw new ConflictException("org.review.notPending");
        }
        return row;
    }
}
