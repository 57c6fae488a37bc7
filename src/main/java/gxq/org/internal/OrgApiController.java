package gxq.org.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import gxq.account.CreatedAccount;
import gxq.account.GxqUser;
import gxq.account.TenantScope;
import gxq.common.web.FieldProblem;
import gxq.common.web.InvalidInput;
import gxq.common.web.NotFoundException;
import gxq.common.web.Paging;
import gxq.org.EnterpriseStatus;
import gxq.org.ZoneSummary;

/**
 * JSON for the signed-in session (CSRF applies to POST). Same scoping as the pages: rows outside the caller's tenant
 * answer 404; contact phones only masked.
 */
@RestController
@RequestMapping("/api")
class OrgApiController {

    static final int PAGE = 50;

    private final ZoneService zones;
    private final EnterpriseService enterprises;
    private final FormSupport forms;

    OrgApiController(ZoneService zones, EnterpriseService enterprises, FormSupport forms) {
        this.zones = zones;
        this.enterprises = enterprises;
        this.forms = forms;
    }

    @GetMapping("/zones")
    @PreAuthorize("hasAnyRole('MINISTRY_ADMIN','ZONE_ADMIN','ZONE_STAFF')")
    List<ZoneSummary> zones(@AuthenticationPrincipal GxqUser user) {
        return zones.visibleTo(user.scope());
    }

    @GetMapping("/zones/{id}")
    @PreAuthorize("hasAnyRole('MINISTRY_ADMIN','ZONE_ADMIN','ZONE_STAFF')")
    ZoneDetail zone(@AuthenticationPrincipal GxqUser user, @PathVariable long id) {
        ZoneSummary zone = zones.visible(user.scope(), id);
        return new ZoneDetail(zone, enterprises.countByStatus(user.scope(), id));
    }

    record ZoneDetail(ZoneSummary zone, Map<EnterpriseStatus, Long> enterprises) {
    }

    record Page<T>(List<T> items, int page, int size, boolean hasNext) {
    }

    @GetMapping("/enterprises")
    @PreAuthorize("hasAnyRole('MINISTRY_ADMIN','ZONE_ADMIN','ZONE_STAFF','ENTERPRISE_ADMIN')")
    Page<EnterpriseRow> enterprises(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) Long zone,
            @RequestParam(required = false) EnterpriseStatus status, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page) {
        TenantScope scope = user.scope();
        if (zone != null && !scope.isMinistry() && !scope.permitsZone(zone)) {
            throw new NotFoundException("zone", zone);
        }
        int p = Paging.page(page);
        List<EnterpriseRow> rows = enterprises.list(scope, new EnterpriseStore.Query(zone, status, q), PAGE + 1, p * PAGE);
        return new Page<>(rows.size() > PAGE ? rows.subList(0, PAGE) : rows, p, PAGE, rows.size() > PAGE);
    }

    @GetMapping("/enterprises/{id}")
    @PreAuthorize("hasAnyRole('MINISTRY_ADMIN','ZONE_ADMIN','ZONE_STAFF','ENTERPRISE_ADMIN')")
    EnterpriseRow enterprise(@AuthenticationPrincipal GxqUser user, @PathVariable long id) {
        return enterprises.visible(user.scope(), id);
    }

    /** The created enterprise and, if asked for, its admin account with the initial password (shown this once). */
    record Created(EnterpriseRow enterprise, AccountCreated account) {
    }

    record AccountCreated(long id, String username, String initialPassword) {
        static AccountCreated of(CreatedAccount a) {
            return a == null ? null : new AccountCreated(a.id(), a.username(), a.initialPassword());
        }
    }

    @PostMapping("/enterprises")
    @PreAuthorize("hasRole('ZONE_ADMIN')")
    ResponseEntity<Created> register(@AuthenticationPrincipal GxqUser user, @RequestBody EnterpriseForm form) {
        form.setAdminPassword(null); // zone registrations get a generated initial password
        form.setAdminPasswordConfirm(null);
        var registration = enterprises.registerByZone(user.scope(), form);
        EnterpriseRow row = enterprises.visible(user.scope(), registration.enterpriseId());
        return ResponseEntity.created(URI.create("/api/enterprises/" + row.id()))
                .body(new Created(row, AccountCreated.of(registration.account())));
    }

    /** Every problem of the body, as RFC 9457 problem details with an {@code errors} list. */
    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInput e, Locale locale) {
        List<FieldProblem> problems = e.problems();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                forms.message(problems.get(0), locale));
        problem.setProperty("code", problems.get(0).key());
        problem.setProperty("errors", problems.stream().map(p -> Map.of(
                "field", p.field() == null ? "" : p.field(), "code", p.key(), "message", forms.message(p, locale)))
                .toList());
        return ResponseEntity.badRequest().body(problem);
    }
}
