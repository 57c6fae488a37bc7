package gxq.people.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import gxq.account.AuditEntry;
import gxq.account.AuditLog;
import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.common.crypto.Masks;
import gxq.common.crypto.PersonalDataCipher;
import gxq.common.validation.ResidentId;
import gxq.common.web.ConflictException;
import gxq.common.web.NotFoundException;
import gxq.people.EmployeesImported;

/**
 * Roster import: read the file (nothing is applied if it cannot be read), check every row, then in one transaction
 * insert new employees and update existing ones (same ID number in the enterprise), store the report and audit it.
 * Rejected rows are never applied. A column missing from the file leaves that field of existing employees as it is; a
 * blank cell in a present column clears it.
 */
@Service
class ImportService {

    /** Rejected rows' cells are kept this long for the report download; the counts are kept for good. */
    static final Duration REJECTIONS_KEPT = Duration.ofDays(30);
    private static final char SEP = '\u001F';
    private static final int MAX_STORED_CELL = 300;

    private final EmployeeStore employees;
    private final ImportStore imports;
    private final Cities cities;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    ImportService(EmployeeStore employees, ImportStore imports, Cities cities, PersonalDataCipher cipher, AuditLog audit,
            ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.employees = employees;
        this.imports = imports;
        this.cities = cities;
        this.cipher = cipher;
        this.audit = audit;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
    }

    /** A row that was refused, with every problem found in it. */
    record RejectedRow(int rowNumber, RawEmployee raw, List<RowValidator.Problem> problems) {
    }

    /** Checks an unreadable file's cause into the audit trail and rethrows it. */
    RosterReader.Roster read(GxqUser user, String fileName, byte[] bytes) {
        try {
            return RosterReader.read(bytes);
        } catch (RosterFileException e) {
            tx.executeWithoutResult(s -> audit.record(AuditEntry.of("ROSTER_IMPORT", "enterprise", user.enterpriseId())
                    .detail("refused " + safeName(fileName) + ": " + e.key()).failed()));
            throw e;
        }
    }

    /** Validates and applies a roster for the user's enterprise; returns the import's id (its report). */
    long apply(GxqUser user, String fileName, RosterReader.Roster roster) {
        if (user.role() != Role.ENTERPRISE_ADMIN || user.enterpriseId() == null) {
            throw new NotFoundException("enterprise", user.enterpriseId());
        }
        long enterprise = user.enterpriseId();
        RowValidator validator = new RowValidator(cities.directory());
        List<ValidRow> valid = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        Map<String, Integer> firstRowOfId = new HashMap<>();
        for (RosterReader.Row row : roster.rows()) {
            RowValidator.Result result = validator.validate(row.raw(), true);
            List<RowValidator.Problem> problems = new ArrayList<>(result.problems());
            String id = row.raw().idNumeric() ? null : RowValidator.idNumber(row.raw().idNumber());
            if (id != null && ResidentId.isValid(id)) {
                Integer first = firstRowOfId.putIfAbsent(id, row.rowNumber());
                if (first != null) {
                    problems.add(RowValidator.Problem.of(Column.ID_NUMBER, RowValidator.ID_DUPLICATE_IN_FILE, first));
                }
            }
            if (problems.isEmpty()) {
                valid.add(new ValidRow(row.rowNumber(), result.valid()));
            } else {
                rejected.add(new RejectedRow(row.rowNumber(), row.raw(), problems));
            }
        }
        // encryption outside the transaction: it is the slow part of a large roster
        List<Prepared> prepared = valid.stream().map(v -> prepare(v, roster)).toList();
        try {
            Long id = tx.execute(status -> applyInTransaction(user, enterprise, fileName, roster, prepared, rejected));
            return Objects.requireNonNull(id);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("people.import.conflict");
        }
    }

    private record ValidRow(int rowNumber, RowValidator.Valid valid) {
    }

    /** A valid row in stored form. Null fields of absent columns are filled from the existing row when updating. */
    private record Prepared(int rowNumber, String idHash, EmployeeStore.Values values) {
    }

