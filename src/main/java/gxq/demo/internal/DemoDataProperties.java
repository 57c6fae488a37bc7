package gxq.demo.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the demo data generator (profile {@code demo} only). Sizes can be raised for benchmarks, e.g.
 * {@code --gxq.demo.enterprises-per-zone=200 --gxq.demo.employees-per-enterprise=200} gives 200,000 employees.
 *
 * @param zones                  zones to fill, by short name or full name as in the {@code zone} table
 * @param enterprisesPerZone     approved (ACTIVE) enterprises per zone, each with an enterprise admin
 * @param employeesPerEnterprise employees on the roster of every approved enterprise
 * @param pendingRegistrations   self-registrations awaiting review, in each of the first two zones
 * @param employeeLogins         employees with a login, in the first enterprise of each zone
 * @param password               the one password of every demo account (hashed once)
 * @param batchSize              rows per JDBC batch and per transaction
 * @param seed                   random seed: the same settings give the same names and numbers
 */
@ConfigurationProperties("gxq.demo")
public record DemoDataProperties(
        @DefaultValue({"中关村", "武汉东湖", "深圳", "苏州工业园区", "成都"}) List<String> zones,
        @DefaultValue("20") int enterprisesPerZone,
        @DefaultValue("30") int employeesPerEnterprise,
        @DefaultValue("3") int pendingRegistrations,
        @DefaultValue("3") int employeeLogins,
        @DefaultValue("Gxq@2020demo") String password,
        @DefaultValue("1000") int batchSize,
        @DefaultValue("20200228") long seed) {

    public DemoDataProperties {
        zones = zones == null ? List.of() : List.copyOf(zones);
        if (enterprisesPerZone < 1 || employeesPerEnterprise < 0 || pendingRegistrations < 0 || employeeLogins < 0) {
            throw new IllegalArgumentException("gxq.demo sizes must not be negative and enterprises-per-zone at least 1");
        }
        if (employeeLogins > employeesPerEnterprise) {
            throw new IllegalArgumentException("gxq.demo.employee-logins must not exceed employees-per-enterprise");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("gxq.demo.batch-size must be at least 1");
        }
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("gxq.demo.password must be set");
        }
    }
}
