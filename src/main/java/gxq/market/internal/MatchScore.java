package gxq.market.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * How well two posts of opposite sides fit, 0–100 (docs/market.md, "Scoring"):
 * <ul>
 * <li>category: 40 when the same, 0 otherwise;</li>
 * <li>keywords: 30 × Dice coefficient of the two keyword sets (2·|A∩B| / (|A|+|B|));</li>
 * <li>distance: 20 × (1 − d / 2,000 km), at least 0, between the two cities' centroids (same city: 20; a city without
 * coordinates: 0);</li>
 * <li>dates: 10 when the two date windows overlap, 0 otherwise.</li>
 * </ul>
 */
public record MatchScore(int total, boolean sameCategory, Set<String> commonKeywords, int keywordPoints,
        Integer distanceKm, int distancePoints, boolean datesOverlap, int datePoints) {

    public static final int CATEGORY_POINTS = 40;
    public static final int KEYWORD_POINTS = 30;
    public static final int DISTANCE_POINTS = 20;
    public static final int DATE_POINTS = 10;
    public static final double DISTANCE_HORIZON_KM = 2000;

    /** What scoring needs of a post. {@code from} may be null (from today on). */
    public record Scored(Category category, Set<String> keywords, String cityCode, LocalDate from, LocalDate until) {
    }

    public static MatchScore of(Scored a, Scored b, CityCoordinates cities, LocalDate today) {
        boolean sameCategory = a.category() == b.category();
        Set<String> common = new TreeSet<>(a.keywords());
        common.retainAll(b.keywords());
        int sizes = a.keywords().size() + b.keywords().size();
        double dice = sizes == 0 ? 0 : 2.0 * common.size() / sizes;
        int keywordPoints = (int) Math.round(KEYWORD_POINTS * dice);
        OptionalDouble d = cities.distanceKm(a.cityCode(), b.cityCode());
        int distancePoints = d.isEmpty() ? 0
                : (int) Math.round(DISTANCE_POINTS * Math.max(0, 1 - d.getAsDouble() / DISTANCE_HORIZON_KM));
        boolean overlap = overlaps(a.from(), a.until(), b.from(), b.until(), today);
        int datePoints = overlap ? DATE_POINTS : 0;
        int total = (sameCategory ? CATEGORY_POINTS : 0) + keywordPoints + distancePoints + datePoints;
        return new MatchScore(total, sameCategory, common, keywordPoints,
                d.isEmpty() ? null : (int) Math.round(d.getAsDouble()), distancePoints, overlap, datePoints);
    }

    /** Whether [fromA, untilA] and [fromB, untilB] share a day; a missing start means today. */
    static boolean overlaps(LocalDate fromA, LocalDate untilA, LocalDate fromB, LocalDate untilB, LocalDate today) {
        LocalDate startA = fromA == null ? today : fromA;
        LocalDate startB = fromB == null ? today : fromB;
        return !startA.isAfter(untilB) && !startB.isAfter(untilA);
    }

    /** Best first; ties by the nearer city. */
    public static <T> Comparator<T> best(java.util.function.Function<T, MatchScore> score) {
        return Comparator.comparing((T t) -> score.apply(t).total()).reversed()
                .thenComparing(t -> score.apply(t).distanceKm() == null ? Integer.MAX_VALUE : score.apply(t).distanceKm());
    }

    /** Sorts candidates best first (a convenience for tests and the service). */
    public static <T> List<T> rank(List<T> items, java.util.function.Function<T, MatchScore> score) {
        return items.stream().sorted(best(score)).toList();
    }
}
