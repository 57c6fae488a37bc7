package gxq.health.gate;

/** Passing a gate inwards or outwards. */
public enum Direction {
    IN, OUT;

    /** {@code "in"}/{@code "IN"} → IN; anything else is bad input. */
    static Direction parse(String text) {
        if (text != null) {
            for (Direction d : values()) {
                if (d.name().equalsIgnoreCase(text.strip())) {
                    return d;
                }
            }
        }
        throw gxq.common.web.UserInputException.onField("direction", "gate.error.direction");
    }
}
