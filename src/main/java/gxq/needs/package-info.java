/**
 * Enterprises' difficulties (诉求) as tracked cases: raised by an enterprise, worked by its zone, escalated to the
 * ministry when the zone cannot solve them, confirmed and rated by the enterprise.
 *
 * <p>Public API: {@link gxq.needs.NeedCategory}, the event {@link gxq.needs.NeedCaseChanged} (every change of a
 * case's state) and the event {@link gxq.needs.CoordinationRequested}, which other modules (supply chains) publish to
 * open a coordination case addressed to another zone.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Needs")
package gxq.needs;
