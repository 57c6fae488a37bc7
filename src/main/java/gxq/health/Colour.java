package gxq.health;

/** Health code colour, in increasing order of severity ({@link #compareTo} orders GREEN &lt; YELLOW &lt; RED). */
public enum Colour {
    GREEN,
    YELLOW,
    RED;

    /** The more severe of the two. */
    public Colour worst(Colour other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
