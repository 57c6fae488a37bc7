package gxq.demo.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import gxq.account.Role;
import gxq.common.crypto.Masks;
import gxq.common.crypto.PersonalDataCipher;

/**
 * Fills an empty database with demo zones' accounts, enterprises and employees (see the package documentation).
 * Rows are written with {@link JdbcTemplate#batchUpdate} in chunks of {@code gxq.demo.batch-size}, one transaction per
 * chunk; the personal data of the next chunk is encrypted on the other cores while the current chunk is written.
 * Accounts are written last, so that an interrupted run leaves a database without accounts, which is detected.
 */
@Component
@Profile("demo")
class DemoDataGenerator {

    private static final Logger log = LoggerFactory.getLogger(DemoDataGenerator.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    static final String[][] DEPARTMENTS = {
        {"研发中心", "软件工程师", "高级工程师", "算法工程师", "测试工程师", "研发经理", "架构师"},
        {"生产部", "生产主管", "工艺工程师", "操作员", "设备工程师", "班组长"},
        {"质量部", "质量工程师", "检验员", "质量经理"},
        {"市场部", "市场专员", "产品经理", "市场经理"},
        {"销售部", "销售代表", "客户经理", "销售总监"},
        {"财务部", "会计", "出纳", "财务经理"},
        {"人力资源部", "人事专员", "招聘主管", "人力资源经理"},
        {"行政部", "行政专员", "前台", "行政经理"},
        {"采购部", "采购专员", "采购经理"},
        {"技术支持部", "技术支持工程师", "实施工程师"}};
    private static final int[] DEPARTMENT_WEIGHTS = {30, 18, 8, 8, 10, 5, 4, 6, 4, 7};
    private static final String[] ROADS = {"科技路", "创新大道", "高新大道", "软件园路", "学府路", "科学园路", "产业园路",
        "智谷大道", "信息路", "创业路", "孵化路", "光华路"};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final PersonalDataCipher cipher;
    private final PasswordEncoder encoder;
    private final DemoDataProperties settings;

    DemoDataGenerator(JdbcTemplate jdbc, PlatformTransactionManager transactions, PersonalDataCipher cipher,
            PasswordEncoder encoder, DemoDataProperties settings) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.cipher = cipher;
        this.encoder = encoder;
        this.settings = settings;
    }

    DemoDataProperties settings() {
        return settings;
    }

    /** Generates the demo data when the database has no accounts; otherwise does nothing and answers empty. */
    Optional<DemoSummary> populateIfEmpty() {
        long accounts = count("app_user");
        if (accounts > 0) {
            log.info("Demo data: the database already has {} accounts; nothing generated", accounts);
            return Optional.empty();
        }
        long enterprises = count("enterprise");
        if (enterprises > 0) {
            log.warn("Demo data: the database has no accounts but {} enterprises, probably from an interrupted demo run. "
                    + "Demo data is only written to an empty database: delete ./data (embedded H2) or empty the "
                    + "database, then start again.", enterprises);
            return Optional.empty();
        }
        return Optional.of(populate());
    }

    private long count(String table) {
        Long n = jdbc.queryForObject("select count(*) from " + table, Long.class);
        return n == null ? 0 : n;
    }

    /** The configured zones, looked up by short or full name. */
    List<DemoZone> zones() {
        List<DemoZone> zones = new ArrayList<>();
        for (String wanted : settings.zones()) {
            List<DemoZone> found = jdbc.query("""
                    select z.id, z.name, z.short_name, z.province_code, z.city_code, p.name as province_name,
                        c.name as city_name
                    from zone z join region p on p.code = z.province_code left join region c on c.code = z.city_code
                    where z.short_name = ? or z.name = ?
                    order by z.id
                    """, (rs, n) -> {
                String cityCode = rs.getString("city_code");
                String cityName = rs.getString("city_name") != null ? rs.getString("city_name") : rs.getString("province_name");
                String area = cityCode != null ? cityCode : rs.getString("province_code");
                return new DemoZone(rs.getLong("id"), rs.getString("name"), rs.getString("short_name"),
                        rs.getString("province_name"), cityCode, cityName, shortPlace(cityName), Districts.of(area));
            }, wanted.trim(), wanted.trim());
            if (found.size() != 1) {
                throw new IllegalStateException("gxq.demo.zones: '" + wanted + "' matches " + found.size()
                        + " zones; use a zone's short name or full name from the zone table");
            }
            zones.add(found.get(0));
        }
        return zones;
    }

