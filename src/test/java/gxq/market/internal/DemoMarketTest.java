package gxq.market.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/** The demo posts go through the real service: keywords, audit, an accepted request. Zones 17 (辽阳) and 18 (本溪). */
@IntegrationTest
@Tag("db")
class DemoMarketTest {

    @Autowired JdbcClient db;
    @Autowired PlatformTransactionManager transactions;
    @Autowired MarketService market;
    @Autowired Fixtures fixtures;

    @Test
    void demoPostsMatchAndOneRequestIsAccepted() {
        fixtures.enterpriseAdmin(fixtures.enterprise(17));
        fixtures.enterpriseAdmin(fixtures.enterprise(18));
        var demo = new DemoMarket(db, transactions, market);
        var specs = List.of(
                new DemoMarket.Spec("211000", 0, Side.OFFER, Category.EPIDEMIC_SUPPLIES, "医用外科口罩 10万只",
                        "现货", "100000", "只", "320500", 30),
                new DemoMarket.Spec("210500", 0, Side.NEED, Category.EPIDEMIC_SUPPLIES, "急需一次性医用口罩",
                        "复工所需", "50000", "只", "420100", 14),
                new DemoMarket.Spec("999999", 0, Side.NEED, Category.OTHER, "没有这个城市的园区", "跳过", null, null,
                        "420100", 14));
        assertThat(demo.populate(specs)).isEqualTo(2);
        Long accepted = db.sql("""
                select m.id from market_match m join market_post f on f.id = m.from_post_id join market_post t on t.id = m.to_post_id
                where m.status = 'ACCEPTED' and f.zone_id = 18 and t.zone_id = 17 and t.title = '医用外科口罩 10万只'
                  and f.keywords like '%口罩%' order by m.id desc limit 1
                """).query(Long.class).optional().orElse(null);
        assertThat(accepted).isNotNull();
        assertThat(db.sql("select count(*) from audit_log where action = 'MARKET_MATCH_ACCEPT' and target_id = :id")
                .param("id", String.valueOf(accepted)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void everyDemoSpecNamesACityWithCoordinatesAndTheDemoZonesCities() {
        var cities = CityCoordinates.load();
        assertThat(DemoMarket.SPECS).hasSize(12);
        assertThat(DemoMarket.SPECS).allSatisfy(s -> assertThat(cities.has(s.city())).isTrue());
        assertThat(DemoMarket.SPECS).extracting(DemoMarket.Spec::zoneCity).containsOnly("110100", "420100", "440300",
                "320500", "510100");
    }
}
