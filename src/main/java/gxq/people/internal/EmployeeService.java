package gxq.people.internal;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gxq.account.Accounts;
import gxq.account.AuditEntry;
import gxq.account.AuditLog;
import gxq.account.CreatedAccount;
import gxq.account.NewAccount;
import gxq.account.Role;
import gxq.account.TenantScope;
import gxq.common.crypto.Masks;
import gxq.common.crypto.PersonalDataCipher;
import gxq.common.web.ConflictException;
import gxq.common.web.NotFoundException;
import gxq.common.web.UserInputException;
import gxq.people.EmployeeStatus;

/**
 * Single-employee operations, each checked against the actor's tenant: a row outside it is "not found". Only the
 * enterprise admin writes; zone roles read; nobody else sees an employee (the employee themself through {@code /me}).
 */
@Service
@Transactional
class EmployeeService {

    private final EmployeeStore store;
    private final Cities cities;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;
    private final Accounts accounts;

    EmployeeService(EmployeeStore store, Cities cities, PersonalDataCipher cipher, AuditLog audit, Accounts accounts) {
        this.store = store;
        this.cities = cities;
        this.cipher = cipher;
        this.audit = audit;
        this.accounts = accounts;
    }

    /** The employee if the scope may read them: their enterprise's admin, their zone's admin or staff, or themself. */
    @Transactional(readOnly = true)
    EmployeeRow visible(TenantScope scope, long id) {
        EmployeeRow row = store.find(id).orElseThrow(() -> new NotFoundException("employee", id));
        boolean ok = switch (scope.role()) {
            case ENTERPRISE_ADMIN, ZONE_ADMIN, ZONE_STAFF -> scope.permitsEnterprise(row.zoneId(), row.enterpriseId());
            case EMPLOYEE -> scope.employeeId() != null && scope.employeeId() == id;
            default -> false;
        };
        if (!ok) {
            throw new NotFoundException("employee", id);
        }
        return row;
    }

    /** The employee if the scope manages them: only the admin of their enterprise. */
    @Transactional(readOnly = true)
    EmployeeRow managed(TenantScope scope, long id) {
        EmployeeRow row = visible(scope, id);
        if (scope.role() != Role.ENTERPRISE_ADMIN) {
            throw new NotFoundException("employee", id);
        }
        return row;
    }

    long add(TenantScope scope, EmployeeForm form) {
        long enterprise = requireEnterpriseAdmin(scope);
        long zone = store.zoneOfEnterprise(enterprise).orElseThrow(() -> new NotFoundException("enterprise", enterprise));
        RowValidator.Valid v = check(form.raw(), true);
        String idHash = cipher.lookupHash(v.idNumber());
        if (store.idByHash(enterprise, idHash).isPresent()) {
            throw duplicate();
        }
        long id;
        try {
            id = store.insert(zone, enterprise, values(v, idHash, null));
        } catch (DuplicateKeyException e) {
            throw duplicate();
        }
        audit.record(AuditEntry.of("EMPLOYEE_CREATE", "employee", id).tenant(zone, enterprise).detail(v.name()));
        return id;
    }

    void edit(TenantScope scope, long id, EmployeeForm form) {
        EmployeeRow row = managed(scope, id);
        RowValidator.Valid v = check(form.raw(), false);
        String idHash = v.idNumber() == null ? null : cipher.lookupHash(v.idNumber());
        if (idHash != null && store.idByHash(row.enterpriseId(), idHash).filter(other -> other != id).isPresent()) {
            throw duplicate();
        }
        EmployeeStore.Values values = values(v, idHash, row);
        if (!form.clearsMobile() && v.mobile() == null) {
            values = withPhone(values, row.phoneEnc(), row.phoneHash(), row.phoneMasked());
        }
        int version = form.version() == null ? -1 : form.version();
        boolean saved;
        try {
            saved = store.update(id, version, values);
        } catch (DuplicateKeyException e) {
            throw duplicate();
        }
        if (!saved) {
            throw new ConflictException("people.employee.conflict");
        }
        audit.record(AuditEntry.of("EMPLOYEE_UPDATE", "employee", id).tenant(row.zoneId(), row.enterpriseId())
                .detail(v.name() + (v.idNumber() != null ? " (ID number changed)" : "")));
    }

