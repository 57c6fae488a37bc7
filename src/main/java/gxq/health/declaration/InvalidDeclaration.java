package gxq.health.declaration;

import gxq.common.web.UserInputException;
import java.util.Map;

/** A declaration with bad fields: the first problem is the message (400 on the API), all are shown on the form. */
class InvalidDeclaration extends UserInputException {

    record Problem(String key, Object[] args) {
    }

    private final transient Map<String, Problem> problems;

    InvalidDeclaration(Map<String, Problem> problems) {
        super(problems.values().iterator().next().key(), problems.values().iterator().next().args());
        this.problems = Map.copyOf(problems);
    }

    Map<String, Problem> problems() {
        return problems;
    }
}
