package gxq.needs.cases;

/** One problem with a request: the form field ({@code null}: the whole form), a message key and its arguments. */
record Problem(String field, String key, Object... args) {
}
