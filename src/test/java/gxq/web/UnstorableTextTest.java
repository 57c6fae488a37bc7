package gxq.web;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;
import gxq.testing.TestDatabase;

/** A NUL character in a form is bad input on PostgreSQL (which cannot store it), never a server error. */
@IntegrationTest
@Tag("db")
class UnstorableTextTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    @Test
    void aNulCharacterInATextFieldAnswers400OnPostgresAndIsStoredOnH2() throws Exception {
        var admin = fixtures.enterpriseAdmin(fixtures.enterprise(1));
        var answer = mvc.perform(multipart("/needs").param("category", "FINANCING").param("urgency", "NORMAL")
                        .param("title", "资金周转困难").param("details", "需要贷款\u0000支持").with(as(admin)).with(csrf()))
                .andReturn().getResponse();
        if (TestDatabase.onPostgres()) {
            assertThat(answer.getStatus()).isEqualTo(400);
            assertThat(answer.getContentAsString()).contains("请求有误");
        } else {
            assertThat(answer.getStatus()).isEqualTo(302);
        }
    }
}
