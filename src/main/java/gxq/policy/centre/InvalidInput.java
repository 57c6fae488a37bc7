package gxq.policy.centre;

import java.util.List;

/** Bad input (422, every problem at once); nothing was changed. */
class InvalidInput extends RuntimeException {

    private final transient List<Problem> problems;

    InvalidInput(List<Problem> problems) {
        super("invalid input", null, false, false);
        this.problems = List.copyOf(problems);
    }

    List<Problem> problems() {
        return problems;
    }
}
