/**
 * Demo data for development, demonstrations and benchmarks. Active only with the Spring profile {@code demo}
 * ({@code mvn spring-boot:run} runs with it): on start, when the database has no accounts at all, it fills it with a
 * ministry admin, zone admins, zone staff, gate guards, enterprises (some awaiting review), their admins, employees
 * and a few employee logins, then prints the demo logins. A database that has any account is left alone.
 *
 * <p><b>Deliberate exception to the module rules:</b> this module writes straight into tables owned by other modules
 * ({@code enterprise} of {@code gxq.org}, {@code employee} of {@code gxq.people}, {@code app_user} of
 * {@code gxq.account}) with batched JDBC, instead of going through their APIs. It is a development tool: going through
 * the APIs would audit every row, check every actor and hash the password once per account, which is far too slow
 * for the hundreds of thousands of rows a benchmark asks for. It reads no other module's internals and nothing
 * depends on it, so it can be deleted without touching any other module. Keep it in step with the migrations.
 *
 * <p>All demo accounts share one password (setting {@code gxq.demo.password}) and are <em>not</em> asked to change
 * it at first login, unlike every real account. Never run the {@code demo} profile against production data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package gxq.demo;
