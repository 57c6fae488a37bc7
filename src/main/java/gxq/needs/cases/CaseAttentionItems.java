package gxq.needs.cases;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import gxq.account.GxqUser;
import gxq.account.TenantScope;
import gxq.web.AttentionItems;

/**
 * "今日需关注" for cases: the ministry sees the cases escalated to it and still waiting for it; zone roles see their
 * zone's waiting cases past their deadline. One count query each.
 */
@Component
class CaseAttentionItems implements AttentionItems {

    private final CaseService cases;
    private final CaseStore store;

    CaseAttentionItems(CaseService cases, CaseStore store) {
        this.cases = cases;
        this.store = store;
    }

    @Override
    public List<Item> items(Authentication auth) {
        if (auth == null || !(auth.getPrincipal() instanceof GxqUser user)) {
            return List.of();
        }
        TenantScope scope = user.scope();
        if (scope.isMinistry()) {
            long n = store.count("c.state = 'ESCALATED'", Map.of());
            return List.of(new Item("report.attention.casesEscalated", n, "/needs/escalated", false, 40));
        }
        if (scope.isZoneLevel() && scope.zoneId() != null) {
            long overdue = cases.zoneCounts(scope.zoneId())[1];
            return List.of(new Item("report.attention.casesOverdue", overdue, "/needs/queue", true, 40));
        }
        return List.of();
    }
}
