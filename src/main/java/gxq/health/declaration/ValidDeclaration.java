package gxq.health.declaration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A checked declaration: temperature 34.0–43.0 (one decimal), listed symptoms, known cities, dates in range. */
record ValidDeclaration(BigDecimal temperature, List<String> symptoms, String currentCity, List<Visit> visits,
        String contact, boolean returned, String returnFrom, LocalDate returnDate) {

    record Visit(String city, LocalDate date) {
    }
}
