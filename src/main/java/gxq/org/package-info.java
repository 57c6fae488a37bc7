/**
 * Organisations: national high-tech zones (高新区) and the enterprises registered in them.
 *
 * <p>Public API: {@link gxq.org.Zones}, {@link gxq.org.Enterprises}, {@link gxq.org.Providers}, the value types
 * {@link gxq.org.ProviderSummary}, {@link gxq.org.ProviderKind}, {@link gxq.org.ZoneSummary},
 * {@link gxq.org.EnterpriseSummary}, {@link gxq.org.EnterpriseStatus}, {@link gxq.org.Industry},
 * {@link gxq.org.SizeBand}, and the events {@link gxq.org.EnterpriseRegistered}, {@link gxq.org.EnterpriseApproved},
 * {@link gxq.org.EnterpriseRejected}.
 *
 * <h2>Who may do what</h2>
 * <ul>
 * <li><b>Ministry admin</b>: reads every zone and enterprise; opens zone-admin accounts. Does not register, edit or
 * review enterprises — the zone is the registering authority, the ministry supervises.</li>
 * <li><b>Zone admin</b>: registers enterprises in its zone (optionally with their first enterprise-admin account),
 * edits every field except zone and status, approves or rejects self-registrations of its own zone.</li>
 * <li><b>Zone staff</b>: reads the zone and its enterprises but writes nothing (departments work on cases, not on the
 * register of enterprises).</li>
 * <li><b>Enterprise admin</b>: reads its own enterprise and edits its address, contact and staff count; name, USCC,
 * classification, zone and status stay with the zone.</li>
 * <li><b>Service providers</b> (服务机构: incubators, maker spaces, …): the zone admin registers them at
 * {@code /providers}, optionally with a SERVICE_PROVIDER account; zone staff and the ministry read them. A provider's
 * account sees its organisation on the home page.</li>
 * <li>Employees, gate guards and service providers have no use of these pages (403).</li>
 * <li><b>Anyone</b> may self-register an enterprise at {@code /register}: the enterprise is PENDING and its admin
 * account DISABLED until the zone approves. The account is opened with a deliberately constructed system scope
 * (a zone admin of the chosen zone with user id 0, see {@code RegistrationDesk}) because there is no signed-in actor.</li>
 * </ul>
 * Rows outside the caller's tenant answer 404, exactly like missing ones.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
package gxq.org;
