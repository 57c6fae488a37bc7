package gxq.exchange.notice;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import gxq.account.Accounts;
import gxq.account.GxqUser;
import gxq.account.RunAs;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo notices go through the service: three sent notices (one to all zones, from the ministry's notice of
 * 2020-02-28), some read and confirmed. Zones 98 and 99; the notice to all zones is withdrawn at the end so that it does
 * not stay unread for other tests' zone accounts.
 */
@IntegrationTest
@Tag("db")
class DemoNoticesTest {

    @Autowired Accounts accounts;

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired PlatformTransactionManager transactions;
    @Autowired NoticeService notices;

    @Test
    void sendsThreeNoticesOneToAllZonesSomeRead() {
        GxqUser ministry = fixtures.ministry();
        fixtures.zoneAdmin(98);
        fixtures.zoneAdmin(99);
        long before = db.sql("select coalesce(max(id), 0) from notice").query(Long.class).single();

        assertThat(new DemoNotices(db, transactions, notices, accounts).populate(List.of(98L, 99L))).isEqualTo(3);

        List<Long> ids = db.sql("select id from notice where id > :b and state = 'SENT' and author_name <> '' order by id")
                .param("b", before).query(Long.class).list();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(3);
        long all = db.sql("select id from notice where id > :b and audience = 'ALL' order by id limit 1")
                .param("b", before).query(Long.class).single();
        try {
            assertThat(db.sql("select title from notice where id = :id").param("id", all).query(String.class).single())
                    .contains("推动企业有序复工复产");
            assertThat(db.sql("select body from notice where id = :id").param("id", all).query(String.class).single())
                    .startsWith("各国家高新区管委会：").contains("科技部办公厅");
            long zones = db.sql("select count(*) from zone").query(Long.class).single();
            assertThat(db.sql("select count(*) from notice_zone where notice_id = :id").param("id", all)
                    .query(Long.class).single()).isEqualTo(zones);
            assertThat(db.sql("select count(distinct zone_id) from notice_receipt where notice_id = :id")
                    .param("id", all).query(Long.class).single()).isEqualTo(2);
            assertThat(db.sql("""
                    select count(*) from notice_receipt r join notice n on n.id = r.notice_id
                    where n.id > :b and r.zone_id = 98 and r.acknowledged_at is not null
                    """).param("b", before).query(Long.class).single()).isEqualTo(2);
            assertThat(db.sql("""
                    select count(*) from notice n where n.id > :b and n.audience = 'ZONES' and n.importance = 'URGENT'
                      and n.read_by is not null
                    """).param("b", before).query(Long.class).single()).isEqualTo(1);
            assertThat(db.sql("select count(*) from audit_log where action = 'NOTICE_SEND' and target_id = :id")
                    .param("id", String.valueOf(all)).query(Long.class).single()).isEqualTo(1);
        } finally {
            int version = db.sql("select version from notice where id = :id").param("id", all).query(Integer.class)
                    .single();
            RunAs.as(ministry, () -> notices.withdraw(ministry, all, String.valueOf(version), "测试结束"));
        }
    }
}
