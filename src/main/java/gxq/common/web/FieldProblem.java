package gxq.common.web;

import java.util.Arrays;
import java.util.Objects;

/**
 * One problem with a form: the field ({@code null} for the whole form), a message key and its arguments. Equal when
 * field, key and arguments are equal (the arguments compared by value).
 */
public record FieldProblem(String field, String key, Object... args) {

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldProblem p && Objects.equals(field, p.field) && Objects.equals(key, p.key)
                && Arrays.equals(args, p.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, key);
    }

    @Override
    public String toString() {
        return field + ":" + key + Arrays.toString(args);
    }
}
