package gxq.health.rules;

import java.util.List;
import java.util.Objects;

/** A reason code with its arguments; {@link #toString()} is the stored form, e.g. {@code FEVER(37.8, 2020-02-10)}. */
public record Reason(ReasonCode code, List<String> args) {

    public Reason {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    public static Reason of(ReasonCode code, Object... args) {
        return new Reason(code, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    @Override
    public String toString() {
        return code + "(" + String.join(", ", args) + ")";
    }
}
