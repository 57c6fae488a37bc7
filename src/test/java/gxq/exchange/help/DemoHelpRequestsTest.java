package gxq.exchange.help;

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

/** The demo help requests go through the service: masks and transport, each with an offer of another zone. Zones 75–77. */
@IntegrationTest
@Tag("db")
class DemoHelpRequestsTest {

    @Autowired Accounts accounts;

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired PlatformTransactionManager transactions;
    @Autowired HelpService help;

    @Test
    void postsTwoRequestsWithAnOfferEach() {
        List<Long> zones = List.of(75L, 76L, 77L);
        zones.forEach(fixtures::zoneStaff);
        long before = db.sql("select coalesce(max(id), 0) from exchange_help_request").query(Long.class).single();
        assertThat(new DemoHelpRequests(db, transactions, help, accounts).populate(zones)).isEqualTo(2);
        List<String> categories = db.sql("""
                select category || ':' || zone_id || ':' || state from exchange_help_request
                where id > :before and zone_id in (75, 77) and title in ('园区中小企业复工急需医用口罩', '原材料运输需要冷链货车支援')
                order by id
                """).param("before", before).query(String.class).list();
        assertThat(categories).containsExactly("SUPPLIES:75:OPEN", "TRANSPORT:77:OPEN");
        assertThat(db.sql("""
                select count(*) from exchange_help_offer o join exchange_help_request r on r.id = o.request_id
                where r.id > :before and o.zone_id <> r.zone_id and o.state = 'PENDING' and r.zone_id in (75, 77)
                """).param("before", before).query(Long.class).single()).isEqualTo(2);
    }
}
