package gxq.resumption.indicators;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import gxq.resumption.ResumptionStates;

/** Reads the indicators' per-enterprise state (V22), which the filing events keep up to date. */
@Component
@Transactional(readOnly = true)
class JdbcResumptionStates implements ResumptionStates {

    private final JdbcClient db;

    JdbcResumptionStates(JdbcClient db) {
        this.db = db;
    }

    @Override
    public Set<Long> resumedOn(LocalDate day) {
        Set<Long> ids = new HashSet<>();
        db.sql("select enterprise_id from resumption_ind_enterprise where resumed_from <= :day").param("day", day)
                .query((RowCallbackHandler) rs -> ids.add(rs.getLong(1)));
        return ids;
    }

    @Override
    public boolean isResumed(long enterpriseId, LocalDate day) {
        return db.sql("select count(*) from resumption_ind_enterprise where enterprise_id = :e and resumed_from <= :day")
                .param("e", enterpriseId).param("day", day).query(Long.class).single() > 0;
    }
}
