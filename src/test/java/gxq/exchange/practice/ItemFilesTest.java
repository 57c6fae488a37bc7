package gxq.exchange.practice;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/**
 * Files of shared items: checked by content and size, added and removed while a draft, served to whoever may read the
 * item (a draft's files only to its zone), audited. Zones 75 and 76.
 */
@IntegrationTest
@Tag("db")
class ItemFilesTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;

    ResultActions create(GxqUser user, String title, String action, MockMultipartFile... files) throws Exception {
        var b = multipart("/exchange/items");
        for (MockMultipartFile f : files) {
            b.file(f);
        }
        return mvc.perform(b.param("kind", "PRACTICE").param("title", title).param("summary", "摘要").param("body", "正文")
                .param("topics", "RESUMPTION").param("action", action).with(as(user)).with(csrf()));
    }

    long fileOf(long item) {
        return db.sql("select min(id) from exchange_item_file where item_id = :id").param("id", item)
                .query(Long.class).single();
    }

    @Test
    void filesAreCheckedByContentAndServedOnlyToReadersOfTheItem() throws Exception {
        var t = new PracticeTestSupport(mvc, db);
        GxqUser author = fixtures.zoneStaff(75);
        GxqUser other = fixtures.zoneStaff(76);
        String title = "复工防疫检查表" + Fixtures.next();
        create(author, title, "draft", new MockMultipartFile("files", "检查表.pdf", "application/pdf", "not a pdf".getBytes()),
                new MockMultipartFile("files", "照片.pdf", "application/pdf", PNG))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(Matchers.containsString("不是 JPG、PNG 或 PDF")))
                .andExpect(content().string(Matchers.containsString("与扩展名不符")))
                .andExpect(content().string(Matchers.containsString(title)));
        var six = new MockMultipartFile[6];
        for (int i = 0; i < 6; i++) {
            six[i] = new MockMultipartFile("files", "p" + i + ".png", "image/png", PNG);
        }
        create(author, title, "draft", six).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(Matchers.containsString("最多 5 个附件")));

        String location = create(author, title, "draft", new MockMultipartFile("files", "检查表.pdf", "application/pdf", PDF),
                new MockMultipartFile("files", "现场.png", "image/png", PNG)).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/exchange/items/".length()));
        long file = fileOf(id);
        assertThat(t.count("select count(*) from audit_log where action = 'EXCHANGE_ITEM_ATTACH' and detail like :p",
                "item " + id + " %")).isEqualTo(2);
        t.get(author, "/exchange/files/" + file).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        t.get(other, "/exchange/files/" + file).andExpect(status().isNotFound());
        t.post(other, "/exchange/files/" + file + "/delete").andExpect(status().isNotFound());

        // a draft's file can be removed by its zone; once published, files stay
        long png = db.sql("select max(id) from exchange_item_file where item_id = :id").param("id", id)
                .query(Long.class).single();
        t.post(author, "/exchange/files/" + png + "/delete").andExpect(status().is3xxRedirection());
        assertThat(t.count("select count(*) from exchange_item_file where item_id = :p", id)).isEqualTo(1);
        assertThat(t.audits("EXCHANGE_ITEM_FILE_DELETE", png)).isEqualTo(1);
        t.post(author, "/exchange/items/" + id + "/publish", "version", String.valueOf(t.version(id)));
        t.get(other, "/exchange/files/" + file).andExpect(status().isOk());
        t.get(other, "/exchange/items/" + id).andExpect(content().string(Matchers.containsString("检查表.pdf")));
        t.post(author, "/exchange/files/" + file + "/delete").andExpect(status().isConflict());
        t.post(other, "/exchange/files/" + file + "/delete").andExpect(status().isForbidden());
        t.get(fixtures.enterpriseAdmin(fixtures.enterprise(75)), "/exchange/files/" + file)
                .andExpect(status().isForbidden());
        t.get(fixtures.account(Role.SERVICE_PROVIDER, 75L, null, null), "/exchange/files/" + file)
                .andExpect(status().isForbidden());
        assertThat(t.count("select count(*) from exchange_item_file where item_id = :p", id)).isEqualTo(1);
    }
}
