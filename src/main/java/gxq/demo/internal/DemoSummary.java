package gxq.demo.internal;

import java.time.Duration;
import java.util.List;

/** What one generation wrote and how long it took. */
record DemoSummary(List<DemoZone> zones, int enterprises, int pendingRegistrations, long employees, int accounts,
        Duration elapsed, Duration employeesElapsed) {

    /** Employees written per second (0 when none). */
    long employeesPerSecond() {
        long ms = Math.max(1, employeesElapsed.toMillis());
        return employees == 0 ? 0 : employees * 1000 / ms;
    }
}
