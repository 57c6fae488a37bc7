package gxq.region.internal;

/** What is wrong with one form field or import cell: a message key and its arguments; {@code field} null for the whole. */
record RiskProblem(String field, String key, Object... args) {
}
