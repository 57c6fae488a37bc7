package gxq.org.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gxq.account.Accounts;
import gxq.account.AuditEntry;
import gxq.account.AuditLog;
import gxq.account.CreatedAccount;
import gxq.account.NewAccount;
import gxq.account.Role;
import gxq.account.TenantScope;
import gxq.common.validation.MobileNumber;
import gxq.common.validation.Uscc;
import gxq.common.web.FieldProblem;
import gxq.common.web.InvalidInput;
import gxq.common.web.NotFoundException;
import gxq.common.web.UserInputException;
import gxq.org.ProviderKind;
import gxq.org.ProviderSummary;
import gxq.org.Providers;

/**
 * Service providers (服务机构) registered by a zone admin, optionally with a SERVICE_PROVIDER account. Registration is
 * one transaction: a failure opening the account rolls the provider back.
 */
@Service
@Transactional
class ProviderService implements Providers {

    static final int MAX_NAME = 200;

    private final ProviderStore store;
    private final Accounts accounts;
    private final AuditLog audit;

    ProviderService(ProviderStore store, Accounts accounts, AuditLog audit) {
        this.store = store;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProviderSummary> find(long id) {
        return store.find(id).filter(r -> r.zoneId() != null)
                .map(r -> new ProviderSummary(r.id(), r.zoneId(), r.name(), r.kind()));
    }

    @Transactional(readOnly = true)
    List<ProviderRow> list(TenantScope scope, int limit, int offset) {
        return store.list(scope, limit, offset);
    }

    /** The provider if the scope may see it; 404 otherwise (missing or another zone's). */
    @Transactional(readOnly = true)
    ProviderRow visible(TenantScope scope, long id) {
        return store.find(id).filter(r -> scope.isMinistry() || (scope.isZoneLevel() && r.zoneId() != null
                && Objects.equals(r.zoneId(), scope.zoneId())))
                .orElseThrow(() -> new NotFoundException("provider", id));
    }

    @Transactional(readOnly = true)
    List<EnterpriseStore.AccountRow> accounts(long providerId) {
        return store.accounts(providerId);
    }

    record Registration(long providerId, CreatedAccount account) {
    }

    /** A zone admin registers a provider in its own zone, with an account when one was asked for. */
    Registration register(TenantScope scope, ProviderForm form) {
        if (scope.role() != Role.ZONE_ADMIN || scope.zoneId() == null) {
            throw new AccessDeniedException("only zone admins register service providers");
        }
        long zoneId = scope.zoneId();
        List<FieldProblem> problems = new ArrayList<>();
        String name = EnterpriseValidator.clean(form.getName());
        if (name == null) {
            problems.add(new FieldProblem("name", "org.provider.name.required"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "org.provider.name.tooLong", MAX_NAME));
        }
        String uscc = Uscc.normalize(form.getUscc());
        if (uscc != null && uscc.isEmpty()) {
            uscc = null;
        }
        if (uscc != null) {
            Optional<String> problem = Uscc.problem(uscc);
            if (problem.isPresent()) {
                problems.add(new FieldProblem("uscc", problem.get()));
            } else if (store.usccTaken(uscc)) {
                problems.add(new FieldProblem("uscc", "org.provider.uscc.taken", uscc));
            }
        }
        ProviderKind kind = ProviderKind.parse(form.getKind());
        if (kind == null) {
            problems.add(new FieldProblem("kind", "org.provider.kind.required"));
        }
        boolean withAccount = form.wantsAccount();
        if (withAccount) {
            problems.addAll(validateAccount(form));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }

        long id;
        try {
            id = store.insert(zoneId, name, uscc, kind);
        } catch (DuplicateKeyException e) {
            throw InvalidInput.of("uscc", "org.provider.uscc.taken", uscc);
        }
        CreatedAccount account = null;
        if (withAccount) {
            String mobile = EnterpriseValidator.clean(form.getAccountMobile());
            try {
                account = accounts.open(scope, new NewAccount(form.getAccountUsername().strip(),
                        EnterpriseValidator.clean(form.getAccountName()), Role.SERVICE_PROVIDER, zoneId, null, null, id,
                        mobile == null ? null : MobileNumber.normalize(mobile), null), true);
            } catch (UserInputException e) {
                throw InvalidInput.of(accountField(e.field()), e.messageKey(),
                        e.args() == null ? new Object[0] : e.args());
            }
        }
        audit.record(AuditEntry.of("PROVIDER_REGISTER", "service_provider", id).tenant(zoneId, null)
                .detail(name + " " + kind + (uscc == null ? "" : " " + uscc)
                        + (account == null ? "" : " account " + account.username())));
        return new Registration(id, account);
    }

    private List<FieldProblem> validateAccount(ProviderForm f) {
        List<FieldProblem> problems = new ArrayList<>();
        String username = EnterpriseValidator.clean(f.getAccountUsername());
        if (username == null || !username.matches("[A-Za-z0-9_.@-]{3,64}")) {
            problems.add(new FieldProblem("accountUsername", "account.username.invalid"));
        } else if (accounts.usernameTaken(username)) {
            problems.add(new FieldProblem("accountUsername", "account.username.taken", username));
        }
        String name = EnterpriseValidator.clean(f.getAccountName());
        if (name == null || name.length() > 64) {
            problems.add(new FieldProblem("accountName", "account.displayName.required"));
        }
        String mobile = EnterpriseValidator.clean(f.getAccountMobile());
        if (mobile != null && !MobileNumber.isValid(MobileNumber.normalize(mobile))) {
            problems.add(new FieldProblem("accountMobile", "gxq.validation.mobile"));
        }
        return problems;
    }

    /** The form field that an account-module error names. */
    static String accountField(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "username" -> "accountUsername";
            case "displayName" -> "accountName";
            case "phone" -> "accountMobile";
            default -> null;
        };
    }
}
