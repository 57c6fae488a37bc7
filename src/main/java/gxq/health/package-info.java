/**
 * Epidemic prevention: colour rules, signed health codes and (later) declarations, checkpoints and scans.
 *
 * <p>Public API: the module root ({@link gxq.health.Colour}, the event {@link gxq.health.HealthStatusChanged},
 * {@link gxq.health.RedStaff}: an enterprise's unresolved red-coded staff; {@link gxq.health.HealthFigures}: a zone's
 * figures for reports) and
 * two named interfaces: {@code code} ({@link gxq.health.code}: signed QR tokens, key ring, verifier) and
 * {@code rules} ({@link gxq.health.rules}: the versioned colour rule set and its pure decision function).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Health")
package gxq.health;
