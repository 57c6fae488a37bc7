package gxq.people;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
import gxq.common.crypto.Masks;
import gxq.common.crypto.PersonalDataCipher;
import gxq.common.validation.ResidentId;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

@IntegrationTest
@Tag("db")
class EmployeePagesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired PersonalDataCipher cipher;

    long enterprise;
    GxqUser admin;

    @BeforeEach
    void setUp() {
        enterprise = fixtures.enterprise(12);
        admin = fixtures.enterpriseAdmin(enterprise);
    }

    static String mobile() {
        return String.format("137%08d", Fixtures.next() % 100_000_000L);
    }

    long add(String name, String id, String mobile) throws Exception {
        String location = mvc.perform(post("/employees").with(as(admin)).with(csrf())
                        .param("name", name).param("idNumber", id).param("mobile", mobile)
                        .param("employeeNo", "E01").param("department", "研发部").param("jobTitle", "工程师")
                        .param("homeCity", "330100"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/employees/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    long audits(String action, Object targetId) {
        return db.sql("select count(*) from audit_log where action = :a and target_id = :t")
                .param("a", action).param("t", String.valueOf(targetId)).query(Long.class).single();
    }

    @Test
    void enterpriseAdminAddsAnEmployeeStoredEncryptedHashedAndMasked() throws Exception {
        String id = Fixtures.idNumber();
        String phone = mobile();
        long employee = add("张三", id, phone);

        var row = db.sql("select * from employee where id = :id").param("id", employee).query().singleRow();
        assertThat(row.get("enterprise_id")).isEqualTo(enterprise);
        assertThat((String) row.get("id_no_enc")).startsWith("v1:").doesNotContain(id);
        assertThat(cipher.decrypt((String) row.get("id_no_enc"))).isEqualTo(id);
        assertThat(row.get("id_no_hash")).isEqualTo(cipher.lookupHash(id));
        assertThat(row.get("id_no_masked")).isEqualTo(Masks.idNumber(id));
        assertThat(row.get("phone_masked")).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(row.get("gender")).isEqualTo(String.valueOf(ResidentId.gender(id)));
        assertThat(((java.sql.Date) row.get("birth_date")).toLocalDate()).isEqualTo(ResidentId.birthDate(id));
        assertThat(row.get("home_city_code")).isEqualTo("330100");
        assertThat(row.get("status")).isEqualTo("ACTIVE");
        assertThat(audits("EMPLOYEE_CREATE", employee)).isEqualTo(1);

        mvc.perform(get("/employees").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("张三")))
                .andExpect(content().string(containsString(Masks.idNumber(id))))
                .andExpect(content().string(containsString(Masks.phone(phone))))
                .andExpect(content().string(not(containsString(id))))
                .andExpect(content().string(not(containsString(phone))));
        mvc.perform(get("/employees/" + employee).with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString(Masks.idNumber(id))))
                .andExpect(content().string(containsString("浙江省 杭州市")))
                .andExpect(content().string(not(containsString(id))));
    }

    @Test
    void badIdNumberIsRefusedWith422AndTheFormKeepsWhatWasTyped() throws Exception {
        String id = Fixtures.idNumber();
        String wrong = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        mvc.perform(post("/employees").with(as(admin)).with(csrf())
                        .param("name", "李四").param("idNumber", wrong).param("mobile", "139 0000 1111")
                        .param("department", "市场部").param("jobTitle", "销售").param("homeCity", "110100"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("身份证号码校验位不正确")))
                .andExpect(content().string(containsString("value=\"李四\"")))
                .andExpect(content().string(containsString("value=\"" + wrong + "\"")))
                .andExpect(content().string(containsString("value=\"139 0000 1111\"")))
                .andExpect(content().string(containsString("value=\"市场部\"")))
                .andExpect(content().string(containsString("value=\"销售\"")))
                .andExpect(content().string(containsString("value=\"110100\" selected=\"selected\"")));
        assertThat(count(enterprise)).isZero();

        mvc.perform(post("/employees").with(as(admin)).with(csrf()).param("lang", "en")
                        .param("name", "").param("idNumber", id).param("mobile", "12345"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Please enter the name.")))
                .andExpect(content().string(containsString("Invalid mobile number")));
        assertThat(count(enterprise)).isZero();
    }

    @Test
    void theSameIdNumberTwiceInOneEnterpriseIsRefusedButAnotherEnterpriseMayHaveIt() throws Exception {
        String id = Fixtures.idNumber();
        add("张三", id, mobile());
        mvc.perform(post("/employees").with(as(admin)).with(csrf()).param("name", "张三二").param("idNumber", id.toLowerCase()))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("本企业花名册中已有该身份证号的员工")));
        assertThat(count(enterprise)).isEqualTo(1);

        long other = fixtures.enterprise(12);
        mvc.perform(post("/employees").with(as(fixtures.enterpriseAdmin(other))).with(csrf())
                        .param("name", "张三").param("idNumber", id))
                .andExpect(status().is3xxRedirection());
        assertThat(count(other)).isEqualTo(1);
    }

    @Test
    void editKeepsUntypedIdentifiersAndRefusesAStaleVersion() throws Exception {
        String id = Fixtures.idNumber();
        String phone = mobile();
        long employee = add("张三", id, phone);
        mvc.perform(get("/employees/" + employee + "/edit").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(id))))
                .andExpect(content().string(containsString(Masks.idNumber(id))));

        mvc.perform(post("/employees/" + employee).with(as(admin)).with(csrf()).param("version", "0")
                        .param("name", "张三丰").param("idNumber", "").param("mobile", "").param("department", "测试部"))
                .andExpect(status().is3xxRedirection());
        var row = db.sql("select * from employee where id = :id").param("id", employee).query().singleRow();
        assertThat(row.get("name")).isEqualTo("张三丰");
        assertThat(row.get("department")).isEqualTo("测试部");
        assertThat(row.get("id_no_hash")).isEqualTo(cipher.lookupHash(id));
        assertThat(row.get("phone_hash")).isEqualTo(cipher.lookupHash(phone));
        assertThat(row.get("version")).isEqualTo(1);
        assertThat(audits("EMPLOYEE_UPDATE", employee)).isEqualTo(1);

        mvc.perform(post("/employees/" + employee).with(as(admin)).with(csrf()).param("version", "0")
                        .param("name", "张三四"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("刚被他人修改过")))
                .andExpect(content().string(containsString("value=\"张三四\"")));
        assertThat(db.sql("select name from employee where id = :id").param("id", employee).query(String.class).single())
                .isEqualTo("张三丰");

        mvc.perform(post("/employees/" + employee).with(as(admin)).with(csrf()).param("version", "1")
                        .param("name", "张三丰").param("clearMobile", "true"))
                .andExpect(status().is3xxRedirection());
        var cleared = db.sql("select phone_enc, phone_hash, phone_masked from employee where id = :id").param("id", employee)
                .query().singleRow();
        assertThat(cleared.get("phone_enc")).isNull();
        assertThat(cleared.get("phone_hash")).isNull();
        assertThat(cleared.get("phone_masked")).isNull();
    }

    @Test
    void markAsLeftAndRehire() throws Exception {
        long employee = fixtures.employee(enterprise, "王五");
        var login = fixtures.employeeAccount(employee);
        mvc.perform(post("/employees/" + employee + "/leave").with(as(admin)).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(employee)).isEqualTo("LEFT");
        assertThat(loginEnabled(login.id())).as("a leaver cannot sign in").isFalse();
        mvc.perform(get("/employees").param("status", "ACTIVE").with(as(admin)))
                .andExpect(content().string(not(containsString("王五"))));
        mvc.perform(get("/employees").param("status", "LEFT").with(as(admin)))
                .andExpect(content().string(containsString("王五")));
        mvc.perform(post("/employees/" + employee + "/rehire").with(as(admin)).with(csrf()).param("version", "0"))
                .andExpect(status().isConflict());
        mvc.perform(post("/employees/" + employee + "/rehire").with(as(admin)).with(csrf()).param("version", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(employee)).isEqualTo("ACTIVE");
        assertThat(loginEnabled(login.id())).isTrue();
        assertThat(audits("EMPLOYEE_LEAVE", employee)).isEqualTo(1);
        assertThat(audits("EMPLOYEE_REHIRE", employee)).isEqualTo(1);
    }

    @Test
    void revealShowsFullNumbersToTheEnterpriseAdminAndWritesAnAuditLine() throws Exception {
        long employee = fixtures.employee(enterprise, "赵六");
        var enc = db.sql("select id_no_enc, phone_enc from employee where id = :id").param("id", employee).query().singleRow();
        String id = cipher.decrypt((String) enc.get("id_no_enc"));
        String phone = cipher.decrypt((String) enc.get("phone_enc"));

        mvc.perform(get("/employees/" + employee).with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(id))));
        mvc.perform(post("/employees/" + employee + "/reveal").with(as(admin))).andExpect(status().isForbidden());
        assertThat(audits("PERSONAL_DATA_REVEAL", employee)).isZero();

        mvc.perform(post("/employees/" + employee + "/reveal").header("HX-Request", "true").with(as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString(id)))
                .andExpect(content().string(containsString(phone)))
                .andExpect(content().string(not(containsString("<nav"))));
        var line = db.sql("select * from audit_log where action = 'PERSONAL_DATA_REVEAL' and target_id = :t")
                .param("t", String.valueOf(employee)).query().singleRow();
        assertThat(line.get("actor_id")).isEqualTo(admin.id());
        assertThat(line.get("enterprise_id")).isEqualTo(enterprise);
        assertThat(line.get("target_type")).isEqualTo("employee");
        assertThat((String) line.get("detail")).contains("赵六").doesNotContain(id).doesNotContain(phone);

        // without htmx: the whole page, with the numbers
        mvc.perform(post("/employees/" + employee + "/reveal").with(as(admin)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<nav")))
                .andExpect(content().string(containsString(id)));
        assertThat(audits("PERSONAL_DATA_REVEAL", employee)).isEqualTo(2);

        GxqUser zoneAdmin = fixtures.zoneAdmin(12);
        mvc.perform(post("/employees/" + employee + "/reveal").with(as(zoneAdmin)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/employees/" + employee).with(as(zoneAdmin))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("查看完整号码"))))
                .andExpect(content().string(not(containsString(id))));
        assertThat(audits("PERSONAL_DATA_REVEAL", employee)).isEqualTo(2);
    }

    @Test
    void searchByNameOrByFullIdNumberAndFilterByDepartment() throws Exception {
        String id = Fixtures.idNumber();
        add("欧阳娜娜", id, mobile());
        fixtures.employee(enterprise, "钱七");
        mvc.perform(get("/employees").param("q", "娜娜").with(as(admin)))
                .andExpect(content().string(containsString("欧阳娜娜"))).andExpect(content().string(not(containsString("钱七"))));
        mvc.perform(get("/employees").param("q", id).with(as(admin)))
                .andExpect(content().string(containsString("欧阳娜娜"))).andExpect(content().string(not(containsString("钱七"))));
        mvc.perform(get("/employees").param("department", "研发部").with(as(admin)))
                .andExpect(content().string(containsString("欧阳娜娜"))).andExpect(content().string(not(containsString("钱七"))));
        mvc.perform(get("/employees").param("q", "%").with(as(admin)))
                .andExpect(content().string(not(containsString("欧阳娜娜"))));
    }

    @Test
    void exportIsAnXlsxWithMaskedIdentifiersOnlyAndIsAudited() throws Exception {
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long e = fixtures.employee(enterprise, "员工" + i);
            var enc = db.sql("select id_no_enc, phone_enc from employee where id = :id").param("id", e).query().singleRow();
            secrets.add(cipher.decrypt((String) enc.get("id_no_enc")));
            secrets.add(cipher.decrypt((String) enc.get("phone_enc")));
        }
        byte[] file = mvc.perform(get("/employees/export.xlsx").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (Row row : wb.getSheetAt(0)) {
                for (Cell cell : row) {
                    cells.add(cell.toString());
                }
            }
            assertThat(wb.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(4);
        }
        assertThat(cells).contains("姓名", "身份证号", "员工0", "员工2", Masks.idNumber(secrets.get(0)), Masks.phone(secrets.get(1)));
        for (String secret : secrets) {
            assertThat(cells).noneMatch(c -> c.contains(secret));
        }
        assertThat(db.sql("select count(*) from audit_log where action = 'ROSTER_EXPORT' and enterprise_id = :e and detail like 'employees=3%'")
                .param("e", enterprise).query(Long.class).single()).isEqualTo(1);
    }

    private long count(long ent) {
        return db.sql("select count(*) from employee where enterprise_id = :e").param("e", ent).query(Long.class).single();
    }

    private String statusOf(long employee) {
        return db.sql("select status from employee where id = :id").param("id", employee).query(String.class).single();
    }

    private boolean loginEnabled(long accountId) {
        return db.sql("select enabled from app_user where id = :id").param("id", accountId).query(Boolean.class).single();
    }
}
