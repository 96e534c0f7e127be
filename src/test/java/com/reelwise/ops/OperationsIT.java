package com.reelwise.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The running app as the Space sees it (the {@code space} profile), here without any data: the
 * session cookie works inside the huggingface.co iframe, health and readiness say what they should,
 * metrics stay on this machine, and oversized API bodies get a 413 sentence.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"reelwise.train-on-start=false", "reelwise.data-dir=target/no-data-here"})
@ActiveProfiles("space")
class OperationsIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void sessionCookieIsSameSiteNoneAndSecureSoTheSpaceIframeKeepsIt() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).singleElement()
                .satisfies(c -> assertThat(c).containsIgnoringCase("SameSite=None").containsIgnoringCase("Secure"));
    }

    @Test
    void livenessIsUpButReadinessWaitsForACatalogAndSaysWhy() throws Exception {
        HttpResponse<String> liveness = get("/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(json.readTree(liveness.body()).path("status").asText()).isEqualTo("UP");

        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(503);
        JsonNode body = json.readTree(readiness.body());
        assertThat(body.path("status").asText()).isEqualTo("OUT_OF_SERVICE");
        assertThat(body.at("/components/catalog/status").asText()).isEqualTo("OUT_OF_SERVICE");
        assertThat(body.at("/components/catalog/details/notices/0").asText()).contains("data");
        // Models never hold readiness back; their state is a detail.
        assertThat(body.at("/components/models/status").asText()).isEqualTo("UP");
        assertThat(body.at("/components/models/details").toString()).contains("Neural CF").contains("UNAVAILABLE");
    }

    @Test
    void onlyHealthAndInfoArePublicAndMetricsOnlyFromThisMachine() throws Exception {
        assertThat(get("/actuator/info").statusCode()).isEqualTo(200);
        // Not exposed: the path falls through to the Vaadin page, never to the environment or the beans.
        assertThat(get("/actuator/env").body()).doesNotContain("propertySources").doesNotContain("activeProfiles");
        assertThat(get("/actuator/beans").body()).doesNotContain("\"beans\"");
        assertThat(get("/actuator/metrics/jvm.memory.used").statusCode()).isEqualTo(200);
        // the load harness's NDArray leak gauge, one series per model (no model is loaded here)
        assertThat(get("/actuator/metrics/reelwise.djl.arrays").body()).contains("\"model\"").contains("\"ncf\"").contains("\"content\"");
        // Through the Space's proxy every request carries X-Forwarded-For.
        assertThat(get("/actuator/metrics/jvm.memory.used", "X-Forwarded-For", "203.0.113.7").statusCode()).isEqualTo(404);
    }

    @Test
    void oversizedBodiesGet413WithASentenceDeclaredOrChunked() throws Exception {
        String big = "{\"liked\":[1,2,3],\"mood\":\"" + "x".repeat(200_000) + "\"}";

        HttpResponse<String> declared = post("/api/recommendations", HttpRequest.BodyPublishers.ofString(big));
        HttpResponse<String> chunked = post("/api/recommendations", HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))));

        for (HttpResponse<String> response : List.of(declared, chunked)) {
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(json.readTree(response.body()).path("detail").asText()).startsWith("The request body is larger than 64 KB");
        }
        // A small chunked body is replayed to the controller untouched (here: no movies, so an unknown id).
        HttpResponse<String> small = post("/api/recommendations", HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream("{\"liked\":[1,2,3],\"method\":\"popular\"}".getBytes(StandardCharsets.UTF_8))));
        assertThat(small.statusCode()).isEqualTo(400);
        assertThat(json.readTree(small.body()).path("detail").asText()).contains("Unknown movie id 1");
    }
}
