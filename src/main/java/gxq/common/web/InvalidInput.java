package gxq.common.web;

import java.util.List;

/**
 * A form that cannot be saved, with every problem at once; nothing was changed. The page re-renders the form with status
 * 422, what was typed and the messages ({@link FormErrors}).
 */
public class InvalidInput extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super("invalid input", null, false, false);
        this.problems = List.copyOf(problems);
    }

    public InvalidInput(String field, String key, Object... args) {
        this(List.of(new FieldProblem(field, key, args)));
    }

    public static InvalidInput of(String field, String key, Object... args) {
        return new InvalidInput(field, key, args);
    }

    /** Throws when there is any problem. */
    public static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
