package gxq.health.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gxq.common.crypto.Masks;
import gxq.health.RedStaff;

/** {@link RedStaff} from {@code health_status}, with a read-only join on {@code employee} for status and name. */
@Service
@Transactional(readOnly = true)
class JdbcRedStaff implements RedStaff {

    private static final String WHERE = """
            from health_status s join employee e on e.id = s.employee_id
            where s.enterprise_id = :ent and e.enterprise_id = :ent and e.status = 'ACTIVE'
              and (case when s.override_colour is not null and (s.override_until is null or s.override_until >= :today)
                        then s.override_colour else s.colour end) = 'RED'
            """;

    private final JdbcClient db;
    private final Clock clock;

    JdbcRedStaff(JdbcClient db, @Qualifier("healthClock") Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public long countUnresolved(long enterpriseId) {
        return db.sql("select count(*) " + WHERE).param("ent", enterpriseId).param("today", LocalDate.now(clock))
                .query(Long.class).single();
    }

    @Override
    public List<RedCase> unresolved(long enterpriseId, int limit) {
        return db.sql("select s.employee_id, e.name, s.since " + WHERE + " order by s.since, s.employee_id limit :limit")
                .param("ent", enterpriseId).param("today", LocalDate.now(clock)).param("limit", Math.max(0, limit))
                .query((rs, n) -> {
                    OffsetDateTime since = rs.getObject("since", OffsetDateTime.class);
                    return new RedCase(rs.getLong("employee_id"), Masks.name(rs.getString("name")),
                            since == null ? null : since.atZoneSameInstant(clock.getZone()).toLocalDate());
                }).list();
    }
}
