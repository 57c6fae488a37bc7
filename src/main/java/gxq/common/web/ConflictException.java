package gxq.common.web;

/** Someone else changed the record since it was read (optimistic locking), or a state transition no longer applies. */
public class ConflictException extends RuntimeException {

    private final String messageKey;

    public ConflictException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() { return messageKey; }
}
