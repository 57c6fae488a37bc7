package gxq.demo.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import gxq.common.crypto.Masks;
import gxq.common.crypto.PersonalDataCipher;
import gxq.common.validation.MobileNumber;
import gxq.common.validation.ResidentId;
import gxq.common.validation.Uscc;
import gxq.testing.FreshDatabase;
import gxq.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The generator as it runs at start with profile {@code demo} (here with small sizes), on an empty database of its own.
 */
@IntegrationTest
@Tag("db")
@ActiveProfiles({"test", "demo"})
@ContextConfiguration(initializers = FreshDatabase.class)
@TestPropertySource(properties = {
        "gxq.demo.zones=中关村,武汉东湖新技术开发区,深圳",
        "gxq.demo.enterprises-per-zone=4",
        "gxq.demo.employees-per-enterprise=7",
        "gxq.demo.pending-registrations=2",
        "gxq.demo.employee-logins=2",
        "gxq.demo.batch-size=5"})
class DemoDataGeneratorTest {

    private static final String PASSWORD = "Gxq@2020demo";

    @Autowired DemoDataGenerator generator;
    @Autowired DemoDataRunner runner;
    @Autowired JdbcTemplate jdbc;
    @Autowired PersonalDataCipher cipher;
    @Autowired MockMvc mvc;

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void startFillsTheEmptyDatabaseWithTheConfiguredSizes() {
        // 3 zones: 4 approved + (first two zones) 2 pending enterprises
        assertThat(count("select count(*) from enterprise where status = 'ACTIVE'")).isEqualTo(12);
        assertThat(count("select count(*) from enterprise where status = 'PENDING' and self_registered")).isEqualTo(4);
        assertThat(count("select count(*) from enterprise where zone_id = 146")).isZero();
        assertThat(count("select count(distinct zone_id) from enterprise")).isEqualTo(3);
        assertThat(count("select count(*) from employee")).isEqualTo(12 * 7);
        assertThat(count("select count(*) from employee e join enterprise n on n.id = e.enterprise_id "
                + "where n.status <> 'ACTIVE' or n.zone_id <> e.zone_id")).isZero();
        // accounts: admin + 3 per zone + an admin per enterprise (pending ones disabled) + 2 employee logins per zone
        assertThat(count("select count(*) from app_user where role = 'MINISTRY_ADMIN'")).isEqualTo(1);
        assertThat(count("select count(*) from app_user where role in ('ZONE_ADMIN', 'ZONE_STAFF', 'GATE_GUARD')")).isEqualTo(9);
        assertThat(count("select count(*) from app_user where role = 'ENTERPRISE_ADMIN' and enabled")).isEqualTo(12);
        assertThat(count("select count(*) from app_user where role = 'ENTERPRISE_ADMIN' and not enabled")).isEqualTo(4);
        assertThat(count("select count(*) from app_user where role = 'EMPLOYEE' and employee_id is not null")).isEqualTo(6);
        assertThat(count("select count(*) from app_user")).isEqualTo(1 + 9 + 16 + 6);
        assertThat(jdbc.queryForList("select username from app_user where zone_id = 1 and role <> 'ENTERPRISE_ADMIN' "
                + "order by username", String.class))
                .containsExactly("emp-1-1", "emp-1-2", "guard-1", "staff-1", "zone-1");
    }

    @Test
    void everyDemoAccountSharesOnePasswordHashAndNeedsNoPasswordChange() {
        assertThat(count("select count(distinct password_hash) from app_user")).isEqualTo(1);
        assertThat(count("select count(*) from app_user where must_change_password")).isZero();
    }

    @Test
    void aSecondStartGeneratesNothing() {
        long accounts = count("select count(*) from app_user");
        long employees = count("select count(*) from employee");
        assertThat(generator.populateIfEmpty()).isEmpty();
        runner.run(null);
        assertThat(count("select count(*) from app_user")).isEqualTo(accounts);
        assertThat(count("select count(*) from employee")).isEqualTo(employees);
    }

    @Test
    void everyIdNumberDecryptsToAValidUniqueNumberMatchingTheRow() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Set<String> seen = new HashSet<>();
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select e.id_no_enc, e.id_no_hash, e.id_no_masked, e.gender, e.birth_date, e.phone_enc, e.phone_hash,
                    e.phone_masked, e.home_city_code, z.city_code
                from employee e join zone z on z.id = e.zone_id
                """);
        assertThat(rows).hasSize(84);
        Set<String> phones = new HashSet<>();
        for (Map<String, Object> r : rows) {
            String id = cipher.decrypt((String) r.get("id_no_enc"));
            assertThat(ResidentId.isValid(id)).as("valid ID number").isTrue();
            assertThat(seen.add(id)).as("unique ID number").isTrue();
            assertThat(r.get("id_no_hash")).isEqualTo(cipher.lookupHash(id));
            assertThat(r.get("id_no_masked")).isEqualTo(Masks.idNumber(id));
            assertThat(r.get("gender")).isEqualTo(String.valueOf(ResidentId.gender(id)));
            assertThat(r.get("birth_date").toString()).isEqualTo(ResidentId.birthDate(id).toString());
            assertThat(Period.between(ResidentId.birthDate(id), today).getYears()).isBetween(20, 59);
            String city = (String) r.get("city_code");
            assertThat(id).startsWith(city.substring(0, 4)); // registered in the zone's city
            assertThat(r.get("home_city_code")).isEqualTo(city);

            String phone = cipher.decrypt((String) r.get("phone_enc"));
            assertThat(MobileNumber.isValid(phone)).isTrue();
            assertThat(phones.add(phone)).as("unique mobile").isTrue();
            assertThat(r.get("phone_hash")).isEqualTo(cipher.lookupHash(phone));
            assertThat(r.get("phone_masked")).isEqualTo(Masks.phone(phone));
        }
    }

    @Test
    void enterprisesHaveValidUniqueCreditCodesAndChineseNames() {
        List<Map<String, Object>> rows = jdbc.queryForList("select uscc, name, industry, size_band from enterprise");
        assertThat(rows).hasSize(16);
        for (Map<String, Object> r : rows) {
            assertThat(Uscc.isValid((String) r.get("uscc"))).isTrue();
            assertThat((String) r.get("name")).matches("[\\p{IsHan}（）]+有限公司");
            assertThat(r.get("industry")).isIn("C", "I", "M", "N");
            assertThat(r.get("size_band")).isIn("MICRO", "SMALL", "MEDIUM", "LARGE");
        }
        assertThat(count("select count(distinct uscc) from enterprise")).isEqualTo(16);
        assertThat(count("select count(distinct name) from enterprise")).isEqualTo(16);
    }

    @Test
    void theDemoAdminAndAZoneAdminCanSignInWithTheDemoPassword() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/login").param("username", "zone-102").param("password", PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/login").param("username", "admin").param("password", "wrong-" + PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    @Test
    void aPendingSelfRegistrationCannotSignInYet() throws Exception {
        mvc.perform(post("/login").param("username", "reg-1-1").param("password", PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/login?error=disabled"));
    }
}
