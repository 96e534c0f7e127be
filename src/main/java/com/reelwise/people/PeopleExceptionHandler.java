package com.reelwise.people;

import com.reelwise.api.JsonProblemAdvice;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** RFC 7807 problems for the profile API, each with one sentence a person can act on. */
@RestControllerAdvice(basePackageClasses = PeopleExceptionHandler.class)
class PeopleExceptionHandler extends JsonProblemAdvice {

    @ExceptionHandler(ProfileAccessException.class)
    ProblemDetail access(ProfileAccessException e) {
        return ProblemDetail.forStatusAndDetail(e.keyMissing() ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(StorageUnavailableException.class)
    ProblemDetail storage(StorageUnavailableException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badPath(MethodArgumentTypeMismatchException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "'" + e.getValue() + "' is not a valid " + e.getName()
                + ("profileId".equals(e.getName()) ? " (a UUID from POST /api/profiles)." : " (a whole number)."));
    }

    @Override
    protected String exampleBody() {
        return "{\"verdict\":\"like\"}";
    }
}
