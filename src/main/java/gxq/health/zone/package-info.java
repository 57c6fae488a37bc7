/**
 * The zone's view of health (inside the health module, not exposed to other modules): alerts raised when someone
 * turns yellow or red or reports fever, and their acknowledgement by zone staff; counts by colour and today's
 * declaration rate for a zone, its enterprises, or (ministry) every zone; the home tiles and menu entries for them.
 *
 * <p>Reads {@code health_alert}, {@code health_status} and {@code health_declaration} (written by the declaration and
 * status parts of the module) together with {@code employee} and {@code enterprise}, always in aggregate or scoped SQL.
 * See {@code docs/health-zone.md} for the definitions of the figures.
 */
package gxq.health.zone;