    private Prepared prepare(ValidRow row, RosterReader.Roster roster) {
        RowValidator.Valid v = row.valid();
        String hash = cipher.lookupHash(v.idNumber());
        String phone = v.mobile();
        return new Prepared(row.rowNumber(), hash, new EmployeeStore.Values(v.name(), String.valueOf(v.gender()),
                v.birthDate(), cipher.encrypt(v.idNumber()), hash, Masks.idNumber(v.idNumber()),
                phone == null ? null : cipher.encrypt(phone), phone == null ? null : cipher.lookupHash(phone),
                phone == null ? null : Masks.phone(phone), v.employeeNo(), v.department(), v.jobTitle(),
                v.homeCityCode()));
    }

    private Long applyInTransaction(GxqUser user, long enterprise, String fileName, RosterReader.Roster roster,
            List<Prepared> prepared, List<RejectedRow> rejected) {
        long zone = employees.zoneOfEnterprise(enterprise).orElseThrow(() -> new NotFoundException("enterprise", enterprise));
        Map<String, EmployeeStore.Existing> existing = employees.existingByHash(enterprise);
        List<EmployeeStore.Values> inserts = new ArrayList<>();
        List<EmployeeStore.Update> updates = new ArrayList<>();
        int unchanged = 0;
        for (Prepared p : prepared) {
            EmployeeStore.Existing old = existing.get(p.idHash());
            if (old == null) {
                inserts.add(p.values());
                continue;
            }
            EmployeeStore.Values merged = merge(old, p.values(), roster);
            if (sameAs(old, merged)) {
                unchanged++;
            } else {
                updates.add(new EmployeeStore.Update(old.id(), old.version(), merged));
            }
        }
        employees.insertAll(zone, enterprise, inserts);
        if (!employees.updateAll(updates)) {
            throw new ConflictException("people.import.conflict");
        }
        imports.purgeRejectionsOlderThan(enterprise, EmployeeStore.now().minus(REJECTIONS_KEPT));
        String columns = roster.columns().entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(e -> e.getKey().name() + "=" + e.getValue()).collect(Collectors.joining(","));
        String ignored = truncate(String.join("、", roster.ignoredHeaders()), 500);
        long id = imports.insert(enterprise, zone, user.id(), truncate(safeName(fileName), 255), roster.rows().size(),
                inserts.size(), updates.size(), unchanged, rejected.size(), columns, ignored.isEmpty() ? null : ignored);
        imports.insertRejections(id, rejected.stream().map(r -> new ImportStore.Rejection(r.rowNumber(),
                cipher.encrypt(encodeValues(r.raw())), encodeProblems(r.problems()))).toList());
        audit.record(AuditEntry.of("ROSTER_IMPORT", "roster_import", id).tenant(zone, enterprise)
                .detail(String.format("%s: rows=%d added=%d updated=%d unchanged=%d rejected=%d", safeName(fileName),
                        roster.rows().size(), inserts.size(), updates.size(), unchanged, rejected.size())));
        events.publishEvent(new EmployeesImported(enterprise, inserts.size(), updates.size()));
        return id;
    }

    /** The file's values over the stored ones; a column the file lacks keeps the stored value. */
    private static EmployeeStore.Values merge(EmployeeStore.Existing old, EmployeeStore.Values v, RosterReader.Roster r) {
        boolean mobile = r.has(Column.MOBILE);
        return new EmployeeStore.Values(v.name(), old.gender(), old.birthDate(), old.idNoEnc(), v.idNoHash(), old.idNoMasked(),
                mobile ? (Objects.equals(v.phoneHash(), old.phoneHash()) ? old.phoneEnc() : v.phoneEnc()) : old.phoneEnc(),
                mobile ? v.phoneHash() : old.phoneHash(),
                mobile ? v.phoneMasked() : old.phoneMasked(),
                r.has(Column.EMPLOYEE_NO) ? v.employeeNo() : old.employeeNo(),
                r.has(Column.DEPARTMENT) ? v.department() : old.department(),
                r.has(Column.JOB_TITLE) ? v.jobTitle() : old.jobTitle(),
                r.has(Column.HOME_CITY) ? v.homeCityCode() : old.homeCityCode());
    }

    private static boolean sameAs(EmployeeStore.Existing old, EmployeeStore.Values v) {
        return Objects.equals(old.name(), v.name()) && Objects.equals(old.phoneHash(), v.phoneHash())
                && Objects.equals(old.employeeNo(), v.employeeNo()) && Objects.equals(old.department(), v.department())
                && Objects.equals(old.jobTitle(), v.jobTitle()) && Objects.equals(old.homeCityCode(), v.homeCityCode());
    }

