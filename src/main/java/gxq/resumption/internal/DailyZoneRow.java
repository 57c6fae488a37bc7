package gxq.resumption.internal;

/** An active enterprise of the zone and its report of the chosen day ({@code null} when it has not reported). */
record DailyZoneRow(long enterpriseId, String enterpriseName, DailyReport report) {
}
