package gxq.people;

/** Published (in the importing transaction) after a roster import applied its valid rows to an enterprise. */
public record EmployeesImported(long enterpriseId, int added, int updated) {
}
