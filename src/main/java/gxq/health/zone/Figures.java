package gxq.health.zone;

/**
 * Counts for a set of active employees (a zone, an enterprise, or one row of a table): by current colour, without a
 * colour yet, and how many declared today. {@link #rate()} is declared / employees, null when there is nobody.
 */
public record Figures(long employees, long green, long yellow, long red, long noStatus, long declaredToday) {

    static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0);

    public Double rate() {
        return employees == 0 ? null : (double) declaredToday / employees;
    }

    /** The rate as a percentage with one decimal ("85.3%"), or "—" when there is nobody. */
    public String ratePercent() {
        Double r = rate();
        return r == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f%%", r * 100);
    }
}
