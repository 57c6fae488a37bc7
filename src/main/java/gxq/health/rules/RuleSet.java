package gxq.health.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A versioned colour rule set as data. A zone may use its own (see {@link ZoneRuleSets}); every change of a value
 * gets a new {@code version}, which each decision and status change records.
 *
 * @param feverCelsius                  a temperature at or above this is fever (37.3 ℃)
 * @param symptoms                      the listed symptoms that turn a code yellow
 * @param watchDays                     how long an arrival from a risk city or a declared contact counts (14 days:
 *                                      the day of leaving is day 0, the rule applies through day 13)
 * @param yellowRecoveryDays            consecutive normal declaration days that turn yellow to green (7)
 * @param redIsolationDays              days of isolation with normal declarations that turn red to green (14)
 * @param missedDeclarationDaysForYellow consecutive days without a declaration (before today) that turn a code
 *                                      yellow (1: a missed yesterday already does)
 */
public record RuleSet(
        String version,
        BigDecimal feverCelsius,
        List<String> symptoms,
        int watchDays,
        int yellowRecoveryDays,
        int redIsolationDays,
        int missedDeclarationDaysForYellow) {

    /** The symptoms listed by the 2020 national guidance for health declarations. */
    public static final List<String> NATIONAL_SYMPTOMS =
            List.of("发热", "干咳", "乏力", "咽痛", "腹泻", "嗅觉味觉减退", "呼吸困难");

    public RuleSet {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("A rule set has a version");
        }
        Objects.requireNonNull(feverCelsius, "feverCelsius");
        if (feverCelsius.compareTo(new BigDecimal("36.5")) < 0 || feverCelsius.compareTo(new BigDecimal("39")) > 0) {
            throw new IllegalArgumentException("The fever threshold must lie between 36.5 and 39 ℃");
        }
        symptoms = List.copyOf(symptoms);
        if (watchDays < 1 || yellowRecoveryDays < 1 || redIsolationDays < 1 || missedDeclarationDaysForYellow < 1) {
            throw new IllegalArgumentException("Day counts must be at least 1");
        }
    }

    /** The national defaults of 2020: 37.3 ℃, the national symptom list, 14/7/14 days, one missed day. */
    public static RuleSet national2020() {
        return new RuleSet("CN-2020.1", new BigDecimal("37.3"), NATIONAL_SYMPTOMS, 14, 7, 14, 1);
    }

    /** How many days of declarations the rules may look at: enough for the longest recovery or watch period. */
    public int lookbackDays() {
        return Math.max(Math.max(watchDays, redIsolationDays), yellowRecoveryDays) + missedDeclarationDaysForYellow + 1;
    }
}
