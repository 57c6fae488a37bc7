package gxq.health.declaration;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.common.web.NotFoundException;
import gxq.common.web.UserInputException;
import gxq.health.Colour;
import gxq.health.internal.ReasonTexts;
import gxq.health.status.HealthSubjects;
import gxq.health.status.StatusEngine;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/health/declarations}: an employee declares for themself (no {@code employeeId}, or their own);
 * an enterprise admin declares for an employee of their enterprise ({@code employeeId}, 代报; others 404). Same
 * session and CSRF protection as the pages. Bad input: 400 problem+json with the message in the caller's language.
 */
@RestController
@PreAuthorize("hasAnyRole('EMPLOYEE','ENTERPRISE_ADMIN')")
class DeclarationApiController {

    private final DeclarationService declarations;
    private final HealthSubjects subjects;
    private final ReasonTexts reasonTexts;

    DeclarationApiController(DeclarationService declarations, HealthSubjects subjects, ReasonTexts reasonTexts) {
        this.declarations = declarations;
        this.subjects = subjects;
        this.reasonTexts = reasonTexts;
    }

    record DeclaredJson(long employeeId, LocalDate declaredOn, boolean replaced, boolean proxy, Colour colour,
            List<String> reasonCodes, List<String> reasons, LocalDate until, long sequence) {
    }

    @PostMapping("/api/health/declarations")
    @PreAuthorize("hasAnyRole('EMPLOYEE','ENTERPRISE_ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    DeclaredJson declare(@AuthenticationPrincipal GxqUser user, @RequestBody(required = false) DeclarationForm body) {
        if (body == null) {
            throw new UserInputException("health.api.error.body");
        }
        StatusEngine.Subject who;
        boolean proxy;
        if (user.role() == Role.EMPLOYEE) {
            if (user.employeeId() == null || (body.getEmployeeId() != null && !body.getEmployeeId().equals(user.employeeId()))) {
                throw new NotFoundException("employee", body.getEmployeeId());
            }
            who = subjects.declarableSubject(user.scope(), user.employeeId()); // still on the roster?
            proxy = false;
        } else {
            if (body.getEmployeeId() == null) {
                throw UserInputException.onField("employeeId", "health.api.error.employeeId");
            }
            who = subjects.declarableSubject(user.scope(), body.getEmployeeId());
            proxy = true;
        }
        var done = declarations.declare(who, user.id(), proxy, body);
        var s = done.status();
        return new DeclaredJson(done.employeeId(), done.day(), done.replaced(), proxy, s.colour(),
                ReasonTexts.split(s.reasons()), reasonTexts.describeAll(s.reasons()), s.untilDate(), s.sequence());
    }
}
