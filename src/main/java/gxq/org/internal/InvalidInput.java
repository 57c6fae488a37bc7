package gxq.org.internal;

import java.util.List;

/** Bad form input, every problem at once, so the form can mark each field. Pages answer 422, the API 400. */
class InvalidInput extends RuntimeException {

    private final transient List<FieldProblem> problems;

    InvalidInput(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    static InvalidInput of(String field, String key, Object... args) {
        return new InvalidInput(List.of(new FieldProblem(field, key, args)));
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
