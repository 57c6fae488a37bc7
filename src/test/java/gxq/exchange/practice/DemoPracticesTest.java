package gxq.exchange.practice;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import gxq.account.Accounts;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo items go through the service: published, indexed, commented and adopted, audited. Zones 75, 76, 77. */
@IntegrationTest
@Tag("db")
class DemoPracticesTest {

    @Autowired Accounts accounts;

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ItemService items;

    @Test
    void publishesSixItemsWithCommentsAndAdoptions() {
        List<Long> zones = List.of(75L, 76L, 77L);
        zones.forEach(fixtures::zoneAdmin);
        long before = db.sql("select count(*) from exchange_item where zone_id in (75, 76, 77)").query(Long.class).single();
        assertThat(new DemoPractices(db, transactions, items, accounts).populate(zones)).isEqualTo(6);
        List<Long> ids = db.sql("select id from exchange_item where zone_id in (75, 76, 77) order by id")
                .query(Long.class).list().subList((int) before, (int) before + 6);
        assertThat(db.sql("select count(*) from exchange_item where id in (:ids) and state = 'PUBLISHED'")
                .param("ids", ids).query(Long.class).single()).isEqualTo(6);
        assertThat(db.sql("select count(distinct doc_id) from exchange_term where doc_id in (:ids)").param("ids", ids)
                .query(Long.class).single()).isEqualTo(6);
        assertThat(db.sql("select count(*) from exchange_adoption where item_id in (:ids)").param("ids", ids)
                .query(Long.class).single()).isEqualTo(5);
        assertThat(db.sql("select count(*) from exchange_comment where item_id in (:ids)").param("ids", ids)
                .query(Long.class).single()).isEqualTo(3);
        assertThat(db.sql("select count(*) from audit_log where action = 'EXCHANGE_ITEM_PUBLISH' and target_id in (:ids)")
                .param("ids", ids.stream().map(String::valueOf).toList()).query(Long.class).single()).isEqualTo(6);
    }
}
