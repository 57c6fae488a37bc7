package gxq.resumption.internal;

/** Someone saved the row in between: the page answers 409 and keeps what was typed. */
public class EditConflict extends RuntimeException {

    public EditConflict() {
        super("edit conflict", null, false, false);
    }
}
