package gxq.resumption;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * @param enterprises    ACTIVE enterprises in scope on the day
 * @param resumed        of them resumed (复工) on the day
 * @param reported       of them with a daily report of the day
 * @param totalStaff     staff in those reports; {@code onDuty} of them on duty
 * @param resumptionRate 复工率 in percent, one decimal, null without enterprises (likewise 复岗率 {@code staffRate} and
 *                       产能恢复率 {@code capacityRate}, null when nothing could be counted)
 */
public record ZoneResumptionFigures(long zoneId, LocalDate day, long enterprises, long resumed, long reported,
        long totalStaff, long onDuty, BigDecimal resumptionRate, BigDecimal staffRate, BigDecimal capacityRate) {
}
