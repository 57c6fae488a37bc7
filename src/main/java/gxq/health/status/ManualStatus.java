package gxq.health.status;

import gxq.account.AuditEntry;
import gxq.account.AuditLog;
import gxq.account.TenantScope;
import gxq.common.web.UserInputException;
import gxq.health.Colour;
import gxq.health.rules.Diagnosis;
import gxq.people.EmployeeSummary;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Status set by hand by zone admins and staff (own zone only): a colour with a reason and an optional last day, a
 * diagnosis from the health authorities' notice (CDC), and withdrawing an override. Each is audited, bumps the status
 * sequence (so codes issued before it no longer verify) and recomputes the colour at once.
 */
@Service
public class ManualStatus {

    static final int MAX_REASON = 300;

    private final HealthSubjects subjects;
    private final StatusEngine engine;
    private final AuditLog audit;

    ManualStatus(HealthSubjects subjects, StatusEngine engine, AuditLog audit) {
        this.subjects = subjects;
        this.engine = engine;
        this.audit = audit;
    }

    @Transactional
    public StatusRow setOverride(TenantScope scope, long employeeId, String colourText, String reason, LocalDate until) {
        EmployeeSummary e = subjects.manageable(scope, employeeId);
        Colour colour = parseColour(colourText);
        String why = requireReason(reason);
        LocalDate today = engine.today();
        if (until != null && until.isBefore(today)) {
            throw UserInputException.onField("until", "health.status.error.untilPast");
        }
        StatusRow row = engine.recompute(HealthSubjects.subject(e), today, Trigger.staff(scope.userId()),
                s -> StatusEngine.withOverride(s, colour, why, until, scope.userId()));
        audit.record(AuditEntry.of("HEALTH_OVERRIDE_SET", "employee", employeeId).tenant(e.zoneId(), e.enterpriseId())
                .detail("colour=" + colour + (until == null ? "" : " until=" + until) + " reason=" + why));
        return row;
    }

    @Transactional
    public StatusRow withdrawOverride(TenantScope scope, long employeeId) {
        EmployeeSummary e = subjects.manageable(scope, employeeId);
        StatusRow row = engine.recompute(HealthSubjects.subject(e), engine.today(), Trigger.staff(scope.userId()),
                s -> StatusEngine.withOverride(s, null, null, null, null));
        audit.record(AuditEntry.of("HEALTH_OVERRIDE_WITHDRAW", "employee", employeeId).tenant(e.zoneId(), e.enterpriseId()));
        return row;
    }

    @Transactional
    public StatusRow setDiagnosis(TenantScope scope, long employeeId, String diagnosisText, String notice) {
        EmployeeSummary e = subjects.manageable(scope, employeeId);
        Diagnosis diagnosis;
        try {
            diagnosis = Diagnosis.valueOf(diagnosisText == null ? "" : diagnosisText.strip());
        } catch (IllegalArgumentException ex) {
            throw UserInputException.onField("diagnosis", "health.status.error.diagnosis");
        }
        String why = requireReason(notice);
        StatusRow row = engine.recompute(HealthSubjects.subject(e), engine.today(), Trigger.staff(scope.userId()),
                s -> StatusEngine.withDiagnosis(s, diagnosis));
        audit.record(AuditEntry.of(diagnosis == Diagnosis.NONE ? "HEALTH_DIAGNOSIS_CLEAR" : "HEALTH_DIAGNOSIS_SET",
                "employee", employeeId).tenant(e.zoneId(), e.enterpriseId())
                .detail("diagnosis=" + diagnosis + " notice=" + why));
        return row;
    }

    private static Colour parseColour(String text) {
        try {
            return Colour.valueOf(text == null ? "" : text.strip());
        } catch (IllegalArgumentException ex) {
            throw UserInputException.onField("colour", "health.status.error.colour");
        }
    }

    private static String requireReason(String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw UserInputException.onField("reason", "health.status.error.reason");
        }
        if (r.length() > MAX_REASON) {
            throw UserInputException.onField("reason", "health.status.error.reasonLength", MAX_REASON);
        }
        // the stored reason list uses "; " and ", " as separators: keep them out of free text
        return r.replace("; ", "；").replace(", ", "，").replace("(", "（").replace(")", "）");
    }
}
