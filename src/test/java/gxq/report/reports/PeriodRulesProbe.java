package gxq.report.reports;

import gxq.common.web.FieldProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Opens the package-private period rules to PeriodRulesTest. */
public final class PeriodRulesProbe {

    private PeriodRulesProbe() {
    }

    public static List<LocalDate> proposal(String kind, LocalDate today, LocalDate latestEnd) {
        PeriodRules.Days d = PeriodRules.proposal(PeriodKind.valueOf(kind), today, latestEnd);
        return List.of(d.start(), d.end());
    }

    public static Instant deadline(LocalDate end, int days) {
        return PeriodRules.deadline(end, days);
    }

    public static List<String> check(LocalDate start, LocalDate end, Instant deadline, Instant now) {
        return PeriodRules.check(start, end, deadline, now).stream().map(FieldProblem::key).toList();
    }

    public static boolean overdue(String standing, Instant deadline, Instant now) {
        return PeriodRules.overdue(Standing.valueOf(standing), deadline, now);
    }
}
