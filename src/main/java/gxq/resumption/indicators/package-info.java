/**
 * Indicators of resumption (inside the resumption module, not exposed to other modules): 复工率, 复岗率 and 产能恢复率
 * of a zone and of the nation, kept in aggregate tables (V22) by synchronous listeners of {@code DailyReportSaved}
 * and {@code FilingStatusChanged}; the zone's dashboard and not-resumed list, the ministry's national view with a
 * map of provinces, and their .xlsx exports. Definitions and decisions: {@code docs/resumption-indicators.md}.
 */
package gxq.resumption.indicators;
