package gxq.health.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the colour rules look at for one person. Holds no name or ID: the caller gathers it from the
 * declarations, trip records, case records and staff overrides of the last weeks.
 *
 * @param declarations        the daily declarations of (at least) the last {@link RuleSet#lookbackDays()} days
 * @param visits              the cities stayed in during the watch period
 * @param cityRisk            city risk levels over time
 * @param override            a staff override, or {@code null}
 * @param declarationsDueFrom first day the person had to declare (e.g. the day they were enrolled); {@code null}
 *                            to count missed days only after the first declaration
 */
public record PersonSituation(
        Diagnosis diagnosis,
        List<Declaration> declarations,
        List<CityVisit> visits,
        CityRiskLookup cityRisk,
        ManualOverride override,
        LocalDate declarationsDueFrom) {

    public PersonSituation {
        Objects.requireNonNull(diagnosis, "diagnosis");
        Objects.requireNonNull(cityRisk, "cityRisk");
        declarations = List.copyOf(declarations);
        visits = List.copyOf(visits);
    }
}
