package gxq.exchange.internal;

import java.util.List;

/** Bad input (422 with every problem at once); nothing was changed. */
public class InvalidInput extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidInput(List<Problem> problems) {
        super("invalid input", null, false, false);
        this.problems = List.copyOf(problems);
    }

    public InvalidInput(String field, String key, Object... args) {
        this(List.of(new Problem(field, key, args)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
