package gxq.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** roster_import and roster_import_rejection: what each import did, and the rows it refused. */
@Repository
class ImportStore {

    private final JdbcClient db;
    private final NamedParameterJdbcTemplate jdbc;

    ImportStore(JdbcClient db, NamedParameterJdbcTemplate jdbc) {
        this.db = db;
        this.jdbc = jdbc;
    }

    record ImportRow(long id, long enterpriseId, long zoneId, String fileName, int totalRows, int added, int updated,
            int unchanged, int rejected, String columnsPresent, String ignoredHeaders, Instant createdAt) {
    }

    /** A refused row: encrypted cell values and its problems, encoded by {@link ImportService}. */
    record Rejection(int rowNo, String valuesEnc, String problems) {
    }

    long insert(long enterpriseId, long zoneId, Long actorId, String fileName, int total, int added, int updated,
            int unchanged, int rejected, String columnsPresent, String ignoredHeaders) {
        var keys = new GeneratedKeyHolder();
        jdbc.update("""
                insert into roster_import (enterprise_id, zone_id, actor_id, file_name, total_rows, added, updated,
                    unchanged, rejected, columns_present, ignored_headers, created_at)
                values (:ent, :zone, :actor, :file, :total, :added, :updated, :unchanged, :rejected, :columns, :ignored, :now)
                """, new MapSqlParameterSource().addValue("ent", enterpriseId).addValue("zone", zoneId)
                .addValue("actor", actorId).addValue("file", fileName).addValue("total", total)
                .addValue("added", added).addValue("updated", updated).addValue("unchanged", unchanged)
                .addValue("rejected", rejected).addValue("columns", columnsPresent).addValue("ignored", ignoredHeaders)
                .addValue("now", EmployeeStore.now()), keys, new String[] {"id"});
        return keys.getKeyAs(Number.class).longValue();
    }

    void insertRejections(long importId, List<Rejection> rows) {
        if (rows.isEmpty()) {
            return;
        }
        SqlParameterSource[] batch = rows.stream().map(r -> new MapSqlParameterSource().addValue("id", importId)
                .addValue("row", r.rowNo()).addValue("values", r.valuesEnc()).addValue("problems", r.problems()))
                .toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate("insert into roster_import_rejection (import_id, row_no, values_enc, problems) values (:id, :row, :values, :problems)", batch);
    }

    Optional<ImportRow> find(long id) {
        return db.sql("select * from roster_import where id = :id").param("id", id).query(ImportStore::row).optional();
    }

    List<ImportRow> recent(long enterpriseId, int limit) {
        return db.sql("select * from roster_import where enterprise_id = :ent order by id desc limit :limit")
                .param("ent", enterpriseId).param("limit", limit).query(ImportStore::row).list();
    }

    List<Rejection> rejections(long importId) {
        return db.sql("select row_no, values_enc, problems from roster_import_rejection where import_id = :id order by row_no")
                .param("id", importId)
                .query((rs, n) -> new Rejection(rs.getInt("row_no"), rs.getString("values_enc"), rs.getString("problems")))
                .list();
    }

    /** Rejected cell values are kept for {@code days} days only; the counts stay. */
    int purgeRejectionsOlderThan(long enterpriseId, OffsetDateTime before) {
        return db.sql("""
                delete from roster_import_rejection where import_id in
                    (select id from roster_import where enterprise_id = :ent and created_at < :before)
                """).param("ent", enterpriseId).param("before", before).update();
    }

    private static ImportRow row(ResultSet rs, int n) throws SQLException {
        return new ImportRow(rs.getLong("id"), rs.getLong("enterprise_id"), rs.getLong("zone_id"), rs.getString("file_name"),
                rs.getInt("total_rows"), rs.getInt("added"), rs.getInt("updated"), rs.getInt("unchanged"),
                rs.getInt("rejected"), rs.getString("columns_present"), rs.getString("ignored_headers"),
                EmployeeStore.instant(rs, "created_at"));
    }
}
