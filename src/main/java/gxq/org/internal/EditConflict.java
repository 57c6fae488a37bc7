package gxq.org.internal;

/** Someone else saved the enterprise since the form was opened; carries the row as it is now. */
class EditConflict extends RuntimeException {

    private final transient EnterpriseRow current;

    EditConflict(EnterpriseRow current) {
        super("enterprise " + current.id() + " changed meanwhile");
        this.current = current;
    }

    EnterpriseRow current() {
        return current;
    }
}
