package gxq.people;

/**
 * An employee as other modules may see them: identifiers masked only ({@code 110***********1234},
 * {@code 138****5678}). {@code gender} is {@code 'M'} or {@code 'F'} as derived from the ID number.
 */
public record EmployeeSummary(long id, long zoneId, long enterpriseId, String name, char gender, String idNumberMasked,
        String phoneMasked, String employeeNo, String department, String jobTitle, String homeCityCode,
        EmployeeStatus status) {
}
