package gxq.common.web;

/** Page numbers from the query string: never negative, and never so large that page × size overflows an int. */
public final class Paging {

    /** Far beyond any real list (100,000 pages of 200 rows); keeps {@code page * size} within an int. */
    public static final int MAX_PAGE = 100_000;

    private Paging() {
    }

    public static int page(int requested) {
        return Math.max(0, Math.min(requested, MAX_PAGE));
    }
}
