package com.reelwise.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.reelwise.problems.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one advice for every JSON API of the app: each error is an RFC 7807 problem with one sentence a person can
 * act on. A {@link Problem} carries its own sentence and status; the framework's own refusals (malformed JSON,
 * a path value of the wrong type, a failed constraint) get a sentence here; anything else is a bug, answered 500
 * with a generic sentence while the stack trace goes to the log, so an internal message never reads as "bad input".
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(Problem.class)
    ProblemDetail problem(Problem e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.status()), e.getMessage());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalid(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream().map(ConstraintViolation::getMessage).sorted()
                .collect(Collectors.joining("; "));
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail + ".");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badPath(MethodArgumentTypeMismatchException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "'" + e.getValue() + "' is not a valid " + e.getName()
                + (UUID.class.equals(e.getRequiredType()) ? " (a UUID from POST /api/profiles)." : " (a whole number)."));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error in {} {}", request.getMethod(), request.getRequestURI(), e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; it has been logged. Please try again.");
    }

    /** Malformed JSON or a value of the wrong type: name the field when Jackson knows it. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String detail = "The request body is not valid JSON.";
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty() && !isSyntaxError(e)) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            detail = "The field '" + field + "' has a value of the wrong type.";
        } else if (e.getCause() == null && e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")) {
            detail = "Send a JSON body such as " + exampleBody(request) + ".";
        }
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = e.getAllErrors().stream().map(MessageSourceResolvable::getDefaultMessage).distinct().sorted()
                .collect(Collectors.joining("; "));
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail + "."));
    }

    /** A body the called endpoint accepts, for the "no body" sentence. */
    private static String exampleBody(WebRequest request) {
        String path = request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : "";
        return path.contains("/feedback/") ? "{\"verdict\":\"like\"}" : "{\"liked\":[1,2,3]}";
    }

    private static boolean isSyntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException) {
                return true;
            }
        }
        return false;
    }
}
