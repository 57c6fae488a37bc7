package gxq.health.gate;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gxq.account.GxqUser;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** Tracing on hand-made scans: co-presence within ±N minutes at the same checkpoint, export, audit and scope. */
@IntegrationTest
@Tag("db")
@Import(GateFixtures.class)
class TracingIntegrationTest {

    static final long ZONE = 163;
    static final long OTHER_ZONE = 164;
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired GateFixtures gate;

    long person;
    long near;
    long later;
    long elsewhere;
    GxqUser staff;
    Instant t;
    String from;
    String to;

    @BeforeEach
    void setUp() {
        long ent = fixtures.enterprise(ZONE);
        person = fixtures.employee(ent, "陈追溯");
        near = fixtures.employee(ent, "林近旁");
        later = fixtures.employee(ent, "周稍后");
        elsewhere = fixtures.employee(ent, "吴别处");
        long gateA = gate.checkpoint(ZONE, null, "甲门" + Fixtures.next());
        long gateB = gate.checkpoint(ZONE, null, "乙门" + Fixtures.next());
        t = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        gate.scan(gateA, person, t);
        gate.scan(gateA, near, t.plus(Duration.ofMinutes(5)));
        gate.scan(gateA, later, t.plus(Duration.ofMinutes(30)));
        gate.scan(gateB, elsewhere, t.plus(Duration.ofMinutes(1)));
        staff = fixtures.zoneStaff(ZONE);
        from = LocalDateTime.ofInstant(t.minus(Duration.ofHours(1)), CHINA).toString();
        to = LocalDateTime.ofInstant(t.plus(Duration.ofHours(1)), CHINA).toString();
    }

    String page(long minutes) throws Exception {
        return mvc.perform(get("/health/tracing").with(as(staff)).param("employee", String.valueOf(person))
                .param("from", from).param("to", to).param("minutes", String.valueOf(minutes)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void othersAtTheSameCheckpointWithinTheMinutesAreListedMasked() throws Exception {
        String within15 = page(15);
        assertThat(within15).contains("陈追溯").contains("林**").doesNotContain("林近旁")
                .doesNotContain("周**").doesNotContain("吴**");
        String within40 = page(40);
        assertThat(within40).contains("林**").contains("周**").doesNotContain("吴**");
        assertThat(gate.count("select count(*) from audit_log where action = 'HEALTH_TRACING_VIEW' and target_id = ?"
                + " and actor_id = ?", String.valueOf(person), staff.id())).isEqualTo(2);
    }

    @Test
    void exportIsAReadableWorkbookAndAudited() throws Exception {
        byte[] xlsx = mvc.perform(get("/health/tracing/export.xlsx").with(as(staff)).param("employee", String.valueOf(person))
                .param("from", from).param("to", to).param("minutes", "15")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet passages = book.getSheetAt(0);
            assertThat(passages.getRow(0).getCell(1).getStringCellValue()).contains("陈追溯");
            assertThat(passages.getLastRowNum()).isEqualTo(2);   // title, header, one passage
            Sheet contacts = book.getSheetAt(1);
            assertThat(contacts.getLastRowNum()).isEqualTo(1);
            assertThat(contacts.getRow(1).getCell(0).getStringCellValue()).isEqualTo("林**");
            assertThat(contacts.getRow(1).getCell(4).getStringCellValue()).isEqualTo("5");
        }
        assertThat(gate.count("select count(*) from audit_log where action = 'HEALTH_TRACING_EXPORT' and target_id = ?",
                String.valueOf(person))).isEqualTo(1);
    }

    @Test
    void searchByNameFindsOnlyTheOwnZone() throws Exception {
        long foreign = fixtures.employee(fixtures.enterprise(OTHER_ZONE), "陈外区");
        String html = mvc.perform(get("/health/tracing").with(as(staff)).param("q", "陈")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("陈追溯").doesNotContain("陈外区").doesNotContain("employee=" + foreign);
    }

    @Test
    void anotherZoneGets404AndTheMinistryAndEnterpriseAdmins403() throws Exception {
        mvc.perform(get("/health/tracing").with(as(fixtures.zoneAdmin(OTHER_ZONE))).param("employee", String.valueOf(person)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/health/tracing/export.xlsx").with(as(fixtures.zoneAdmin(OTHER_ZONE))).param("employee", String.valueOf(person)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/health/tracing").with(as(fixtures.ministry()))).andExpect(status().isForbidden());
        mvc.perform(get("/health/tracing").with(as(fixtures.enterpriseAdmin(fixtures.enterprise(ZONE)))))
                .andExpect(status().isForbidden());
    }

    @Test
    void badWindowOrMinutesAreRefusedWithAMessage() throws Exception {
        String html = mvc.perform(get("/health/tracing").with(as(staff)).param("employee", String.valueOf(person))
                .param("from", to).param("to", from)).andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("开始须早于结束");
        mvc.perform(get("/health/tracing").with(as(staff)).param("employee", String.valueOf(person)).param("minutes", "0"))
                .andExpect(status().is(422));
        mvc.perform(get("/health/tracing").with(as(staff)).param("employee", String.valueOf(person)).param("from", "yesterday"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/health/tracing").with(as(staff)).param("minutes", "abc")).andExpect(status().isBadRequest());
    }
}
