package gxq.people.internal;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gxq.account.TenantScope;
import gxq.people.EmployeeSummary;
import gxq.people.Employees;

/** {@link Employees} for other modules. */
@Service
@Transactional(readOnly = true)
class EmployeeDirectory implements Employees {

    private final EmployeeStore store;

    EmployeeDirectory(EmployeeStore store) {
        this.store = store;
    }

    @Override
    public Optional<EmployeeSummary> find(long id) {
        return store.find(id).map(EmployeeRow::summary);
    }

    @Override
    public Optional<EmployeeSummary> find(TenantScope scope, long id) {
        return store.find(id).filter(row -> switch (scope.role()) {
            case ENTERPRISE_ADMIN, ZONE_ADMIN, ZONE_STAFF, GATE_GUARD -> scope.permitsEnterprise(row.zoneId(), row.enterpriseId());
            case EMPLOYEE -> scope.employeeId() != null && scope.employeeId() == id;
            default -> false;
        }).map(EmployeeRow::summary);
    }

    @Override
    public long countActive(TenantScope scope) {
        return store.countActive(scope);
    }

    @Override
    public long countActive(long enterpriseId) {
        return store.countActive(enterpriseId);
    }
}
