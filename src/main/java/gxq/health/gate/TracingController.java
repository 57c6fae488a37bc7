package gxq.health.gate;

import gxq.account.AuditEntry;
import gxq.account.AuditLog;
import gxq.account.GxqUser;
import gxq.common.web.UserInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Tracing page for zone admins and staff (own zone only; the ministry sees no individuals and gets 403). Looking at a
 * person's passages is a sensitive read: each view and each export is audited.
 */
@Controller
@RequestMapping("/health/tracing")
@PreAuthorize(TracingController.ZONE)
class TracingController {

    static final String ZONE = "hasAnyRole('ZONE_ADMIN','ZONE_STAFF')";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Tracing tracing;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;
    TracingController(Tracing tracing, AuditLog audit, MessageSource messages, Clock clock) {
        this.tracing = tracing;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(ZONE)
    String page(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) Long employee,
            @RequestParam(required = false) String q, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "15") int minutes, Model model,
            Locale locale, HttpServletResponse response) {
        Instant[] window = window(from, to);
        model.addAttribute("q", q);
        model.addAttribute("employee", employee);
        model.addAttribute("from", LocalDateTime.ofInstant(window[0], clock.getZone()).truncatedTo(ChronoUnit.MINUTES));
        model.addAttribute("to", LocalDateTime.ofInstant(window[1], clock.getZone()).truncatedTo(ChronoUnit.MINUTES));
        model.addAttribute("minutes", minutes);
        model.addAttribute("found", tracing.search(user.scope(), q));
        if (employee != null) {
            try {
                Tracing.Result r = tracing.trace(user.scope(), employee, window[0], window[1], minutes);
                record(user, "HEALTH_TRACING_VIEW", r);
                model.addAttribute("result", r);
            } catch (UserInputException e) {
                response.setStatus(422);
                model.addAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
            }
        }
        return "health/tracing";
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize(ZONE)
    void export(@AuthenticationPrincipal GxqUser user, @RequestParam long employee,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "15") int minutes, Locale locale, HttpServletResponse response) throws IOException {
        Instant[] window = window(from, to);
        Tracing.Result r = tracing.trace(user.scope(), employee, window[0], window[1], minutes);
        record(user, "HEALTH_TRACING_EXPORT", r);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("tracing-" + employee + ".xlsx", StandardCharsets.UTF_8).build().toString());
        Tracing.xlsx(r, key -> messages.getMessage(key, null, key, locale), i -> java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(clock.getZone()).format(i), response.getOutputStream());
    }

    private void record(GxqUser user, String action, Tracing.Result r) {
        audit.record(AuditEntry.of(action, "employee", r.person().id()).tenant(user.zoneId(), null)
                .detail("from=" + r.from() + " to=" + r.to() + " minutes=" + r.minutes() + " passages="
                        + r.passages().size() + " contacts=" + r.contacts().size()));
    }

    /** {@code yyyy-MM-ddTHH:mm} in the display zone; default: the last 7 days up to now. */
    private Instant[] window(String from, String to) {
        ZoneId zone = clock.getZone();
        try {
            Instant t = to == null || to.isBlank() ? clock.instant() : LocalDateTime.parse(to.strip()).atZone(zone).toInstant();
            Instant f = from == null || from.isBlank() ? t.minus(7, ChronoUnit.DAYS)
                    : LocalDateTime.parse(from.strip()).atZone(zone).toInstant();
            return new Instant[] {f, t};
        } catch (DateTimeParseException e) {
            throw UserInputException.onField("from", "gate.tracing.error.window");
        }
    }
}
