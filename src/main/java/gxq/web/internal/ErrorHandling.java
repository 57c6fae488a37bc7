package gxq.web.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import gxq.common.web.ConflictException;
import gxq.common.web.NotFoundException;
import gxq.common.web.UserInputException;

/**
 * Turns the platform's exceptions into 4xx answers with a message in the user's language: an error page for
 * browsers, RFC 9457 problem details for {@code /api/**}. Nothing here ever shows a stack trace.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring Boot's generic problem-details handler, which answers in English
class ErrorHandling {

    private final MessageSource messages;

    ErrorHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(UserInputException.class)
    Object badInput(UserInputException e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return answer(HttpStatus.BAD_REQUEST, e.messageKey(), e.args(), request, locale);
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request, Locale locale) {
        return answer(HttpStatus.NOT_FOUND, "error.notFound", null, request, locale);
    }

    /** An address with no page (typed or stale links): the same localized 404 as an unknown record, not JSON. */
    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    Object noPage(Exception e, HttpServletRequest request, Locale locale) {
        return answer(HttpStatus.NOT_FOUND, "error.notFound", null, request, locale);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request, Locale locale) {
        return answer(HttpStatus.METHOD_NOT_ALLOWED, "error.badRequest", null, request, locale);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object wrongMediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request, Locale locale) {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.badRequest", null, request, locale);
    }

    /**
     * Text PostgreSQL cannot store (a NUL character, SQLSTATE 22021) that a form let through: the input is bad, not the
     * server. Any other data error stays a server error.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    Object unstorableText(DataIntegrityViolationException e, HttpServletRequest request, Locale locale) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof java.sql.SQLException sql && "22021".equals(sql.getSQLState())) {
            return answer(HttpStatus.BAD_REQUEST, "error.badRequest", null, request, locale);
        }
        throw e;
    }

    @ExceptionHandler(ConflictException.class)
    Object conflict(ConflictException e, HttpServletRequest request, Locale locale) {
        return answer(HttpStatus.CONFLICT, e.messageKey(), null, request, locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request, Locale locale) {
        return answer(HttpStatus.BAD_REQUEST, "error.badParameter", new Object[] {e.getName()}, request, locale);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missingParameter(MissingServletRequestParameterException e, HttpServletRequest request, Locale locale) {
        return answer(HttpStatus.BAD_REQUEST, "error.missingParameter", new Object[] {e.getParameterName()}, request,
                locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request, Locale locale) {
        return answer(HttpStatus.BAD_REQUEST, "error.badRequest", null, request, locale);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, Locale locale) {
        return answer(HttpStatus.PAYLOAD_TOO_LARGE, "error.tooLarge", null, request, locale);
    }

    /** A multipart body the container refused to parse (too many parts, broken boundaries). */
    @ExceptionHandler(MultipartException.class)
    Object badMultipart(MultipartException e, HttpServletRequest request, Locale locale) {
        return answer(HttpStatus.BAD_REQUEST, "error.badMultipart", null, request, locale);
    }

    private Object answer(HttpStatus status, String key, Object[] args, HttpServletRequest request, Locale locale) {
        String message = messages.getMessage(key, args, key, locale);
        if (gxq.common.web.RequestPaths.isApi(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
            problem.setProperty("code", key);
            return ResponseEntity.status(status).body(problem);
        }
        ModelAndView page = new ModelAndView("error/problem", status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        return page;
    }
}
