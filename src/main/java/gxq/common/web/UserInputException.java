package gxq.common.web;

/**
 * Bad input from a person: answered with 4xx and the localized message {@code messageKey}, never a 500.
 * {@code field} names the form field at fault, when there is one.
 */
public class UserInputException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;
    private final String field;

    public UserInputException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    private UserInputException(String field, String messageKey, Object[] args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public static UserInputException onField(String field, String messageKey, Object... args) {
        return new UserInputException(field, messageKey, args);
    }

    public String messageKey() { return messageKey; }
    public Object[] args() { return args; }
    public String field() { return field; }
}
