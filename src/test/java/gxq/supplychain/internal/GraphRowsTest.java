package gxq.supplychain.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/**
 * The graph's rows read as enterprise attributes once + narrow links are the rows of the join of every link with both
 * enterprises and zones (the query they replaced): outside suppliers and customers, a platform partner in another
 * zone, both ends declaring the same edge, a partner with and without a staff count. Zones 45 and 1.
 */
@IntegrationTest
@Tag("db")
class GraphRowsTest {

    @Autowired SupplyChainService service;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;

    @Test
    void theRowsAreThoseOfTheJoinOfEveryLinkWithBothEnds() {
        long a = fixtures.enterprise(45);
        long b = fixtures.enterprise(1);
        long c = fixtures.enterprise(45);
        db.sql("update enterprise set staff_count = 120 where id = :id").param("id", b).update();
        link(45, a, "SUPPLIER", null, "外部供应商 ", "110100");
        link(45, a, "SUPPLIER", b, "ignored", null);
        link(1, b, "CUSTOMER", a, "ignored", null);
        link(45, a, "CUSTOMER", null, "外部客户", "310100");
        link(45, c, "CUSTOMER", b, "ignored", null);
        link(1, b, "SUPPLIER", null, "外部供应商", "110100");

        Set<Long> mine = Set.of(a, b, c);
        List<ChainGraph.Row> expected = db.sql("""
                select l.enterprise_id, d.zone_id, d.name, d.staff_count, dz.city_code, l.direction,
                       l.partner_enterprise_id, p.zone_id as p_zone, coalesce(p.name, l.partner_name) as p_name,
                       p.staff_count as p_staff, coalesce(pz.city_code, l.partner_city_code) as p_city
                  from supply_link l
                  join enterprise d on d.id = l.enterprise_id
                  join zone dz on dz.id = d.zone_id
                  left join enterprise p on p.id = l.partner_enterprise_id
                  left join zone pz on pz.id = p.zone_id""")
                .query((rs, i) -> new ChainGraph.Row(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        (Integer) rs.getObject(4, Integer.class), rs.getString(5), rs.getString(6),
                        (Long) rs.getObject(7, Long.class), (Long) rs.getObject(8, Long.class), rs.getString(9),
                        (Integer) rs.getObject(10, Integer.class), rs.getString(11)))
                .list().stream().filter(r -> mine.contains(r.enterpriseId())).toList();
        List<ChainGraph.Row> rows = service.graphRows().stream().filter(r -> mine.contains(r.enterpriseId()))
                .toList();

        assertThat(expected).hasSize(6);
        assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
        ChainGraph.Row outside = rows.stream().filter(r -> r.partnerId() == null && r.enterpriseId() == a
                && "SUPPLIER".equals(r.direction())).findFirst().orElseThrow();
        assertThat(outside.partnerName()).isEqualTo("外部供应商 ");
        assertThat(outside.partnerCityCode()).isEqualTo("110100");
        ChainGraph.Row crossZone = rows.stream().filter(r -> r.enterpriseId() == c).findFirst().orElseThrow();
        assertThat(crossZone.partnerZoneId()).isEqualTo(1L);
        assertThat(crossZone.partnerStaff()).isEqualTo(120);
        assertThat(crossZone.zoneId()).isEqualTo(45L);
    }

    private void link(long zone, long enterprise, String direction, Long partner, String name, String city) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        db.sql("""
                insert into supply_link (zone_id, enterprise_id, direction, partner_enterprise_id, partner_name,
                    partner_city_code, version, created_by, created_at, updated_at)
                values (:z, :e, :d, :p, :n, :c, 0, 1, :t, :t)""")
                .param("z", zone).param("e", enterprise).param("d", direction).param("p", partner)
                .param("n", name).param("c", city).param("t", now).update();
    }
}
