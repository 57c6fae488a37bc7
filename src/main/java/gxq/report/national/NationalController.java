package gxq.report.national;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;


/** The national view as a page of its own, with filters and sorting (the home page shows it via NationalPanel). */
@Controller
@PreAuthorize("hasRole('MINISTRY_ADMIN')")
class NationalController {

    private final NationalView national;
    private final Clock clock;

    NationalController(NationalView national, @Qualifier("healthClock") Clock clock) {
        this.national = national;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
    }

    @GetMapping("/national")
    @PreAuthorize("hasRole('MINISTRY_ADMIN')")
    String page(@RequestParam(required = false) String sort, @RequestParam(required = false) String province,
            @RequestParam(required = false) String q, @RequestParam(required = false) String attention, Model model) {
        model.addAttribute("reportNational", national.view(today(), sort, province, q, "1".equals(attention)));
        model.addAttribute("reportNationalSorts", NationalView.SORTS.keySet());
        return "report/national";
    }
}
