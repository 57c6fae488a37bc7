package gxq.market.internal;

import java.util.List;

/** The post form has problems; each names its field and message key. Answered 422 with the typed form. */
class InvalidPost extends RuntimeException {

    record Problem(String field, String key, Object... args) {
    }

    private final transient List<Problem> problems;

    InvalidPost(List<Problem> problems) {
        super("invalid post " + problems.stream().map(Problem::key).toList());
        this.problems = List.copyOf(problems);
    }

    List<Problem> problems() {
        return problems;
    }
}
