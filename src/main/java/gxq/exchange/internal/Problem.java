package gxq.exchange.internal;

/** One thing wrong with the input: the form field (null: the whole form), a message key and its arguments. */
public record Problem(String field, String key, Object... args) {
}
