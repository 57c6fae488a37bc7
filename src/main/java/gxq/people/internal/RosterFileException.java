package gxq.people.internal;

/** A roster file that cannot be imported at all; nothing of it is applied. {@code key} says why, for the person. */
class RosterFileException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    RosterFileException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args;
    }

    String key() { return key; }
    Object[] args() { return args; }
}
