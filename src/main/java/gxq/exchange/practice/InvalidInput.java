package gxq.exchange.practice;

import java.util.List;

/** Bad input (422 with every problem at once); nothing was changed. */
class InvalidInput extends RuntimeException {

    private final transient List<Problem> problems;

    InvalidInput(List<Problem> problems) {
        super("invalid input", null, false, false);
        this.problems = List.copyOf(problems);
    }

    InvalidInput(String field, String key, Object... args) {
        this(List.of(new Problem(field, key, args)));
    }

    List<Problem> problems() {
        return problems;
    }
}
