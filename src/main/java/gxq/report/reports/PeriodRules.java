package gxq.report.reports;

import gxq.common.web.FieldProblem;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Days and deadlines of report periods (days are Asia/Shanghai days). A proposal for a new period follows the form's
 * latest one (the next week or month) or, for a form without periods, is the current week or month; a one-off period
 * is the coming seven days. The default deadline is the end (24:00) of the day {@code deadlineDays} after the last day.
 */
final class PeriodRules {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final int MAX_DAYS = 366;

    private PeriodRules() {
    }

    record Days(LocalDate start, LocalDate end) {
    }

    static Days proposal(PeriodKind kind, LocalDate today, LocalDate latestEnd) {
        LocalDate from = latestEnd == null ? today : latestEnd.plusDays(1);
        return switch (kind) {
            case WEEKLY -> {
                LocalDate monday = latestEnd == null ? from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        : from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                yield new Days(monday, monday.plusDays(6));
            }
            case MONTHLY -> {
                LocalDate first = latestEnd == null ? from.withDayOfMonth(1)
                        : (from.getDayOfMonth() == 1 ? from : from.plusMonths(1).withDayOfMonth(1));
                yield new Days(first, first.with(TemporalAdjusters.lastDayOfMonth()));
            }
            case ONE_OFF -> new Days(today, today.plusDays(6));
        };
    }

    /** The end of the day {@code deadlineDays} after {@code end}, i.e. 00:00 of the following day in China. */
    static Instant deadline(LocalDate end, int deadlineDays) {
        return end.plusDays(deadlineDays + 1L).atStartOfDay(CHINA).toInstant();
    }

    /** The deadline as a {@code datetime-local} value in China time. */
    static LocalDateTime local(Instant deadline) {
        return LocalDateTime.ofInstant(deadline, CHINA);
    }

    /** Problems of a period the ministry is opening; an empty list when it may be opened. */
    static List<FieldProblem> check(LocalDate start, LocalDate end, Instant deadline, Instant now) {
        List<FieldProblem> out = new ArrayList<>();
        if (start == null) {
            out.add(new FieldProblem("start", "report.period.startRequired"));
        }
        if (end == null) {
            out.add(new FieldProblem("end", "report.period.endRequired"));
        }
        if (deadline == null) {
            out.add(new FieldProblem("deadline", "report.period.deadlineRequired"));
        }
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                out.add(new FieldProblem("end", "report.period.endBeforeStart"));
            } else if (end.toEpochDay() - start.toEpochDay() + 1 > MAX_DAYS) {
                out.add(new FieldProblem("end", "report.period.tooLong", MAX_DAYS));
            }
            if (start.getYear() < 2000 || end.getYear() > 2099) {
                out.add(new FieldProblem("start", "report.period.outOfRange"));
            }
        }
        if (deadline != null) {
            if (!deadline.isAfter(now)) {
                out.add(new FieldProblem("deadline", "report.period.deadlinePast"));
            } else if (end != null && deadline.isBefore(end.atStartOfDay(CHINA).toInstant())) {
                out.add(new FieldProblem("deadline", "report.period.deadlineBeforeEnd"));
            } else if (end != null && deadline.isAfter(end.plusDays(MAX_DAYS + 1L).atStartOfDay(CHINA).toInstant())) {
                // also keeps absurd years out of the database (PostgreSQL refuses years after 294276)
                out.add(new FieldProblem("deadline", "report.period.deadlineTooLate", MAX_DAYS));
            }
        }
        return out;
    }

    /** A report is overdue when the zone still owes it after the deadline. */
    static boolean overdue(Standing standing, Instant deadline, Instant now) {
        return standing.owed() && now.isAfter(deadline);
    }
}
