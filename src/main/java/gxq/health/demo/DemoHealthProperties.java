package gxq.health.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the health demo data (profile {@code demo} only; see {@link DemoHealthData}).
 *
 * @param enabled             whether to write health demo data at all (turn off for load benchmarks that want no
 *                            declarations yet)
 * @param days                days of declarations, ending today (1–14)
 * @param declaredTodayPercent share of each zone's active employees who have declared today
 */
@ConfigurationProperties("gxq.demo.health")
public record DemoHealthProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("3") int days,
        @DefaultValue("88") int declaredTodayPercent) {

    public DemoHealthProperties {
        if (days < 1 || days > 14) {
            throw new IllegalArgumentException("gxq.demo.health.days must lie between 1 and 14");
        }
        if (declaredTodayPercent < 0 || declaredTodayPercent > 100) {
            throw new IllegalArgumentException("gxq.demo.health.declared-today-percent must lie between 0 and 100");
        }
    }
}
