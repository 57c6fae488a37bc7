package gxq.web;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/** A NUL character in a form never gives a server error, although PostgreSQL cannot store it. */
@IntegrationTest
@Tag("db")
class UnstorableTextTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient db;

    @Test
    void aNulCharacterInACaseIsDroppedByTheFormCheck() throws Exception {
        var admin = fixtures.enterpriseAdmin(fixtures.enterprise(1));
        var answer = mvc.perform(multipart("/needs").param("category", "FINANCING").param("urgency", "NORMAL")
                        .param("title", "资金周转困难").param("details", "需要贷款\u0000支持").with(as(admin)).with(csrf()))
                .andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(302);
        long id = Long.parseLong(answer.getRedirectedUrl().substring("/needs/".length()));
        assertThat(db.sql("select details from need_case where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("需要贷款支持");
    }

    /** A form that does not clean its text (the market board): bad input either way, never a 500. */
    @Test
    void aNulCharacterTheDatabaseRefusesAnswers400NotA500() throws Exception {
        var admin = fixtures.enterpriseAdmin(fixtures.enterprise(1));
        var answer = mvc.perform(post("/market/posts").with(as(admin)).with(csrf()).param("side", "OFFER")
                        .param("category", "EPIDEMIC_SUPPLIES").param("title", "口罩\u0000供应")
                        .param("description", "医用口罩\u0000现货").param("quantity", "1000").param("unit", "只")
                        .param("city", "110100").param("dateFrom", "").param("dateUntil", "")
                        .param("contactName", "张联系").param("contactPhone", "13800138000"))
                .andReturn().getResponse();
        assertThat(answer.getStatus()).isBetween(400, 499);
    }
}
