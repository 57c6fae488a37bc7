package gxq.report.national;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import gxq.account.GxqUser;
import gxq.web.HomePanels;

/** The ministry's home page shows the national view (all zones, in the zones' order); other accounts nothing. */
@Component
class NationalPanel implements HomePanels {

    private final NationalView national;
    private final Clock clock;

    NationalPanel(NationalView national, @Qualifier("healthClock") Clock clock) {
        this.national = national;
        this.clock = clock;
    }

    @Override
    public List<Panel> panels(Authentication auth) {
        if (auth == null || !(auth.getPrincipal() instanceof GxqUser user) || !user.scope().isMinistry()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        return List.of(new Panel("report/national-fragments", "panel",
                Map.of("reportNational", national.view(today, null, null, null, false),
                        "reportNationalSorts", NationalView.SORTS.keySet()), 10));
    }
}
