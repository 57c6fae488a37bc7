package gxq.people.internal;

import java.util.List;

/** The form's input has problems; the form is shown again with them and with everything that was typed (422). */
class InvalidEmployeeException extends RuntimeException {

    private final transient List<RowValidator.Problem> problems;

    InvalidEmployeeException(List<RowValidator.Problem> problems) {
        super("invalid employee input");
        this.problems = List.copyOf(problems);
    }

    List<RowValidator.Problem> problems() {
        return problems;
    }
}
