package gxq.resumption.filing;

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
import java.time.Clock;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import gxq.account.GxqUser;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/** Evidence files: types by content, limits, removal, who may download them. Zones 108–110. */
@IntegrationTest
@Tag("db")
class FilingAttachmentTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired @Qualifier("healthClock") Clock clock;
    FilingTestSupport t;

    @BeforeEach
    void setUp() {
        t = new FilingTestSupport(db, clock);
    }

    ResultActions upload(GxqUser admin, String version, long item, MockMultipartFile... files) throws Exception {
        var req = multipart("/resumption/filing").with(csrf()).with(as(admin)).param("action", "save")
                .param("contactName", "钱七");
        if (version != null) {
            req = req.param("version", version);
        }
        for (MockMultipartFile f : files) {
            req = req.file(f);
        }
        return mvc.perform(req);
    }

    static MockMultipartFile file(long item, String name, byte[] content) {
        return new MockMultipartFile("files." + item, name, "application/octet-stream", content);
    }

    long attachment(long filing, String name) {
        return db.sql("select id from resumption_filing_attachment where filing_id = :f and file_name = :n")
                .param("f", filing).param("n", name).query(Long.class).single();
    }

    @Test
    void pdfAndPngAreKeptByContentAndServedOnlyToTheEnterpriseAndItsZone() throws Exception {
        long zone = 108;
        long ent = fixtures.enterprise(zone);
        var admin = fixtures.enterpriseAdmin(ent);
        long n06 = t.itemId("N06");
        upload(admin, null, n06, file(n06, "消毒记录.pdf", PDF), file(n06, "现场.PNG", PNG))
                .andExpect(status().is3xxRedirection());
        long filing = t.filingOf(ent);
        long pdf = attachment(filing, "消毒记录.pdf");
        long png = attachment(filing, "现场.PNG");
        assertThat(db.sql("select content_type from resumption_filing_attachment where id = :id").param("id", png)
                .query(String.class).single()).isEqualTo("image/png");
        assertThat(t.count("select count(*) from audit_log where action = 'RESUMPTION_FILING_ATTACH' and enterprise_id = :p",
                ent)).isEqualTo(2);

        mvc.perform(get("/resumption/filing/attachments/" + pdf).with(as(admin))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(PDF));
        mvc.perform(get("/resumption/filing/attachments/" + png).with(as(admin))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Content-Disposition", containsString("inline")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));

        // the zone sees evidence only once the filing was submitted
        var staff = fixtures.zoneStaff(zone);
        mvc.perform(get("/resumption/filing/attachments/" + pdf).with(as(staff))).andExpect(status().isNotFound());
        mvc.perform(t.complete(admin, String.valueOf(t.version(filing)), "submit")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/resumption/filing/attachments/" + pdf).with(as(staff))).andExpect(status().isOk())
                .andExpect(content().bytes(PDF));
        mvc.perform(get("/resumption/filings/" + filing).with(as(fixtures.zoneAdmin(zone)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/resumption/filing/attachments/" + png)));

        // other tenants: 404; the ministry and employees: 403
        long otherEnt = fixtures.enterprise(zone);
        var otherAdmin = fixtures.enterpriseAdmin(otherEnt);
        mvc.perform(get("/resumption/filing/attachments/" + pdf).with(as(otherAdmin))).andExpect(status().isNotFound());
        mvc.perform(get("/resumption/filing").with(as(otherAdmin))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("消毒记录.pdf"))));
        mvc.perform(get("/resumption/filing/attachments/" + pdf).with(as(fixtures.zoneStaff(109))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/resumption/filing/attachments/" + pdf).with(as(fixtures.zoneAdmin(109))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/resumption/filings/" + filing).with(as(fixtures.zoneStaff(109))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/resumption/filing/attachments/" + pdf).with(as(fixtures.ministry())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/resumption/filing/attachments/" + pdf).with(as(fixtures.employeeAccount(
                fixtures.employee(ent, "员工乙"))))).andExpect(status().isForbidden());
        mvc.perform(get("/resumption/filing/attachments/999999999").with(as(admin))).andExpect(status().isNotFound());
    }

    @Test
    void badFilesAreRefusedWithAClearMessageAndTheTypedTextKept() throws Exception {
        long ent = fixtures.enterprise(110);
        var admin = fixtures.enterpriseAdmin(ent);
        long n03 = t.itemId("N03");
        upload(admin, null, n03, file(n03, "photo.png", "just text, not a picture".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("文件“photo.png”不是 JPG、PNG 或 PDF（按文件内容识别），未上传。")))
                .andExpect(content().string(containsString("value=\"钱七\"")));
        upload(admin, null, n03, file(n03, "scan.pdf", PNG)).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("文件“scan.pdf”的内容是 PNG，与文件扩展名不符")));
        byte[] big = Arrays.copyOf(PDF, (int) FilingRules.MAX_FILE_BYTES + 1);
        upload(admin, null, n03, file(n03, "big.pdf", big)).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("文件“big.pdf”超过 5 MB，未上传。")));
        mvc.perform(multipart("/resumption/filing").file(file(n03, "big.pdf", big)).with(csrf()).with(as(admin))
                        .param("action", "save").param("lang", "en"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("The file &quot;big.pdf&quot; is larger than 5 MB and was not uploaded.")));
        assertThat(t.count("select count(*) from resumption_filing where enterprise_id = :p", ent)).isZero();

        // five per item; a sixth is refused, removing one makes room
        upload(admin, null, n03, file(n03, "1.pdf", PDF), file(n03, "2.pdf", PDF), file(n03, "3.pdf", PDF),
                file(n03, "4.pdf", PDF), file(n03, "5.pdf", PDF)).andExpect(status().is3xxRedirection());
        long filing = t.filingOf(ent);
        upload(admin, String.valueOf(t.version(filing)), n03, file(n03, "6.pdf", PDF))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("文件“6.pdf”未上传：每项最多 5 个附件。")));
        long first = attachment(filing, "1.pdf");
        mvc.perform(multipart("/resumption/filing").file(file(n03, "6.pdf", PDF)).with(csrf()).with(as(admin))
                        .param("action", "save").param("version", String.valueOf(t.version(filing)))
                        .param("detach", String.valueOf(first)))
                .andExpect(status().is3xxRedirection());
        assertThat(t.count("select count(*) from resumption_filing_attachment where filing_id = :p", filing)).isEqualTo(5);
        assertThat(t.count("select count(*) from resumption_filing_attachment where id = :p", first)).isZero();
        assertThat(t.count("select count(*) from audit_log where action = 'RESUMPTION_FILING_DETACH' and target_id = :p",
                String.valueOf(first))).isEqualTo(1);

        // a file is evidence: N03 needs no evidence note once a file is attached
        mvc.perform(t.complete(admin, String.valueOf(t.version(filing)), "submit").param("evidence." + n03, ""))
                .andExpect(status().is3xxRedirection());
        assertThat(t.state(filing)).isEqualTo("SUBMITTED");
        // another enterprise cannot remove this one's files
        var other = fixtures.enterpriseAdmin(fixtures.enterprise(110));
        long second = attachment(filing, "2.pdf");
        mvc.perform(multipart("/resumption/filing").with(csrf()).with(as(other)).param("action", "save")
                .param("detach", String.valueOf(second))).andExpect(status().is3xxRedirection());
        assertThat(t.count("select count(*) from resumption_filing_attachment where id = :p", second)).isEqualTo(1);
    }
}
