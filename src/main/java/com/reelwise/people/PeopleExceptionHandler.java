package com.reelwise.people;

import com.reelwise.recommend.InvalidRequestException;
import com.reelwise.recommend.MethodUnavailableException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** RFC 7807 problems for the profile API, each with one sentence a person can act on. */
@RestControllerAdvice(basePackageClasses = PeopleExceptionHandler.class)
class PeopleExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(ProfileAccessException.class)
    ProblemDetail access(ProfileAccessException e) {
        return ProblemDetail.forStatusAndDetail(e.keyMissing() ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(StorageUnavailableException.class)
    ProblemDetail storage(StorageUnavailableException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MethodUnavailableException.class)
    ProblemDetail unavailable(MethodUnavailableException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badPath(MethodArgumentTypeMismatchException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "'" + e.getValue() + "' is not a valid " + e.getName()
                + ("profileId".equals(e.getName()) ? " (a UUID from POST /api/profiles)." : " (a whole number)."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String detail = e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")
                ? "This call needs a JSON body, for example {\"verdict\":\"like\"}."
                : "The request body is not valid JSON or has a value of the wrong type.";
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail));
    }
}
