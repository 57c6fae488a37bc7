package gxq.account.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gxq.account.Accounts;
import gxq.account.AuditEntry;
import gxq.account.AuditLog;
import gxq.account.CreatedAccount;
import gxq.account.GxqUser;
import gxq.account.NewAccount;
import gxq.account.Role;
import gxq.account.TenantScope;
import gxq.common.crypto.Masks;
import gxq.common.crypto.PersonalDataCipher;
import gxq.common.validation.MobileNumber;
import gxq.common.web.NotFoundException;
import gxq.common.web.UserInputException;

/** Opening accounts and the admin operations on them, each checked against the actor's role and tenant. */
@Service
@Transactional
class AccountService implements Accounts {

    private final UserStore users;
    private final PasswordEncoder encoder;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;

    AccountService(UserStore users, PasswordEncoder encoder, PersonalDataCipher cipher, AuditLog audit) {
        this.users = users;
        this.encoder = encoder;
        this.cipher = cipher;
        this.audit = audit;
    }

    @Override
    public CreatedAccount open(TenantScope actor, NewAccount a, boolean enabled) {
        checkMayCreate(actor, a);
        String username = a.username() == null ? "" : a.username().trim();
        if (!username.matches("[A-Za-z0-9_.@-]{3,64}")) {
            throw UserInputException.onField("username", "account.username.invalid");
        }
        if (users.usernameExists(username)) {
            throw UserInputException.onField("username", "account.username.taken", username);
        }
        if (a.displayName() == null || a.displayName().isBlank() || a.displayName().length() > 64) {
            throw UserInputException.onField("displayName", "account.displayName.required");
        }
        String phone = a.phone() == null || a.phone().isBlank() ? null : MobileNumber.normalize(a.phone());
        if (phone != null && !MobileNumber.isValid(phone)) {
            throw UserInputException.onField("phone", "gxq.validation.mobile");
        }
        String password = a.password();
        boolean mustChange = password == null;
        if (password == null) {
            password = PasswordPolicy.generate();
        } else {
            PasswordPolicy.problem(password, username).ifPresent(key -> {
                throw UserInputException.onField("password", key);
            });
        }
        long id = users.insert(username, encoder.encode(password), a.displayName().trim(), a.role(), a.zoneId(),
                a.enterpriseId(), a.employeeId(), a.providerId(), phone == null ? null : cipher.encrypt(phone),
                phone == null ? null : cipher.lookupHash(phone), phone == null ? null : Masks.phone(phone), enabled,
                mustChange);
        audit.record(AuditEntry.of("ACCOUNT_CREATE", "account", id).tenant(a.zoneId(), a.enterpriseId())
                .detail(username + " " + a.role()));
        return new CreatedAccount(id, username, mustChange ? password : null);
    }

    private static void checkMayCreate(TenantScope actor, NewAccount a) {
        if (a.role() == null || !actor.role().mayCreate().contains(a.role())) {
            throw UserInputException.onField("role", "account.role.notAllowed");
        }
        boolean inScope = switch (actor.role()) {
            case MINISTRY_ADMIN -> a.role() == Role.MINISTRY_ADMIN ? a.zoneId() == null : a.zoneId() != null;
            case ZONE_ADMIN -> actor.zoneId().equals(a.zoneId())
                    && (a.role() != Role.ENTERPRISE_ADMIN || a.enterpriseId() != null)
                    && (a.role() != Role.SERVICE_PROVIDER || a.providerId() != null);
            case ENTERPRISE_ADMIN -> actor.enterpriseId().equals(a.enterpriseId()) && actor.zoneId().equals(a.zoneId())
                    && (a.role() != Role.EMPLOYEE || a.employeeId() != null);
            default -> false;
        };
        if (!inScope) {
            throw UserInputException.onField("role", "account.scope.notAllowed");
        }
    }

    @Override
    public void setEnterpriseAccountsEnabled(long enterpriseId, boolean enabled) {
        users.setEnabledForEnterprise(enterpriseId, enabled);
    }

    @Override
    public void setEmployeeAccountEnabled(long employeeId, boolean enabled) {
        users.idOfEmployee(employeeId).ifPresent(id -> users.setEnabled(id, enabled));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> accountOfEmployee(long employeeId) {
        return users.idOfEmployee(employeeId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean usernameTaken(String username) {
        return users.usernameExists(username);
    }

    /** An account the actor administers: in its tenant and of a role it may create; otherwise 404. */
    UserStore.UserRow administered(TenantScope actor, long id) {
        UserStore.UserRow row = users.findRow(id).orElseThrow(() -> new NotFoundException("account", id));
        boolean visible = actor.isMinistry()
                || actor.isZoneLevel() && actor.zoneId().equals(row.zoneId())
                || actor.isEnterpriseAdmin() && actor.enterpriseId().equals(row.enterpriseId());
        if (!visible || !actor.role().mayCreate().contains(row.role()) || row.id() == actor.userId()) {
            throw new NotFoundException("account", id);
        }
        return row;
    }

    String resetPassword(TenantScope actor, long id) {
        UserStore.UserRow row = administered(actor, id);
        String password = PasswordPolicy.generate();
        users.setPassword(id, encoder.encode(password), true);
        audit.record(AuditEntry.of("ACCOUNT_RESET_PASSWORD", "account", id).tenant(row.zoneId(), row.enterpriseId())
                .detail(row.username()));
        return password;
    }

    void unlock(TenantScope actor, long id) {
        UserStore.UserRow row = administered(actor, id);
        users.unlock(id);
        audit.record(AuditEntry.of("ACCOUNT_UNLOCK", "account", id).tenant(row.zoneId(), row.enterpriseId())
                .detail(row.username()));
    }

    void setEnabled(TenantScope actor, long id, boolean enabled) {
        UserStore.UserRow row = administered(actor, id);
        users.setEnabled(id, enabled);
        audit.record(AuditEntry.of(enabled ? "ACCOUNT_ENABLE" : "ACCOUNT_DISABLE", "account", id)
                .tenant(row.zoneId(), row.enterpriseId()).detail(row.username()));
    }

    void changeOwnPassword(long userId, String username, String current, String next, String confirm) {
        if (current == null || !encoder.matches(current, users.passwordHash(userId))) {
            throw UserInputException.onField("current", "account.password.currentWrong");
        }
        if (next == null || !next.equals(confirm)) {
            throw UserInputException.onField("confirm", "account.password.mismatch");
        }
        if (next.equals(current)) {
            throw UserInputException.onField("password", "account.password.sameAsOld");
        }
        PasswordPolicy.problem(next, username).ifPresent(key -> {
            throw UserInputException.onField("password", key);
        });
        users.setPassword(userId, encoder.encode(next), false);
        audit.record(AuditEntry.of("PASSWORD_CHANGE", "account", userId));
    }

    @Override
    public Optional<GxqUser> firstEnabled(Role role, long tenantId) {
        return users.firstEnabled(role, tenantId);
    }

    @Override
    public Optional<GxqUser> firstEnabledInZone(Role role, long zoneId) {
        return users.firstEnabledInZone(role, zoneId);
    }

    @Override
    public List<Long> zonesWithEnabled(Role role, int limit) {
        return users.zonesWithEnabled(role, limit);
    }
}
