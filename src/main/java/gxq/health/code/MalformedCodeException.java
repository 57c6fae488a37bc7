package gxq.health.code;

/** A token that is not a well-formed GXQ health code. Internal, cheap (no stack trace): forged input is common. */
final class MalformedCodeException extends Exception {

    MalformedCodeException(String message) {
        super(message, null, false, false);
    }
}
