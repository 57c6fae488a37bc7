package gxq.region.internal;

import java.util.List;

/** Bad input for a risk entry, every problem at once; pages answer 422 and keep what was typed. */
class InvalidRisk extends RuntimeException {

    private final transient List<RiskProblem> problems;

    InvalidRisk(List<RiskProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    List<RiskProblem> problems() {
        return problems;
    }
}