    // ---- reading a stored report ----

    /** One problem of a rejected row, for the report page and file. */
    record ReportLine(int rowNumber, Column column, String columnLetter, String key, Object[] args) {
    }

    /** A rejected row as stored: its cells (null once expired) and problems. */
    record StoredRejection(int rowNumber, RawEmployee raw, List<ReportLine> lines) {
    }

    record Report(ImportStore.ImportRow info, Map<Column, Integer> columns, List<StoredRejection> rejections) {
        List<ReportLine> lines() {
            return rejections.stream().flatMap(r -> r.lines().stream()).toList();
        }

        boolean expired() {
            return info.rejected() > 0 && rejections.isEmpty();
        }
    }

    /** The report of an import of the user's own enterprise (404 otherwise). */
    Report report(GxqUser user, long importId) {
        ImportStore.ImportRow info = imports.find(importId)
                .filter(i -> user.role() == Role.ENTERPRISE_ADMIN && Objects.equals(user.enterpriseId(), i.enterpriseId()))
                .orElseThrow(() -> new NotFoundException("roster import", importId));
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (String part : info.columnsPresent().split(",")) {
            String[] kv = part.split("=");
            if (kv.length == 2) {
                columns.put(Column.valueOf(kv[0]), Integer.parseInt(kv[1]));
            }
        }
        List<StoredRejection> rows = imports.rejections(importId).stream().map(r -> new StoredRejection(r.rowNo(),
                decodeValues(cipher.decrypt(r.valuesEnc())), decodeProblems(r.rowNo(), r.problems(), columns))).toList();
        return new Report(info, columns, rows);
    }

    List<ImportStore.ImportRow> recent(GxqUser user) {
        return user.enterpriseId() == null ? List.of() : imports.recent(user.enterpriseId(), 10);
    }

    void auditReportDownload(ImportStore.ImportRow info) {
        tx.executeWithoutResult(s -> audit.record(AuditEntry.of("ROSTER_IMPORT_REPORT", "roster_import", info.id())
                .tenant(info.zoneId(), info.enterpriseId()).detail("rejected rows downloaded: " + info.rejected())));
    }

    // ---- encodings of stored rejections ----

    static String encodeValues(RawEmployee raw) {
        StringBuilder sb = new StringBuilder();
        for (Column c : Column.values()) {
            if (c.ordinal() > 0) {
                sb.append(SEP);
            }
            String v = raw.get(c);
            if (v != null) {
                sb.append(truncate(v.replace(SEP, ' '), MAX_STORED_CELL));
            }
        }
        sb.append(SEP).append(raw.idNumeric() ? '1' : '0');
        return sb.toString();
    }

    static RawEmployee decodeValues(String s) {
        String[] p = s.split(String.valueOf(SEP), -1);
        String[] v = new String[8];
        for (int i = 0; i < v.length; i++) {
            v[i] = i < p.length && !p[i].isEmpty() ? p[i] : null;
        }
        return new RawEmployee(v[0], v[1], "1".equals(v[7]), v[2], v[3], v[4], v[5], v[6]);
    }

    static String encodeProblems(List<RowValidator.Problem> problems) {
        return problems.stream().map(p -> p.column().name() + ":" + p.key()
                + (p.args().isEmpty() ? "" : ":" + p.args().stream().map(String::valueOf).collect(Collectors.joining(","))))
                .collect(Collectors.joining(";"));
    }

    static List<ReportLine> decodeProblems(int rowNumber, String encoded, Map<Column, Integer> columns) {
        List<ReportLine> lines = new ArrayList<>();
        for (String part : encoded.split(";")) {
            String[] f = part.split(":");
            Column c = Column.valueOf(f[0]);
            Object[] args = f.length > 2 ? java.util.Arrays.stream(f[2].split(",")).map(Integer::valueOf).toArray() : new Object[0];
            Integer index = columns.get(c);
            lines.add(new ReportLine(rowNumber, c, index == null ? "" : Column.letter(index), f[1], args));
        }
        return lines;
    }

    private static String safeName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "roster.xlsx";
        }
        String n = fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "");
        return n.isBlank() ? "roster.xlsx" : n;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
