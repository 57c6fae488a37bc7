package gxq.health.declaration;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A declaration body that is not JSON (or not the expected shape) answers 400 problem+json in the caller's language,
 * like every other bad input, rather than Spring's default English answer.
 */
@RestControllerAdvice(assignableTypes = DeclarationApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DeclarationApiErrors {

    private final MessageSource messages;

    DeclarationApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception e, Locale locale) {
        String key = "health.api.error.body";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage(key, null, key, locale));
        problem.setProperty("code", key);
        return ResponseEntity.badRequest().body(problem);
    }
}
