/**
 * Employees of enterprises (员工花名册): adding and editing one by one, roster import from and export to .xlsx,
 * the employee's own page, and opening employee logins.
 *
 * <p>Public API: {@link gxq.people.Employees}, the value records {@link gxq.people.EmployeeSummary} and
 * {@link gxq.people.EmployeeStatus}, and the event {@link gxq.people.EmployeesImported}. Everything else lives in
 * {@code gxq.people.internal}.
 *
 * <p><b>Who sees whom.</b> Personal data stays with the enterprise and its zone: the enterprise admin manages their
 * own enterprise's roster and is the only role that may reveal an unmasked ID or phone number (audited as
 * {@code PERSONAL_DATA_REVEAL}); zone admins and zone staff read their zone's rosters, masked only; the ministry admin
 * does not see individual employees at all (403) and works with counts reported by the zones; an employee sees only
 * their own record at {@code /me}. See {@code docs/people.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package gxq.people;
