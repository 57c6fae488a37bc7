package gxq.health.status;

import gxq.account.GxqUser;
import gxq.health.Colour;
import gxq.health.internal.ReasonTexts;
import gxq.people.EmployeeSummary;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/health/status/{employeeId}}: the employee themself, the admin of their enterprise or the staff of
 * their zone; anyone else 404, the ministry and other roles 403. A person without a status yet is reported green
 * with no reasons and sequence 0.
 */
@RestController
@PreAuthorize("hasAnyRole('EMPLOYEE','ENTERPRISE_ADMIN','ZONE_ADMIN','ZONE_STAFF')")
class StatusApiController {

    private final HealthSubjects subjects;
    private final StatusQueries queries;
    private final ReasonTexts reasonTexts;

    StatusApiController(HealthSubjects subjects, StatusQueries queries, ReasonTexts reasonTexts) {
        this.subjects = subjects;
        this.queries = queries;
        this.reasonTexts = reasonTexts;
    }

    /** The status in JSON: reasons as stored codes and as sentences in the caller's language. */
    record StatusJson(long employeeId, Colour colour, List<String> reasonCodes, List<String> reasons, LocalDate until,
            String ruleVersion, String diagnosis, Colour overrideColour, LocalDate overrideUntil, LocalDate watchUntil,
            long sequence) {

        static StatusJson of(long id, StatusRow s, ReasonTexts texts) {
            if (s == null) {
                return new StatusJson(id, Colour.GREEN, List.of(), List.of(), null, null, "NONE", null, null, null, 0);
            }
            return new StatusJson(id, s.colour(), ReasonTexts.split(s.reasons()), texts.describeAll(s.reasons()),
                    s.untilDate(), s.ruleVersion(), s.diagnosis().name(), s.overrideColour(), s.overrideUntil(),
                    s.watchUntil(), s.sequence());
        }
    }

    @GetMapping("/api/health/status/{id}")
    @PreAuthorize("hasAnyRole('EMPLOYEE','ENTERPRISE_ADMIN','ZONE_ADMIN','ZONE_STAFF')")
    StatusJson status(@AuthenticationPrincipal GxqUser user, @PathVariable long id) {
        EmployeeSummary e = subjects.readable(user.scope(), id);
        return StatusJson.of(e.id(), queries.status(e.id()).orElse(null), reasonTexts);
    }
}
