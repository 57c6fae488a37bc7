package gxq.people.internal;

/**
 * The add/edit form as typed. On edit a blank ID number or mobile keeps the stored one (the form never shows them
 * unmasked); {@code clearMobile} removes the mobile number.
 */
record EmployeeForm(String name, String idNumber, String mobile, String employeeNo, String department, String jobTitle,
        String homeCity, Integer version, Boolean clearMobile) {

    static final EmployeeForm EMPTY = new EmployeeForm("", "", "", "", "", "", "", null, false);

    static EmployeeForm of(EmployeeRow row) {
        return new EmployeeForm(row.name(), "", "", nz(row.employeeNo()), nz(row.department()), nz(row.jobTitle()),
                nz(row.homeCityCode()), row.version(), false);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public boolean clearsMobile() {
        return Boolean.TRUE.equals(clearMobile);
    }

    RawEmployee raw() {
        return new RawEmployee(name, idNumber, false, clearsMobile() ? null : mobile, employeeNo, department, jobTitle, homeCity);
    }
}
