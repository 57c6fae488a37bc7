package gxq.testing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.common.crypto.Masks;
import gxq.common.crypto.PersonalDataCipher;
import gxq.common.validation.ResidentId;
import gxq.common.validation.Uscc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Test data written straight to the tables, with unique names per call so that tests sharing one database never
 * collide. Zones come from the reference data (ids 1..176).
 */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "Test#Passw0rd";
    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);
    private static String passwordHash;

    private final JdbcClient db;
    private final PersonalDataCipher cipher;
    private final PasswordEncoder encoder;

    Fixtures(JdbcClient db, PersonalDataCipher cipher, PasswordEncoder encoder) {
        this.db = db;
        this.cipher = cipher;
        this.encoder = encoder;
    }

    public static long next() {
        return SEQ.incrementAndGet();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** A valid 统一社会信用代码 that no other fixture uses. */
    public static String uscc() {
        return Uscc.complete(String.format("91110108%09d", next() % 1_000_000_000L));
    }

    /** A valid 居民身份证号码 from 北京朝阳 with a birth date and sequence that vary per call. */
    public static String idNumber() {
        long n = next();
        java.time.LocalDate birth = java.time.LocalDate.of(1970, 1, 1).plusDays(n % 12_000);
        return ResidentId.complete("110105" + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", (n / 12_000) % 1000));
    }

    public long enterprise(long zoneId) {
        return enterprise(zoneId, "测试企业" + next(), "ACTIVE");
    }

    public long enterprise(long zoneId, String name, String status) {
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into enterprise (zone_id, uscc, name, industry, size_band, status, created_at, updated_at)
                values (:zone, :uscc, :name, 'I', 'SMALL', :status, :now, :now)
                """).param("zone", zoneId).param("uscc", uscc()).param("name", name).param("status", status)
                .param("now", now()).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public long employee(long enterpriseId, String name) {
        long zone = db.sql("select zone_id from enterprise where id = :id").param("id", enterpriseId).query(Long.class).single();
        String id = idNumber();
        String phone = String.format("139%08d", next() % 100_000_000L);
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into employee (enterprise_id, zone_id, name, gender, id_no_enc, id_no_hash, id_no_masked,
                    phone_enc, phone_hash, phone_masked, status, created_at, updated_at)
                values (:ent, :zone, :name, 'M', :idEnc, :idHash, :idMasked, :phoneEnc, :phoneHash, :phoneMasked,
                    'ACTIVE', :now, :now)
                """).param("ent", enterpriseId).param("zone", zone).param("name", name)
                .param("idEnc", cipher.encrypt(id)).param("idHash", cipher.lookupHash(id)).param("idMasked", Masks.idNumber(id))
                .param("phoneEnc", cipher.encrypt(phone)).param("phoneHash", cipher.lookupHash(phone))
                .param("phoneMasked", Masks.phone(phone)).param("now", now()).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** An account in the database (password {@link #PASSWORD}, no forced change) and its principal. */
    public GxqUser account(Role role, Long zoneId, Long enterpriseId, Long employeeId) {
        return account(role, zoneId, enterpriseId, employeeId, false);
    }

    public GxqUser account(Role role, Long zoneId, Long enterpriseId, Long employeeId, boolean mustChange) {
        String username = role.name().toLowerCase().replace('_', '-') + "-" + next();
        var keys = new GeneratedKeyHolder();
        db.sql("""
                insert into app_user (username, password_hash, display_name, role, zone_id, enterprise_id, employee_id,
                    enabled, must_change_password, created_at, updated_at)
                values (:u, :hash, :name, :role, :zone, :ent, :emp, true, :mustChange, :now, :now)
                """).param("u", username).param("hash", hash()).param("name", "测试" + username).param("role", role.name())
                .param("zone", zoneId).param("ent", enterpriseId).param("emp", employeeId).param("mustChange", mustChange)
                .param("now", now()).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        return new GxqUser(id, username, null, "测试" + username, role, zoneId, enterpriseId, employeeId, true, null, mustChange);
    }

    public GxqUser ministry() {
        return account(Role.MINISTRY_ADMIN, null, null, null);
    }

    public GxqUser zoneAdmin(long zoneId) {
        return account(Role.ZONE_ADMIN, zoneId, null, null);
    }

    public GxqUser zoneStaff(long zoneId) {
        return account(Role.ZONE_STAFF, zoneId, null, null);
    }

    public GxqUser enterpriseAdmin(long enterpriseId) {
        long zone = db.sql("select zone_id from enterprise where id = :id").param("id", enterpriseId).query(Long.class).single();
        return account(Role.ENTERPRISE_ADMIN, zone, enterpriseId, null);
    }

    public GxqUser employeeAccount(long employeeId) {
        var row = db.sql("select zone_id, enterprise_id from employee where id = :id").param("id", employeeId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        return account(Role.EMPLOYEE, row[0], row[1], employeeId);
    }

    /** MockMvc post-processor that signs the request in as {@code user}. */
    public static RequestPostProcessor as(GxqUser user) {
        return user(user);
    }

    private synchronized String hash() {
        if (passwordHash == null) {
            passwordHash = encoder.encode(PASSWORD);
        }
        return passwordHash;
    }
}
