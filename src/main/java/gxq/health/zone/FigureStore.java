package gxq.health.zone;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import gxq.account.TenantScope;

/**
 * The aggregate queries behind the overview and the home tiles. One pass over the scope's active employees, each
 * joined to at most one {@code health_status} row (its primary key is the employee) and at most one declaration of
 * the day ({@code unique (employee_id, declared_on)}), grouped in the database — never rows per person in Java.
 *
 * <p>Every part is restricted by the caller's scope ({@link TenantScope#sqlFilter}) and, when given, by one zone; the
 * status and declaration sides are filtered by their own {@code zone_id}/{@code enterprise_id} before the join so
 * that their indexes ({@code health_status_zone_idx}, {@code health_declaration_zone_day_idx}) are used.
 */
@Repository
class FigureStore {

    private static final String COUNTS = """
            count(*) as employees,
            count(case when s.colour = 'GREEN' then 1 end) as green,
            count(case when s.colour = 'YELLOW' then 1 end) as yellow,
            count(case when s.colour = 'RED' then 1 end) as red,
            count(case when s.employee_id is null then 1 end) as no_status,
            count(d.employee_id) as declared
            """;

    private final JdbcClient db;

    FigureStore(JdbcClient db) {
        this.db = db;
    }

    /** Totals for the scope, optionally narrowed to one zone (the ministry's choice; zone roles pass their own). */
    Figures totals(TenantScope scope, Long zone, LocalDate today) {
        String sql = "select " + COUNTS + from(scope, zone);
        return bind(scope, zone, today, sql).query((rs, n) -> figures(rs)).optional().orElse(Figures.NONE);
    }

    /** One row per enterprise that has active employees, in the given order; {@code limit} rows from {@code offset}. */
    List<FigureRow> byEnterprise(TenantScope scope, Long zone, LocalDate today, FigureSort sort, int limit, int offset) {
        return bind(scope, zone, today, enterpriseSql(scope, zone, sort) + " limit :limit offset :offset")
                .param("limit", limit).param("offset", offset).query(FigureStore::row).list();
    }

    /** Every enterprise row, in order, handed to {@code sink} as it is read (for the spreadsheet export). */
    void eachEnterprise(TenantScope scope, Long zone, LocalDate today, FigureSort sort, Consumer<FigureRow> sink) {
        bind(scope, zone, today, enterpriseSql(scope, zone, sort)).query(rs -> {
            sink.accept(row(rs, 0));
        });
    }

    /** The ministry's table: one row per zone with active employees (names are added by the caller). */
    List<FigureRow> byZone(TenantScope scope, LocalDate today) {
        String sql = "select e.zone_id as id, '' as name, " + COUNTS + from(scope, null) + " group by e.zone_id order by e.zone_id";
        return bind(scope, null, today, sql).query(FigureStore::row).list();
    }

    /**
     * Groups by the enterprise id alone (a hash aggregate over a few thousand groups) and only then joins the names,
     * so that a zone of 200,000 employees is not sorted by name before grouping.
     */
    private String enterpriseSql(TenantScope scope, Long zone, FigureSort sort) {
        return "select t.*, n.name as name from (select e.enterprise_id as id, " + COUNTS + from(scope, zone)
                + " group by e.enterprise_id) t join enterprise n on n.id = t.id order by " + sort.orderBy;
    }

    private static String from(TenantScope scope, Long zone) {
        String zs = zone == null ? "" : " and s.zone_id = :zone";
        String zd = zone == null ? "" : " and d.zone_id = :zone";
        String ze = zone == null ? "" : " and e.zone_id = :zone";
        return " from employee e"
                + " left join (select s.employee_id, s.colour from health_status s where " + scope.sqlFilter("s.") + zs
                + ") s on s.employee_id = e.id"
                + " left join (select d.employee_id from health_declaration d where d.declared_on = :today and "
                + scope.sqlFilter("d.") + zd + ") d on d.employee_id = e.id"
                + " where e.status = 'ACTIVE' and " + scope.sqlFilter("e.") + ze;
    }

    private JdbcClient.StatementSpec bind(TenantScope scope, Long zone, LocalDate today, String sql) {
        var spec = scope.bind(db.sql(sql)).param("today", today);
        return zone == null ? spec : spec.param("zone", zone);
    }

    private static Figures figures(ResultSet rs) throws SQLException {
        return new Figures(rs.getLong("employees"), rs.getLong("green"), rs.getLong("yellow"), rs.getLong("red"),
                rs.getLong("no_status"), rs.getLong("declared"));
    }

    private static FigureRow row(ResultSet rs, int n) throws SQLException {
        return new FigureRow(rs.getLong("id"), rs.getString("name"), figures(rs));
    }
}
