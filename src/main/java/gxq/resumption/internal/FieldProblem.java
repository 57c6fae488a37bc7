package gxq.resumption.internal;

/** One problem with a form: the field ({@code null} for the whole form), a message key and its arguments. */
public record FieldProblem(String field, String key, Object... args) {
}
