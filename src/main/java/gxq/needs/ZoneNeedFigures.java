package gxq.needs;

/**
 * One zone's cases in a period (see docs/needs.md, Statistics).
 *
 * @param raised              cases raised in the period
 * @param solved              cases solved in the period (their latest solution), confirmed or awaiting confirmation
 * @param open                cases raised in the period that still wait for the zone or the ministry now
 *                            (new, accepted, reopened, escalated)
 * @param overdue             of those open ones, the ones past their deadline now
 * @param escalated           cases raised in the period that were escalated to the ministry at least once
 * @param rated               cases confirmed with a rating in the period
 * @param averageSatisfaction average rating (1–5) of those, {@code null} when none was rated
 */
public record ZoneNeedFigures(long zoneId, long raised, long solved, long open, long overdue, long escalated,
        long rated, Double averageSatisfaction) {
}
