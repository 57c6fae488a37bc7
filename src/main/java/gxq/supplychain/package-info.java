/**
 * Supply chains (issue 5, part 3): enterprises declare their key suppliers and customers; the module shows which
 * enterprises are blocked and why, ranks the blocked points (堵点) by how many downstream enterprises and employees a
 * restart would free, and lets a zone ask another zone to coordinate (event {@link gxq.needs.CoordinationRequested}).
 * It keeps its own list of open LOGISTICS cases from {@link gxq.needs.NeedCaseChanged}. No public API of its own;
 * see docs/supplychain.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supply chains")
package gxq.supplychain;
