/**
 * Zone reports to the ministry (report forms, periods, pre-filled and frozen figures, review) and the ministry's
 * national view.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Report")
package gxq.report;
