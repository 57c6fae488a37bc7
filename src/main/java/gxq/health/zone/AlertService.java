package gxq.health.zone;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gxq.account.AuditEntry;
import gxq.account.AuditLog;
import gxq.account.TenantScope;
import gxq.common.web.NotFoundException;
import gxq.common.web.UserInputException;
import gxq.org.Enterprises;

/**
 * Alerts for the zone. Zone admins and staff see and acknowledge their zone's alerts; an enterprise admin sees their
 * own enterprise's alerts but does not acknowledge them (the zone's follow-up is what acknowledgement records). An
 * alert outside the scope answers 404 like a missing one.
 */
@Service
@Transactional
class AlertService {

    static final int MAX_SELECTED = 200;

    private final AlertStore store;
    private final Enterprises enterprises;
    private final AuditLog audit;

    AlertService(AlertStore store, Enterprises enterprises, AuditLog audit) {
        this.store = store;
        this.enterprises = enterprises;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<AlertRow> list(TenantScope scope, AlertQuery query, int limit, int offset) {
        if (query.enterpriseId() != null && !permitsEnterpriseFilter(scope, query.enterpriseId())) {
            throw new NotFoundException("enterprise", query.enterpriseId());
        }
        return store.list(scope, query, limit, offset);
    }

    @Transactional(readOnly = true)
    long countOpen(TenantScope scope) {
        return store.countOpen(scope);
    }

    @Transactional(readOnly = true)
    AlertRow visible(TenantScope scope, long id) {
        return store.find(id).filter(a -> scope.permitsEnterprise(a.zoneId(), a.enterpriseId()))
                .orElseThrow(() -> new NotFoundException("health_alert", id));
    }

    /** Acknowledges one alert (a no-op when it already is) and returns it as it now stands. */
    AlertRow acknowledge(TenantScope scope, long id) {
        AlertRow alert = acknowledgeable(scope, id);
        if (store.acknowledge(id, scope.userId())) {
            record(alert);
        }
        return visible(scope, id);
    }

    /** Acknowledges the selected alerts; all must be in the scope (else 404 and nothing changes). Returns how many were newly acknowledged. */
    int acknowledgeAll(TenantScope scope, List<Long> ids) {
        Set<Long> unique = new LinkedHashSet<>(ids == null ? List.of() : ids);
        unique.remove(null);
        if (unique.isEmpty()) {
            throw new UserInputException("hzone.alert.ack.noneSelected");
        }
        if (unique.size() > MAX_SELECTED) {
            throw new UserInputException("hzone.alert.ack.tooMany", MAX_SELECTED);
        }
        List<AlertRow> alerts = new ArrayList<>();
        for (long id : unique) {
            alerts.add(acknowledgeable(scope, id));
        }
        int done = 0;
        for (AlertRow alert : alerts) {
            if (store.acknowledge(alert.id(), scope.userId())) {
                record(alert);
                done++;
            }
        }
        return done;
    }

    private AlertRow acknowledgeable(TenantScope scope, long id) {
        AlertRow alert = visible(scope, id);
        if (!scope.isZoneLevel()) {
            throw new AccessDeniedException("only the zone acknowledges alerts");
        }
        return alert;
    }

    private void record(AlertRow alert) {
        audit.record(AuditEntry.of("HEALTH_ALERT_ACK", "health_alert", alert.id())
                .tenant(alert.zoneId(), alert.enterpriseId())
                .detail(alert.kind() + " employee=" + alert.employeeId() + " raised=" + alert.raisedAt()));
    }

    private boolean permitsEnterpriseFilter(TenantScope scope, long enterpriseId) {
        if (scope.isZoneLevel()) {
            return scope.zoneId() != null && enterprises.inZone(enterpriseId, scope.zoneId());
        }
        return scope.isEnterpriseAdmin() && scope.enterpriseId() != null && scope.enterpriseId() == enterpriseId;
    }
}
