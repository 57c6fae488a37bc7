package gxq.resumption.filing;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/** Long review comments, the contact number at rest and on screen, extreme dates, approvals. Zones 92–95. */
@IntegrationTest
@Tag("db")
class FilingReviewFindingsTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired @Qualifier("healthClock") Clock clock;
    FilingTestSupport t;

    @BeforeEach
    void setUp() {
        t = new FilingTestSupport(db, clock);
    }

    void zoneItems(long zone, int count) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 1; i <= count; i++) {
            db.sql("""
                    insert into resumption_checklist_item (zone_id, code, title, guidance, evidence_required, position,
                        created_at, updated_at, version)
                    values (:zone, :code, :title, '说明', false, :pos, :now, :now, 0)
                    """).param("zone", zone).param("code", "Z" + i).param("title", "园区措施".repeat(50))
                    .param("pos", 100 + i).param("now", now).update();
        }
    }

    String auditDetail(long filing, String action) {
        return db.sql("select detail from audit_log where target_type = 'resumption_filing' and target_id = :f"
                + " and action = :a").param("f", String.valueOf(filing)).param("a", action).query(String.class).single();
    }

    @Test
    void aReturnWithTheLongestCommentOnEveryItemIsRecordedNotA500() throws Exception {
        long zone = 92;
        zoneItems(zone, 25); // 13 + 25 items of 200-character titles and 1000-character comments: beyond any column
        long ent = fixtures.enterprise(zone);
        var admin = fixtures.enterpriseAdmin(ent);
        var submit = t.complete(admin, null, "submit");
        for (long item : db.sql("select id from resumption_checklist_item where zone_id = :z").param("z", zone)
                .query(Long.class).list()) {
            submit = (MockMultipartHttpServletRequestBuilder) submit.param("answer." + item, "DONE");
        }
        mvc.perform(submit).andExpect(status().is3xxRedirection());
        long filing = t.filingOf(ent);
        assertThat(t.state(filing)).isEqualTo("SUBMITTED");
        List<Long> items = db.sql("select item_id from resumption_filing_answer where filing_id = :f")
                .param("f", filing).query(Long.class).list();
        assertThat(items).hasSize(38);
        var req = post("/resumption/filings/" + filing + "/review").with(csrf()).with(as(fixtures.zoneStaff(zone)))
                .param("decision", "RETURN").param("version", String.valueOf(t.version(filing)))
                .param("comment", "请逐项整改");
        for (long item : items) {
            req = req.param("itemComment." + item, "须补充".repeat(333) + "。");
        }
        mvc.perform(req).andExpect(status().is3xxRedirection());

        assertThat(t.state(filing)).isEqualTo("RETURNED");
        String lines = db.sql("select item_comments from resumption_filing_history where filing_id = :f"
                + " and to_state = 'RETURNED'").param("f", filing).query(String.class).single();
        assertThat(lines).hasSizeGreaterThan(8000).hasSizeLessThanOrEqualTo(FilingService.MAX_ITEM_COMMENTS)
                .startsWith("N01 ").endsWith("…");
        assertThat(t.count("select count(*) from resumption_filing_answer where filing_id = :p"
                + " and review_comment is not null", filing)).isEqualTo(38);
        assertThat(auditDetail(filing, "RESUMPTION_FILING_RETURN")).startsWith("SUBMITTED -> RETURNED; 请逐项整改; N01 ")
                .hasSizeLessThanOrEqualTo(2000);
        mvc.perform(get("/resumption/filing").with(as(admin))).andExpect(status().isOk());
    }

    @Test
    void theContactNumberIsEncryptedAtRestMaskedForTheZoneAndInFullOnItsAdminsForm() throws Exception {
        long zone = 93;
        long ent = fixtures.enterprise(zone);
        var admin = fixtures.enterpriseAdmin(ent);
        mvc.perform(t.complete(admin, null, "save")).andExpect(status().is3xxRedirection());
        long filing = t.filingOf(ent);
        var row = db.sql("select contact_phone_enc, contact_phone_masked from resumption_filing where id = :f")
                .param("f", filing).query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
        assertThat(row.get(0)).startsWith("v1:").doesNotContain("13812345678").doesNotContain("5678");
        assertThat(row.get(1)).isEqualTo("138****5678");
        mvc.perform(get("/resumption/filing").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"13812345678\"")));

        mvc.perform(t.complete(admin, String.valueOf(t.version(filing)), "submit"))
                .andExpect(status().is3xxRedirection());
        assertThat(t.state(filing)).isEqualTo("SUBMITTED");
        for (var reviewer : List.of(fixtures.zoneStaff(zone), fixtures.zoneAdmin(zone))) {
            mvc.perform(get("/resumption/filings/" + filing).with(as(reviewer))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("138****5678")))
                    .andExpect(content().string(not(containsString("13812345678"))));
        }
        // a submitted filing is shown read-only to its admin, masked too
        mvc.perform(get("/resumption/filing").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("138****5678")))
                .andExpect(content().string(not(containsString("13812345678"))));
    }

    @Test
    void extremeDatesAreRefusedWithAMessageNotA500() throws Exception {
        long zone = 94;
        long ent = fixtures.enterprise(zone);
        var admin = fixtures.enterpriseAdmin(ent);
        for (String date : new String[] {"+999999999-12-31", "0001-01-01", "2100-01-01"}) {
            mvc.perform(multipart("/resumption/filing").with(csrf()).with(as(admin)).param("action", "save")
                            .param("plannedDate", date))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(content().string(containsString("计划复工日期“" + date + "”超出范围，须在 2000-01-01 至 2099-12-31 之间。")))
                    .andExpect(content().string(containsString("value=\"" + date + "\"")));
        }
        assertThat(t.count("select count(*) from resumption_filing where enterprise_id = :p", ent)).isZero();

        var staff = fixtures.zoneStaff(zone);
        for (String param : new String[] {"from", "to"}) {
            for (String date : new String[] {"+999999999-12-31", "-999999999-01-01", "0001-01-01"}) {
                mvc.perform(get("/resumption/filings").param(param, date).with(as(staff)))
                        .andExpect(status().isUnprocessableEntity())
                        .andExpect(content().string(containsString("日期“" + date + "”超出范围")));
            }
        }
        mvc.perform(get("/resumption/filings").param("to", "+999999999-12-31").param("lang", "en").with(as(staff)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("must be between 2000-01-01 and 2099-12-31")));
        mvc.perform(get("/resumption/filings").param("from", "2000-01-01").param("to", "2099-12-31").with(as(staff)))
                .andExpect(status().isOk());
    }

    @Test
    void anApprovalKeepsRecordsAndAuditsNoItemComment() throws Exception {
        long zone = 95;
        long ent = fixtures.enterprise(zone);
        mvc.perform(t.complete(fixtures.enterpriseAdmin(ent), null, "submit")).andExpect(status().is3xxRedirection());
        long filing = t.filingOf(ent);
        long n01 = t.itemId("N01");
        mvc.perform(post("/resumption/filings/" + filing + "/review").with(csrf()).with(as(fixtures.zoneStaff(zone)))
                        .param("decision", "APPROVE").param("version", String.valueOf(t.version(filing)))
                        .param("comment", "同意复工").param("itemComment." + n01, "留言不应保留"))
                .andExpect(status().is3xxRedirection());
        assertThat(t.state(filing)).isEqualTo("APPROVED");
        assertThat(t.count("select count(*) from resumption_filing_answer where filing_id = :p"
                + " and review_comment is not null", filing)).isZero();
        assertThat(t.count("select count(*) from resumption_filing_history where filing_id = :p"
                + " and item_comments is not null", filing)).isZero();
        assertThat(auditDetail(filing, "RESUMPTION_FILING_APPROVE")).isEqualTo("SUBMITTED -> APPROVED; 同意复工");
    }
}