    /** 北京市 → 北京, 恩施土家族苗族自治州 → 恩施. */
    static String shortPlace(String name) {
        String s = name.replaceFirst("(市|地区|盟|自治州)$", "");
        return s.length() > 3 ? s.substring(0, 2) : s;
    }

    DemoSummary populate() {
        long started = System.nanoTime();
        List<DemoZone> zones = zones();
        String passwordHash = encoder.encode(settings.password()); // once, for every demo account
        SplittableRandom random = new SplittableRandom(settings.seed());
        DemoCodes codes = new DemoCodes();
        EnterpriseNames names = new EnterpriseNames();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

        List<AccountRow> accounts = new ArrayList<>();
        List<EnterprisePlan> active = new ArrayList<>();
        int pendingCount = 0;
        for (int zi = 0; zi < zones.size(); zi++) {
            DemoZone zone = zones.get(zi);
            long z = zone.id();
            accounts.add(person(random, codes, "zone-" + z, Role.ZONE_ADMIN, z, null, null, true));
            accounts.add(person(random, codes, "staff-" + z, Role.ZONE_STAFF, z, null, null, true));
            accounts.add(person(random, codes, "guard-" + z, Role.GATE_GUARD, z, null, null, true));

            List<EnterprisePlan> zoneActive = new ArrayList<>();
            for (int i = 0; i < settings.enterprisesPerZone(); i++) {
                zoneActive.add(enterprise(random, codes, names, zone, "ACTIVE", false));
            }
            insertEnterprises(zoneActive, now);
            for (int i = 0; i < zoneActive.size(); i++) {
                EnterprisePlan e = zoneActive.get(i);
                accounts.add(new AccountRow("ent-" + z + "-" + (i + 1), e.contactName(), Role.ENTERPRISE_ADMIN, z, e.id,
                        null, e.contactPhone(), true));
            }
            active.addAll(zoneActive);

            if (zi < 2 && settings.pendingRegistrations() > 0) {
                List<EnterprisePlan> pending = new ArrayList<>();
                for (int i = 0; i < settings.pendingRegistrations(); i++) {
                    pending.add(enterprise(random, codes, names, zone, "PENDING", true));
                }
                insertEnterprises(pending, now);
                for (int i = 0; i < pending.size(); i++) {
                    EnterprisePlan e = pending.get(i);
                    // self-registered: the account waits, disabled, until the zone approves the enterprise
                    accounts.add(new AccountRow("reg-" + z + "-" + (i + 1), e.contactName(), Role.ENTERPRISE_ADMIN, z,
                            e.id, null, e.contactPhone(), false));
                }
                pendingCount += pending.size();
            }
        }

        long employeesStarted = System.nanoTime();
        long employees = insertEmployees(active, random, codes, now);
        Duration employeesTime = Duration.ofNanos(System.nanoTime() - employeesStarted);

        for (DemoZone zone : settings.employeeLogins() == 0 ? List.<DemoZone>of() : zones) {
            EnterprisePlan first = active.stream().filter(e -> e.zone().id() == zone.id()).findFirst().orElseThrow();
            List<Map<String, Object>> staff = jdbc.queryForList(
                    "select id, name, phone_enc from employee where enterprise_id = ? order by id fetch first "
                            + settings.employeeLogins() + " rows only", first.id);
            for (int k = 0; k < staff.size(); k++) {
                Map<String, Object> emp = staff.get(k);
                accounts.add(new AccountRow("emp-" + zone.id() + "-" + (k + 1), (String) emp.get("name"), Role.EMPLOYEE,
                        zone.id(), first.id, ((Number) emp.get("id")).longValue(),
                        cipher.decrypt((String) emp.get("phone_enc")), true));
            }
        }
        accounts.add(new AccountRow("admin", PersonNames.name(random), Role.MINISTRY_ADMIN, null, null, null,
                codes.mobile(random), true));
        insertAccounts(accounts, passwordHash, now);

        return new DemoSummary(zones, active.size(), pendingCount, employees, accounts.size(),
                Duration.ofNanos(System.nanoTime() - started), employeesTime);
    }

