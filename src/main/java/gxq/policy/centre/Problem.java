package gxq.policy.centre;

/** One problem of the input: the field at fault (or null), a message key and its arguments. */
record Problem(String field, String key, Object... args) {
}
