package gxq.org.internal;

import java.util.Arrays;

/** What is wrong with one form field: a message key and its arguments. {@code field} is null for the form as a whole. */
record FieldProblem(String field, String key, Object... args) {

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldProblem p && java.util.Objects.equals(field, p.field) && key.equals(p.key)
                && Arrays.equals(args, p.args);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(field, key);
    }

    @Override
    public String toString() {
        return field + ":" + key;
    }
}
