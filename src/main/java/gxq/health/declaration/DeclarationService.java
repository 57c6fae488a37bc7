package gxq.health.declaration;

import gxq.account.AuditEntry;
import gxq.account.AuditLog;
import gxq.health.status.StatusEngine;
import gxq.health.status.StatusRow;
import gxq.health.status.Trigger;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records today's declaration of one employee — by themself or, for staff without a phone, by their enterprise admin
 * (代报, {@code proxy}) — and recomputes their colour in the same transaction. A second declaration the same day
 * replaces the first; both are audited. The person's status row is locked first, so two declarations at once are
 * applied one after the other and neither is lost.
 */
@Service
public class DeclarationService {

    private final DeclarationValidator validator;
    private final DeclarationStore store;
    private final StatusEngine engine;
    private final AuditLog audit;
    private final Clock clock;

    DeclarationService(DeclarationValidator validator, DeclarationStore store, StatusEngine engine, AuditLog audit,
            Clock clock) {
        this.validator = validator;
        this.store = store;
        this.engine = engine;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a declaration did: the day, whether it replaced an earlier one that day, and the status after it. */
    public record Declared(long employeeId, LocalDate day, boolean replaced, StatusRow status) {
    }

    /**
     * @param who       the employee declared for (already checked against the caller's scope)
     * @param actorId   the account that submits (the employee, or their enterprise admin)
     * @param proxy     whether the admin declares for the employee
     */
    @Transactional
    public Declared declare(StatusEngine.Subject who, long actorId, boolean proxy, DeclarationForm form) {
        LocalDate today = engine.today();
        ValidDeclaration d = validator.check(form, today);
        StatusEngine.Locked locked = engine.lockForUpdate(who, today);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        var existing = store.findOn(who.employeeId(), today);
        BigDecimal fever = engine.rulesFor(who.zoneId()).feverCelsius();
        boolean feverBefore = existing.map(e -> e.temperature().compareTo(fever) >= 0).orElse(false);
        long id;
        if (existing.isPresent()) {
            id = existing.get().id();
            store.replace(id, d, actorId, proxy, now);
        } else {
            id = store.insert(who.employeeId(), who.enterpriseId(), who.zoneId(), today, d, actorId, proxy, now);
        }
        audit.record(AuditEntry.of(existing.isPresent() ? "HEALTH_DECLARATION_REPLACE" : "HEALTH_DECLARATION",
                "health_declaration", id).tenant(who.zoneId(), who.enterpriseId())
                .detail("employee=" + who.employeeId() + " day=" + today + (proxy ? " proxy=true" : "")));
        StatusRow status = engine.recomputeLocked(who, today, Trigger.declaration(actorId, d.temperature(), feverBefore),
                locked);
        return new Declared(who.employeeId(), today, existing.isPresent(), status);
    }

    /** Today's declaration of the employee as the form shows it, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<DeclarationForm> today(long employeeId) {
        return store.formOn(employeeId, engine.today());
    }
}
