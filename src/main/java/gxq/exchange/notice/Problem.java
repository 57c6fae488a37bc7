package gxq.exchange.notice;

/** One problem of the input: the form field (null for the whole form), a message key and its arguments. */
record Problem(String field, String key, Object... args) {
}
