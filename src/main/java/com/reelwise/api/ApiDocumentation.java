package com.reelwise.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's heading; springdoc serves it at /v3/api-docs and the Swagger UI at /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Reelwise API", version = "1",
        description = "Movie search, catalog records and personal recommendations with faithful explanations. "
                + "Errors are RFC 7807 problems (application/problem+json) whose detail is one sentence."))
class ApiDocumentation {
}
