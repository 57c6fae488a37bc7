package gxq.health.declaration;

import gxq.account.AuditEntry;
import gxq.account.AuditLog;
import gxq.account.TenantScope;
import gxq.common.web.UserInputException;
import gxq.health.status.HealthSubjects;
import gxq.health.status.StatusEngine;
import gxq.people.EmployeeSummary;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An enterprise admin reminds staff who have not declared today: one or all, at most once per person and day. */
@Service
class Reminders {

    private final ReminderStore store;
    private final HealthSubjects subjects;
    private final StatusEngine engine;
    private final AuditLog audit;
    private final Clock clock;

    Reminders(ReminderStore store, HealthSubjects subjects, StatusEngine engine, AuditLog audit, Clock clock) {
        this.store = store;
        this.subjects = subjects;
        this.engine = engine;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reminds one employee of the admin's enterprise (404 outside it); false if already reminded or declared. */
    @Transactional
    boolean remind(TenantScope scope, long employeeId) {
        EmployeeSummary e = subjects.declarable(scope, employeeId);
        var today = engine.today();
        if (store.declaredOn(employeeId, today)) {
            throw new UserInputException("health.missing.alreadyDeclared");
        }
        boolean sent = store.remind(employeeId, e.enterpriseId(), today, scope.userId(), now());
        if (sent) {
            audit.record(AuditEntry.of("HEALTH_REMIND", "employee", employeeId).tenant(e.zoneId(), e.enterpriseId())
                    .detail("day=" + today));
        }
        return sent;
    }

    @Transactional
    int remindAll(TenantScope scope) {
        var today = engine.today();
        int n = store.remindAll(scope, today, scope.userId(), now());
        audit.record(AuditEntry.of("HEALTH_REMIND_ALL", "enterprise", scope.enterpriseId())
                .tenant(scope.zoneId(), scope.enterpriseId()).detail("day=" + today + " reminded=" + n));
        return n;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
