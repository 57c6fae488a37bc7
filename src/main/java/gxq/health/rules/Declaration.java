package gxq.health.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One daily health declaration (健康申报).
 *
 * @param temperatureCelsius body temperature as declared, e.g. {@code 36.6}
 * @param symptoms           symptoms ticked, by name (e.g. 发热, 干咳); only those the rule set lists count
 * @param contactWithCase    whether the person declares contact with a confirmed or suspected case
 */
public record Declaration(LocalDate date, BigDecimal temperatureCelsius, Set<String> symptoms, boolean contactWithCase) {

    public Declaration {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(temperatureCelsius, "temperatureCelsius");
        symptoms = Set.copyOf(symptoms);
    }

    /** A declaration with the given temperature, no symptoms and no contact. */
    public static Declaration of(LocalDate date, String temperatureCelsius) {
        return new Declaration(date, new BigDecimal(temperatureCelsius), Set.of(), false);
    }
}
