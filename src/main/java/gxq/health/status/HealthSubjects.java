package gxq.health.status;

import gxq.account.Role;
import gxq.account.TenantScope;
import gxq.common.web.NotFoundException;
import gxq.people.EmployeeStatus;
import gxq.people.EmployeeSummary;
import gxq.people.Employees;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whose health data a caller may see or write. Reads: the employee themself, the admin of their enterprise, the
 * staff of their zone. Proxy declarations: only the admin of their enterprise, for active employees. Anyone else gets
 * 404 (outside the scope, like a missing id); the ministry never reaches this (403 on the controllers).
 */
@Component
public class HealthSubjects {

    private final Employees employees;
    private final org.springframework.jdbc.core.simple.JdbcClient db;

    HealthSubjects(Employees employees, org.springframework.jdbc.core.simple.JdbcClient db) {
        this.employees = employees;
        this.db = db;
    }

    /**
     * The same check as {@link #declarable} for the API's hot path: one indexed read of the employee's tenant and
     * status (no name, no masked identifiers), then the scope test.
     */
    public StatusEngine.Subject declarableSubject(TenantScope scope, long employeeId) {
        if (scope.role() != Role.EMPLOYEE && scope.role() != Role.ENTERPRISE_ADMIN) {
            throw new AccessDeniedException("declarations are made by employees or their enterprise admin");
        }
        record Tenant(long zone, long enterprise, String status) {
        }
        Tenant t = db.sql("select zone_id, enterprise_id, status from employee where id = :id").param("id", employeeId)
                .query((rs, n) -> new Tenant(rs.getLong(1), rs.getLong(2), rs.getString(3))).optional()
                .orElseThrow(() -> new NotFoundException("employee", employeeId));
        boolean ok = scope.role() == Role.EMPLOYEE
                ? scope.employeeId() != null && scope.employeeId() == employeeId
                : scope.permitsEnterprise(t.zone(), t.enterprise());
        if (!ok || !EmployeeStatus.ACTIVE.name().equals(t.status())) {
            throw new NotFoundException("employee", employeeId);
        }
        return new StatusEngine.Subject(employeeId, t.enterprise(), t.zone());
    }

    /** The employee if {@code scope} may read their health data. */
    public EmployeeSummary readable(TenantScope scope, long employeeId) {
        if (scope.isMinistry()) {
            throw new AccessDeniedException("no personal health data for the ministry");
        }
        return employees.find(scope, employeeId).filter(e -> scope.role() != Role.GATE_GUARD)
                .orElseThrow(() -> new NotFoundException("employee", employeeId));
    }

    /** The employee if {@code scope} may declare for them: the employee themself or the admin of their enterprise. */
    public EmployeeSummary declarable(TenantScope scope, long employeeId) {
        if (scope.role() != Role.EMPLOYEE && scope.role() != Role.ENTERPRISE_ADMIN) {
            throw new AccessDeniedException("declarations are made by employees or their enterprise admin");
        }
        EmployeeSummary e = employees.find(scope, employeeId)
                .orElseThrow(() -> new NotFoundException("employee", employeeId));
        if (e.status() != EmployeeStatus.ACTIVE) {
            throw new NotFoundException("employee", employeeId);
        }
        return e;
    }

    /** The employee if {@code scope} may set their status by hand: zone admin and staff of their zone. */
    public EmployeeSummary manageable(TenantScope scope, long employeeId) {
        if (!scope.isZoneLevel()) {
            throw new AccessDeniedException("only zone staff set a status by hand");
        }
        return readable(scope, employeeId);
    }

    public static StatusEngine.Subject subject(EmployeeSummary e) {
        return new StatusEngine.Subject(e.id(), e.enterpriseId(), e.zoneId());
    }
}
