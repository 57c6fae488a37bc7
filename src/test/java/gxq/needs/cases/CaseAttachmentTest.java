package gxq.needs.cases;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/** Files on a case and its replies: recognised by content, at most 5 MB and 5 at a time, served to parties. Zone 10. */
@IntegrationTest
@Tag("db")
class CaseAttachmentTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;

    @Test
    void goodFilesAreStoredAndServedBadOnesAreRefusedKeepingTheText() throws Exception {
        var t = new NeedsTestSupport(mvc, db);
        long ent = fixtures.enterprise(10);
        GxqUser admin = fixtures.enterpriseAdmin(ent);
        GxqUser staff = fixtures.zoneStaff(10);
        String title = "口罩库存只够三天" + Fixtures.next();
        // text posing as a PNG, a PNG named .pdf, a file over 5 MB: 422, nothing stored, the text kept
        byte[] big = Arrays.copyOf(NeedsTestSupport.PDF, 5 * 1024 * 1024 + 1);
        mvc.perform(t.raiseRequest(admin, "EPIDEMIC_SUPPLIES", "URGENT", title, "请协调采购渠道",
                        new MockMultipartFile("files", "库存.png", "image/png", "not a picture".getBytes(StandardCharsets.UTF_8)),
                        new MockMultipartFile("files", "照片.pdf", "application/pdf", NeedsTestSupport.PNG),
                        new MockMultipartFile("files", "大文件.pdf", "application/pdf", big)))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("文件“库存.png”不是 JPG、PNG 或 PDF")))
                .andExpect(content().string(containsString("文件“照片.pdf”的扩展名与内容（PNG）不符")))
                .andExpect(content().string(containsString("文件“大文件.pdf”超过 5 MB")))
                .andExpect(content().string(containsString("请协调采购渠道")));
        assertThat(t.count("select count(*) from need_case where title = :p", title)).isZero();
        MockMultipartFile[] six = new MockMultipartFile[6];
        for (int i = 0; i < 6; i++) {
            six[i] = new MockMultipartFile("files", "p" + i + ".png", "image/png", NeedsTestSupport.PNG);
        }
        mvc.perform(t.raiseRequest(admin, "EPIDEMIC_SUPPLIES", "URGENT", title, "x", six)).andExpect(status().is(422))
                .andExpect(content().string(containsString("一次最多上传 5 个文件")));

        long id = Long.parseLong(mvc.perform(t.raiseRequest(admin, "EPIDEMIC_SUPPLIES", "URGENT", title, "请协调采购渠道",
                        new MockMultipartFile("files", "C:\\temp\\库存.png", "text/plain", NeedsTestSupport.PNG)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl().substring(7));
        long png = t.count("select id from need_case_file where case_id = :p", id);
        mvc.perform(get("/needs/files/" + png).with(as(staff))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("inline")))
                .andExpect(content().bytes(NeedsTestSupport.PNG));
        assertThat(db.sql("select file_name from need_case_file where id = :id").param("id", png).query(String.class)
                .single()).isEqualTo("库存.png");
        // a reply with a PDF from the zone
        mvc.perform(multipart("/needs/" + id + "/reply").file(new MockMultipartFile("files", "采购渠道.pdf",
                        "application/pdf", NeedsTestSupport.PDF)).param("body", "附供应商名单").with(as(staff)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/needs/" + id + "/reply").file(new MockMultipartFile("files", "x.jpg", "image/jpeg",
                        "GIF89a".getBytes(StandardCharsets.US_ASCII))).param("body", "我写的回复").with(as(staff)).with(csrf()))
                .andExpect(status().is(422)).andExpect(content().string(containsString("我写的回复")));
        assertThat(t.count("select count(*) from need_case_file where case_id = :p", id)).isEqualTo(2);
        assertThat(t.count("select count(*) from audit_log where action = 'NEEDS_CASE_ATTACH' and detail like :p",
                "case " + id + " %")).isEqualTo(2);
        mvc.perform(get("/needs/" + id).with(as(admin))).andExpect(content().string(containsString("采购渠道.pdf")));
        mvc.perform(get("/needs/files/999999999").with(as(admin))).andExpect(status().isNotFound());
    }
}
