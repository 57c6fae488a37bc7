package gxq.resumption.internal;

/** Someone saved the row in between: the page answers 409 and keeps what was typed. */
class EditConflict extends RuntimeException {

    EditConflict() {
        super("edit conflict", null, false, false);
    }
}
