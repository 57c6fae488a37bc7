package gxq.report.reports;

/** One message of bad input: the form field at fault (null: the whole form), a message key and its arguments. */
record Problem(String field, String key, Object... args) {
}