    private AccountRow person(SplittableRandom random, DemoCodes codes, String username, Role role, Long zone,
            Long enterprise, Long employee, boolean enabled) {
        return new AccountRow(username, PersonNames.name(random), role, zone, enterprise, employee, codes.mobile(random),
                enabled);
    }

    private EnterprisePlan enterprise(SplittableRandom random, DemoCodes codes, EnterpriseNames names, DemoZone zone,
            String status, boolean selfRegistered) {
        DemoZone.District district = zone.districts().get(random.nextInt(zone.districts().size()));
        EnterpriseNames.Named named = names.next(random, zone.cityShort());
        int roster = settings.employeesPerEnterprise();
        int r = random.nextInt(100);
        int staff = roster + (r < 45 ? random.nextInt(15) : r < 85 ? 15 + random.nextInt(200) : 200 + random.nextInt(1500));
        String band = staff < 20 ? "MICRO" : staff < 100 ? "SMALL" : staff < 300 ? "MEDIUM" : "LARGE";
        boolean aboveScale = band.equals("LARGE") || band.equals("MEDIUM") || (band.equals("SMALL") && random.nextInt(100) < 30);
        boolean highTech = random.nextInt(100) < 40;
        boolean techSme = !band.equals("LARGE") && random.nextInt(100) < 50;
        String address = zone.addressPrefix() + district.name() + ROADS[random.nextInt(ROADS.length)]
                + (1 + random.nextInt(300)) + "号" + (random.nextBoolean() ? (1 + random.nextInt(12)) + "号楼" : "");
        return new EnterprisePlan(zone, codes.uscc(random, district.code()), named.name(), named.industry(), band,
                aboveScale, highTech, techSme, address, PersonNames.name(random), codes.mobile(random), staff, status,
                selfRegistered);
    }

