package com.reelwise.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The OpenAPI description and the Swagger UI over real HTTP, beside Vaadin's servlet (which could
 * otherwise answer these paths with its own page). No data and no models: documentation needs neither.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "reelwise.train-on-start=false")
class ApiDocsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void emptyFolders(DynamicPropertyRegistry registry) throws IOException {
        Path empty = Files.createTempDirectory("reelwise-api-docs");
        registry.add("reelwise.data-dir", () -> empty.resolve("data").toString());
        registry.add("reelwise.models-dir", () -> empty.resolve("models").toString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void openApiDocumentsEveryEndpointWithExamplesAndProblems() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode paths = JSON.readTree(response.body()).path("paths");
        assertThat(paths.has("/api/recommendations")).isTrue();
        assertThat(paths.has("/api/recommendations/explain")).isTrue();
        assertThat(paths.has("/api/movies/{movieId}")).isTrue();
        assertThat(paths.has("/api/movies/search")).isTrue();
        JsonNode recommend = paths.path("/api/recommendations").path("post");
        assertThat(recommend.path("summary").asText()).isNotBlank();
        assertThat(recommend.path("requestBody").path("content").path("application/json").path("examples").path("hybrid").path("value")
                .toString()).contains("\"liked\"").contains("\"alpha\"");
        assertThat(recommend.path("responses").path("400").path("content").has("application/problem+json")).isTrue();
        JsonNode explain = paths.path("/api/recommendations/explain").path("post");
        assertThat(explain.path("responses").path("400").path("content").has("application/problem+json")).isTrue();
        assertThat(JSON.readTree(response.body()).path("components").path("schemas").path("ExplainRequest").toString()).contains("movieId");
    }

    @Test
    void swaggerUiIsServedNotVaadin() throws Exception {
        HttpResponse<String> page = get("/swagger-ui.html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/swagger-ui/index.html");
        assertThat(page.body()).contains("swagger-ui").doesNotContain("vaadin");
        assertThat(get("/v3/api-docs/swagger-config").body()).contains("/v3/api-docs");
    }

    @Test
    void badInputOverHttpIsAProblemWithASentence() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/recommendations/explain"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"liked\":[1,2,3]}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(response.body()).path("detail").asText()).startsWith("Name the movie to explain with \"movieId\"");
    }
}
