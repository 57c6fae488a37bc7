package gxq.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/**
 * The pool replaces its connections (idle timeout, max lifetime) while the application runs, also the one Flyway
 * created the tables with. H2 2.4 compares text in a CHECK constraint with the session that created the table and
 * failed every insert once it was closed ("Check constraint invalid … The database has been closed"), so migrations
 * have no CHECK on text columns (the Java enums keep the values). Here every connection is replaced first; inserts
 * into tables that had such checks must still work. Zone 61.
 */
@IntegrationTest
@Tag("db")
class CheckConstraintsAfterReconnectTest {

    @Autowired DataSource dataSource;
    @Autowired JdbcClient db;
    @Autowired Fixtures fixtures;

    @Test
    void checkConstraintsWorkAfterThePoolReplacedItsConnections() throws Exception {
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        long ent = fixtures.enterprise(61);
        OffsetDateTime now = OffsetDateTime.now();

        assertThat(inspection(ent, "PASSED", now)).isEqualTo(1);
        assertThat(link(ent, "SUPPLIER", now)).isEqualTo(1);
        assertThatThrownBy(() -> db.sql("""
                insert into supply_link (zone_id, enterprise_id, direction, version, created_by, created_at, updated_at)
                values (61, :e, 'SUPPLIER', 0, 0, :t, :t)
                """).param("e", ent).param("t", now).update())
                .as("a check without text still holds").isInstanceOf(DataIntegrityViolationException.class);
        assertThat(db.sql("""
                select count(*) from information_schema.check_constraints
                 where lower(constraint_schema) = 'public' and check_clause like '%''%'
                """)
                .query(Long.class).single()).as("no check constraint compares text").isZero();
    }

    private int inspection(long ent, String result, OffsetDateTime now) {
        return db.sql("""
                insert into resumption_inspection (zone_id, enterprise_id, inspected_on, inspectors, result, notes,
                    created_by, created_by_name, created_at)
                values (61, :e, :d, '检查组', :r, null, 0, 'test', :t)
                """).param("e", ent).param("d", LocalDate.of(2020, 2, 20)).param("r", result).param("t", now).update();
    }

    private int link(long ent, String direction, OffsetDateTime now) {
        return db.sql("""
                insert into supply_link (zone_id, enterprise_id, direction, partner_enterprise_id, partner_name,
                    partner_city_code, note, version, created_by, created_at, updated_at)
                values (61, :e, :d, null, '外部供应商', '420100', null, 0, 0, :t, :t)
                """).param("e", ent).param("d", direction).param("t", now).update();
    }
}