    void setStatus(TenantScope scope, long id, int version, EmployeeStatus status) {
        EmployeeRow row = managed(scope, id);
        if (row.status() == status) {
            return;
        }
        if (!store.setStatus(id, version, status)) {
            throw new ConflictException("people.employee.conflict");
        }
        // Someone who left can no longer sign in; rehiring opens their login again.
        accounts.setEmployeeAccountEnabled(id, status == EmployeeStatus.ACTIVE);
        audit.record(AuditEntry.of(status == EmployeeStatus.LEFT ? "EMPLOYEE_LEAVE" : "EMPLOYEE_REHIRE", "employee", id)
                .tenant(row.zoneId(), row.enterpriseId()).detail(row.name()));
    }

    /** The unmasked ID and phone number, for the enterprise admin only; every reveal is audited. */
    record Revealed(String idNumber, String phone) {
    }

    Revealed reveal(TenantScope scope, long id) {
        EmployeeRow row = managed(scope, id);
        Revealed revealed = new Revealed(cipher.decrypt(row.idNoEnc()), cipher.decrypt(row.phoneEnc()));
        audit.record(AuditEntry.of("PERSONAL_DATA_REVEAL", "employee", id).tenant(row.zoneId(), row.enterpriseId())
                .detail("ID number and phone of " + row.name() + " (" + row.idNoMasked() + ")"));
        return revealed;
    }

    /** Opens the employee's login; the username defaults to their mobile number. */
    CreatedAccount openAccount(TenantScope scope, long id, String username) {
        EmployeeRow row = managed(scope, id);
        if (!row.active()) {
            throw UserInputException.onField("username", "people.account.notActive");
        }
        if (accounts.accountOfEmployee(id).isPresent()) {
            throw UserInputException.onField("username", "people.account.exists");
        }
        String phone = cipher.decrypt(row.phoneEnc());
        String name = username == null || username.isBlank() ? phone : username.strip();
        if (name == null) {
            throw UserInputException.onField("username", "people.account.usernameRequired");
        }
        return accounts.open(scope, new NewAccount(name, row.name(), Role.EMPLOYEE, row.zoneId(), row.enterpriseId(),
                id, phone, null), true);
    }

    private static long requireEnterpriseAdmin(TenantScope scope) {
        if (scope.role() != Role.ENTERPRISE_ADMIN || scope.enterpriseId() == null) {
            throw new UserInputException("error.forbidden");
        }
        return scope.enterpriseId();
    }

    private RowValidator.Valid check(RawEmployee raw, boolean idRequired) {
        RowValidator.Result result = new RowValidator(cities.directory()).validate(raw, idRequired);
        if (!result.ok()) {
            throw new InvalidEmployeeException(result.problems());
        }
        return result.valid();
    }

    private static InvalidEmployeeException duplicate() {
        return new InvalidEmployeeException(List.of(RowValidator.Problem.of(Column.ID_NUMBER, RowValidator.ID_DUPLICATE)));
    }

    /** Encrypted, hashed and masked columns for a checked employee; without a new ID number the stored one is kept. */
    EmployeeStore.Values values(RowValidator.Valid v, String idHash, EmployeeRow keep) {
        String id = v.idNumber();
        String gender;
        java.time.LocalDate birth;
        String idEnc;
        String idMasked;
        String hash;
        if (id != null) {
            gender = String.valueOf(v.gender());
            birth = v.birthDate();
            idEnc = cipher.encrypt(id);
            idMasked = Masks.idNumber(id);
            hash = idHash;
        } else {
            gender = keep.gender();
            birth = keep.birthDate();
            idEnc = keep.idNoEnc();
            idMasked = keep.idNoMasked();
            hash = keep.idNoHash();
        }
        String phone = v.mobile();
        return new EmployeeStore.Values(v.name(), gender, birth, idEnc, hash, idMasked,
                phone == null ? null : cipher.encrypt(phone), phone == null ? null : cipher.lookupHash(phone),
                phone == null ? null : Masks.phone(phone), v.employeeNo(), v.department(), v.jobTitle(), v.homeCityCode());
    }

    private static EmployeeStore.Values withPhone(EmployeeStore.Values v, String enc, String h, String masked) {
        return new EmployeeStore.Values(v.name(), v.gender(), v.birthDate(), v.idNoEnc(), v.idNoHash(), v.idNoMasked(),
                enc, h, masked, v.employeeNo(), v.department(), v.jobTitle(), v.homeCityCode());
    }
}
