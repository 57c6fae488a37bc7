package gxq.health.zone;

/** One line of a figures table: an enterprise (or, for the ministry, a zone) and its counts. */
public record FigureRow(long id, String name, Figures figures) {
}
