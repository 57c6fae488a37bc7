package gxq.resumption.internal;

import java.util.List;

/** A form that cannot be saved; the page re-renders it with status 422 and what was typed. */
public class InvalidInput extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super("invalid input", null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
