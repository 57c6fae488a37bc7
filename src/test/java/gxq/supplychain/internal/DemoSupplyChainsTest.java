package gxq.supplychain.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/** The demo links (profile demo) on a database without links: H2 only, it needs an empty supply_link table. */
@IntegrationTest
class DemoSupplyChainsTest {

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired PlatformTransactionManager transactions;
    @Autowired SupplyChainService service;

    @Test
    void linksEnterprisesWithinAndAcrossZonesOnceAndAudited() {
        db.sql("delete from supply_link").update();
        List<Long> zone46 = List.of(fixtures.enterprise(46), fixtures.enterprise(46), fixtures.enterprise(46));
        List<Long> zone47 = List.of(fixtures.enterprise(47), fixtures.enterprise(47));
        zone46.forEach(fixtures::enterpriseAdmin);
        zone47.forEach(fixtures::enterpriseAdmin);
        var demo = new DemoSupplyChains(db, transactions, service);
        demo.onReady();
        // inside zone 46: 1 <- 0, 2 <- 1 as suppliers
        assertThat(count("enterprise_id = :a and partner_enterprise_id = :b and direction = 'SUPPLIER'",
                zone46.get(1), zone46.get(0))).isEqualTo(1);
        assertThat(count("enterprise_id = :a and partner_enterprise_id = :b and direction = 'SUPPLIER'",
                zone46.get(2), zone46.get(1))).isEqualTo(1);
        assertThat(count("enterprise_id = :a and partner_city_code = '420100' and partner_enterprise_id is null",
                zone46.get(1), 0)).isEqualTo(1);
        assertThat(db.sql("select count(*) from audit_log where action = 'SUPPLYCHAIN_LINK_ADD' and enterprise_id = :e")
                .param("e", zone46.get(2)).query(Long.class).single()).isGreaterThanOrEqualTo(1);
        long before = db.sql("select count(*) from supply_link").query(Long.class).single();
        assertThat(before).isGreaterThanOrEqualTo(7);
        demo.onReady();
        assertThat(db.sql("select count(*) from supply_link").query(Long.class).single()).isEqualTo(before);
    }

    private long count(String where, long a, long b) {
        return db.sql("select count(*) from supply_link where " + where).param("a", a).param("b", b)
                .query(Long.class).single();
    }
}