    private void insertEnterprises(List<EnterprisePlan> plans, OffsetDateTime now) {
        String sql = """
                insert into enterprise (zone_id, uscc, name, industry, size_band, above_scale, high_tech, tech_sme,
                    address, contact_name, contact_phone_enc, contact_phone_hash, contact_phone_masked, staff_count,
                    status, self_registered, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """;
        for (List<EnterprisePlan> chunk : chunks(plans)) {
            tx.executeWithoutResult(status -> jdbc.batchUpdate(sql, new Batch<>(chunk) {
                @Override
                void set(PreparedStatement ps, EnterprisePlan e) throws SQLException {
                    ps.setLong(1, e.zone().id());
                    ps.setString(2, e.uscc());
                    ps.setString(3, e.name());
                    ps.setString(4, e.industry());
                    ps.setString(5, e.sizeBand());
                    ps.setBoolean(6, e.aboveScale());
                    ps.setBoolean(7, e.highTech());
                    ps.setBoolean(8, e.techSme());
                    ps.setString(9, e.address());
                    ps.setString(10, e.contactName());
                    ps.setString(11, cipher.encrypt(e.contactPhone()));
                    ps.setString(12, cipher.lookupHash(e.contactPhone()));
                    ps.setString(13, Masks.phone(e.contactPhone()));
                    ps.setInt(14, e.staffCount());
                    ps.setString(15, e.status());
                    ps.setBoolean(16, e.selfRegistered());
                    ps.setObject(17, now);
                    ps.setObject(18, now);
                }
            }));
        }
        // all plans of one call belong to one zone; match the generated ids by the unique code
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select id, uscc from enterprise where zone_id = ?", rs -> {
            ids.put(rs.getString(2), rs.getLong(1));
        }, plans.get(0).zone().id());
        for (EnterprisePlan e : plans) {
            e.id = ids.get(e.uscc());
        }
    }

    /** Writes the rosters chunk by chunk: plan (sequential, seeded) → encrypt (parallel, ahead) → insert. */
    private long insertEmployees(List<EnterprisePlan> enterprises, SplittableRandom random, DemoCodes codes,
            OffsetDateTime now) {
        LocalDate today = LocalDate.now(CHINA);
        LocalDate oldest = today.minusYears(60).plusDays(1);
        LocalDate youngest = today.minusYears(20);
        long total = (long) enterprises.size() * settings.employeesPerEnterprise();
        long written = 0;
        long lastReport = System.nanoTime();
        CompletableFuture<EmployeeRow[]> pending = null;
        List<EmployeePlan> chunk = new ArrayList<>(settings.batchSize());
        for (EnterprisePlan e : enterprises) {
            for (int i = 1; i <= settings.employeesPerEnterprise(); i++) {
                chunk.add(employee(random, codes, e, i, oldest, youngest));
                if (chunk.size() == settings.batchSize()) {
                    CompletableFuture<EmployeeRow[]> next = encryptAhead(chunk); // encrypt this chunk ...
                    written += write(pending, now); // ... while the previous one is written
                    pending = next;
                    chunk = new ArrayList<>(settings.batchSize());
                    if (System.nanoTime() - lastReport > 5_000_000_000L) {
                        log.info("Demo data: {} of {} employees written", written, total);
                        lastReport = System.nanoTime();
                    }
                }
            }
        }
        if (!chunk.isEmpty()) {
            CompletableFuture<EmployeeRow[]> next = encryptAhead(chunk);
            written += write(pending, now);
            pending = next;
        }
        return written + write(pending, now);
    }

    private EmployeePlan employee(SplittableRandom random, DemoCodes codes, EnterprisePlan e, int n, LocalDate oldest,
            LocalDate youngest) {
        char gender = random.nextInt(100) < 58 ? 'M' : 'F';
        DemoZone zone = e.zone();
        String area = zone.districts().get(random.nextInt(zone.districts().size())).code();
        String idNo = codes.idNumber(random, area, gender, oldest, youngest);
        String[] dept = DEPARTMENTS[weighted(random, DEPARTMENT_WEIGHTS)];
        return new EmployeePlan(e.id, zone.id(), PersonNames.name(random, gender), gender, idNo, codes.mobile(random),
                String.format("E%05d", n), dept[0], dept[1 + random.nextInt(dept.length - 1)], zone.cityCode());
    }

    private static int weighted(SplittableRandom random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private CompletableFuture<EmployeeRow[]> encryptAhead(List<EmployeePlan> plans) {
        return CompletableFuture.supplyAsync(() -> {
            EmployeeRow[] rows = new EmployeeRow[plans.size()];
            IntStream.range(0, rows.length).parallel().forEach(i -> {
                EmployeePlan p = plans.get(i);
                rows[i] = new EmployeeRow(p, cipher.encrypt(p.idNo()), cipher.lookupHash(p.idNo()),
                        Masks.idNumber(p.idNo()), cipher.encrypt(p.phone()), cipher.lookupHash(p.phone()),
                        Masks.phone(p.phone()));
            });
            return rows;
        });
    }

    private int write(CompletableFuture<EmployeeRow[]> encrypted, OffsetDateTime now) {
        if (encrypted == null) {
            return 0;
        }
        EmployeeRow[] rows = encrypted.join();
        String sql = """
                insert into employee (enterprise_id, zone_id, name, gender, birth_date, id_no_enc, id_no_hash,
                    id_no_masked, phone_enc, phone_hash, phone_masked, employee_no, department, job_title,
                    home_city_code, status, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)
                """;
        tx.executeWithoutResult(status -> jdbc.batchUpdate(sql, new Batch<>(List.of(rows)) {
            @Override
            void set(PreparedStatement ps, EmployeeRow r) throws SQLException {
                EmployeePlan p = r.plan();
                ps.setLong(1, p.enterpriseId());
                ps.setLong(2, p.zoneId());
                ps.setString(3, p.name());
                ps.setString(4, String.valueOf(p.gender()));
                ps.setObject(5, gxq.common.validation.ResidentId.birthDate(p.idNo()));
                ps.setString(6, r.idEnc());
                ps.setString(7, r.idHash());
                ps.setString(8, r.idMasked());
                ps.setString(9, r.phoneEnc());
                ps.setString(10, r.phoneHash());
                ps.setString(11, r.phoneMasked());
                ps.setString(12, p.employeeNo());
                ps.setString(13, p.department());
                ps.setString(14, p.jobTitle());
                if (p.homeCityCode() == null) {
                    ps.setNull(15, Types.VARCHAR);
                } else {
                    ps.setString(15, p.homeCityCode());
                }
                ps.setObject(16, now);
                ps.setObject(17, now);
            }
        }));
        return rows.length;
    }

    private void insertAccounts(List<AccountRow> accounts, String passwordHash, OffsetDateTime now) {
        String sql = """
                insert into app_user (username, password_hash, display_name, role, zone_id, enterprise_id, employee_id,
                    phone_enc, phone_hash, phone_masked, enabled, must_change_password, password_changed_at,
                    created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?)
                """;
        // one transaction: either every demo account exists or none does
        tx.executeWithoutResult(status -> {
            for (List<AccountRow> chunk : chunks(accounts)) {
                jdbc.batchUpdate(sql, new Batch<>(chunk) {
                    @Override
                    void set(PreparedStatement ps, AccountRow a) throws SQLException {
                        ps.setString(1, a.username());
                        ps.setString(2, passwordHash);
                        ps.setString(3, a.displayName());
                        ps.setString(4, a.role().name());
                        setLong(ps, 5, a.zoneId());
                        setLong(ps, 6, a.enterpriseId());
                        setLong(ps, 7, a.employeeId());
                        ps.setString(8, cipher.encrypt(a.phone()));
                        ps.setString(9, cipher.lookupHash(a.phone()));
                        ps.setString(10, Masks.phone(a.phone()));
                        ps.setBoolean(11, a.enabled());
                        ps.setObject(12, now);
                        ps.setObject(13, now);
                        ps.setObject(14, now);
                    }
                });
            }
        });
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += settings.batchSize()) {
            chunks.add(all.subList(i, Math.min(all.size(), i + settings.batchSize())));
        }
        return chunks;
    }

    /** A batch over a list, with one typed setter per row. */
    private abstract static class Batch<T> implements BatchPreparedStatementSetter {
        private final List<T> rows;

        Batch(List<T> rows) {
            this.rows = rows;
        }

        abstract void set(PreparedStatement ps, T row) throws SQLException;

        @Override
        public void setValues(PreparedStatement ps, int i) throws SQLException {
            set(ps, rows.get(i));
        }

        @Override
        public int getBatchSize() {
            return rows.size();
        }
    }

    static final class EnterprisePlan {
        private final DemoZone zone;
        private final String uscc;
        private final String name;
        private final String industry;
        private final String sizeBand;
        private final boolean aboveScale;
        private final boolean highTech;
        private final boolean techSme;
        private final String address;
        private final String contactName;
        private final String contactPhone;
        private final int staffCount;
        private final String status;
        private final boolean selfRegistered;
        Long id;

        EnterprisePlan(DemoZone zone, String uscc, String name, String industry, String sizeBand, boolean aboveScale,
                boolean highTech, boolean techSme, String address, String contactName, String contactPhone,
                int staffCount, String status, boolean selfRegistered) {
            this.zone = zone;
            this.uscc = uscc;
            this.name = name;
            this.industry = industry;
            this.sizeBand = sizeBand;
            this.aboveScale = aboveScale;
            this.highTech = highTech;
            this.techSme = techSme;
            this.address = address;
            this.contactName = contactName;
            this.contactPhone = contactPhone;
            this.staffCount = staffCount;
            this.status = status;
            this.selfRegistered = selfRegistered;
        }

        DemoZone zone() { return zone; }
        String uscc() { return uscc; }
        String name() { return name; }
        String industry() { return industry; }
        String sizeBand() { return sizeBand; }
        boolean aboveScale() { return aboveScale; }
        boolean highTech() { return highTech; }
        boolean techSme() { return techSme; }
        String address() { return address; }
        String contactName() { return contactName; }
        String contactPhone() { return contactPhone; }
        int staffCount() { return staffCount; }
        String status() { return status; }
        boolean selfRegistered() { return selfRegistered; }
    }

    record EmployeePlan(long enterpriseId, long zoneId, String name, char gender, String idNo, String phone,
            String employeeNo, String department, String jobTitle, String homeCityCode) {
    }

    record EmployeeRow(EmployeePlan plan, String idEnc, String idHash, String idMasked, String phoneEnc,
            String phoneHash, String phoneMasked) {
    }

    record AccountRow(String username, String displayName, Role role, Long zoneId, Long enterpriseId, Long employeeId,
            String phone, boolean enabled) {
    }
}
