package gxq.supplychain.internal;

import java.time.ZoneOffset;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import gxq.needs.NeedCaseChanged;
import gxq.needs.NeedCategory;

/**
 * Keeps {@code supply_logistics_case} in step with the needs module's LOGISTICS cases of enterprises: one row per
 * case, open or not as of its latest change. Runs in the transaction of the change.
 */
@Component
class LogisticsCases {

    private final JdbcClient db;

    LogisticsCases(JdbcClient db) {
        this.db = db;
    }

    @EventListener
    @Transactional
    public void on(NeedCaseChanged e) {
        if (e.category() != NeedCategory.LOGISTICS || e.enterpriseId() == null) {
            return;
        }
        var at = e.at().atOffset(ZoneOffset.UTC);
        int n = db.sql("update supply_logistics_case set is_open = :o, updated_at = :t where case_id = :c")
                .param("o", e.open()).param("t", at).param("c", e.caseId()).update();
        if (n == 0) {
            db.sql("""
                    insert into supply_logistics_case (case_id, zone_id, enterprise_id, is_open, updated_at)
                    values (:c, :z, :e, :o, :t)""")
                    .param("c", e.caseId()).param("z", e.zoneId()).param("e", e.enterpriseId())
                    .param("o", e.open()).param("t", at).update();
        }
    }
}
