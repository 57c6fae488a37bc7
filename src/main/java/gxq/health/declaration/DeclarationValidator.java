package gxq.health.declaration;

import gxq.health.rules.RuleSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Checks a typed declaration against the rules of the form; collects every problem with its field. */
@Component
class DeclarationValidator {

    static final BigDecimal MIN_TEMPERATURE = new BigDecimal("34.0");
    static final BigDecimal MAX_TEMPERATURE = new BigDecimal("43.0");
    static final Set<String> CONTACTS = Set.of("NONE", "CONFIRMED", "SUSPECTED");
    /** Visits and return dates may lie this many days back (the watch period: today is day 0). */
    static final int DAYS_BACK = 13;

    private final CityChoices cities;

    DeclarationValidator(CityChoices cities) {
        this.cities = cities;
    }

    ValidDeclaration check(DeclarationForm form, LocalDate today) {
        Map<String, InvalidDeclaration.Problem> problems = new LinkedHashMap<>();
        BigDecimal temperature = null;
        String t = strip(form.getTemperature());
        if (t == null) {
            problems.put("temperature", problem("health.declare.error.temperatureRequired"));
        } else {
            try {
                temperature = new BigDecimal(t);
                if (temperature.scale() > 1) {
                    problems.put("temperature", problem("health.declare.error.temperatureDecimals"));
                } else if (temperature.compareTo(MIN_TEMPERATURE) < 0 || temperature.compareTo(MAX_TEMPERATURE) > 0) {
                    problems.put("temperature", problem("health.declare.error.temperatureRange",
                            MIN_TEMPERATURE.toPlainString(), MAX_TEMPERATURE.toPlainString()));
                }
            } catch (NumberFormatException e) {
                problems.put("temperature", problem("health.declare.error.temperatureNumber"));
            }
        }
        Set<String> symptoms = new LinkedHashSet<>();
        for (String s : form.getSymptoms()) {
            String v = strip(s);
            if (v == null) {
                continue;
            }
            if (!RuleSet.NATIONAL_SYMPTOMS.contains(v)) {
                problems.put("symptoms", problem("health.declare.error.symptom", v));
            } else {
                symptoms.add(v);
            }
        }
        String current = strip(form.getCurrentCity());
        if (current == null) {
            problems.put("currentCity", problem("health.declare.error.currentCityRequired"));
        } else if (!cities.isCity(current)) {
            problems.put("currentCity", problem("health.declare.error.city"));
        }
        List<ValidDeclaration.Visit> visits = new ArrayList<>();
        int rows = Math.max(form.getVisitCity().size(), form.getVisitDate().size());
        if (rows > DeclarationForm.MAX_VISITS) {
            problems.put("visits", problem("health.declare.error.tooManyVisits", DeclarationForm.MAX_VISITS));
        } else {
            for (int i = 0; i < rows; i++) {
                String city = strip(form.visitCityAt(i));
                String date = strip(form.visitDateAt(i));
                if (city == null && date == null) {
                    continue;
                }
                String field = "visit" + i;
                if (city == null || date == null) {
                    problems.put(field, problem("health.declare.error.visitIncomplete", i + 1));
                    continue;
                }
                if (!cities.isCity(city)) {
                    problems.put(field, problem("health.declare.error.visitCity", i + 1));
                    continue;
                }
                LocalDate d = date(date);
                if (d == null || d.isAfter(today) || d.isBefore(today.minusDays(DAYS_BACK))) {
                    problems.put(field, problem("health.declare.error.visitDate", i + 1, today.minusDays(DAYS_BACK).toString(), today.toString()));
                    continue;
                }
                ValidDeclaration.Visit v = new ValidDeclaration.Visit(city, d);
                if (!visits.contains(v)) {
                    visits.add(v);
                }
            }
        }
        String contact = strip(form.getContact());
        if (contact == null) {
            contact = "NONE";
        } else if (!CONTACTS.contains(contact)) {
            problems.put("contact", problem("health.declare.error.contact"));
        }
        String returnFrom = null;
        LocalDate returnDate = null;
        if (form.isReturned()) {
            returnFrom = strip(form.getReturnFrom());
            if (returnFrom == null || !cities.isCity(returnFrom)) {
                problems.put("returnFrom", problem("health.declare.error.returnFrom"));
            }
            String rd = strip(form.getReturnDate());
            returnDate = rd == null ? null : date(rd);
            if (returnDate == null || returnDate.isAfter(today) || returnDate.isBefore(today.minusDays(DAYS_BACK))) {
                problems.put("returnDate", problem("health.declare.error.returnDate", today.minusDays(DAYS_BACK).toString(), today.toString()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDeclaration(problems);
        }
        return new ValidDeclaration(temperature, List.copyOf(symptoms), current, visits, contact, form.isReturned(),
                returnFrom, returnDate);
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static InvalidDeclaration.Problem problem(String key, Object... args) {
        return new InvalidDeclaration.Problem(key, args);
    }
}
