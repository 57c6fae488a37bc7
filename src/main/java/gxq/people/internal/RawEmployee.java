package gxq.people.internal;

/**
 * An employee as typed: form fields or roster cells, unchecked. {@code idNumeric} is true when the ID number cell of a
 * spreadsheet held a number, which cannot hold 18 digits (Excel keeps 15) and so has lost the last ones.
 */
record RawEmployee(String name, String idNumber, boolean idNumeric, String mobile, String employeeNo, String department,
        String jobTitle, String homeCity) {

    String get(Column column) {
        return switch (column) {
            case NAME -> name;
            case ID_NUMBER -> idNumber;
            case MOBILE -> mobile;
            case EMPLOYEE_NO -> employeeNo;
            case DEPARTMENT -> department;
            case JOB_TITLE -> jobTitle;
            case HOME_CITY -> homeCity;
        };
    }
}
