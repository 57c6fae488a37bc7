package gxq.resumption;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which enterprises count as resumed (复工) on a day: their first approved filing counts from the later of its planned
 * date and the approval day (the same rule as 复工率, see docs/resumption-indicators.md).
 */
public interface ResumptionStates {

    /** The ids of all enterprises, of every zone, resumed on {@code day}; one query, for graph-wide computations. */
    Set<Long> resumedOn(LocalDate day);

    /** Whether one enterprise counts as resumed on {@code day}. */
    boolean isResumed(long enterpriseId, LocalDate day);
}
