package com.reelwise.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reelwise.TestDatasets;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A sweep of bad input against the HTTP API on the real catalog: each gets a problem with one
 * sentence (never a stack trace), and after each the app still answers a normal request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "reelwise.train-on-start=false")
class BadInputIT {

    private static final String NORMAL = "{\"liked\":[1,2,3],\"method\":\"popular\",\"count\":5}";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void realData() {
        TestDatasets.require("ml-latest-small");
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"liked\":[1,2,", 400, "The request body is not valid JSON."),
                Arguments.of("not JSON at all", "liked=1,2,3", 400, "The request body is not valid JSON."),
                Arguments.of("empty body", "", 400, "Send a JSON body"),
                Arguments.of("wrong type for a list", "{\"liked\":\"Heat\",\"method\":\"popular\"}", 400, "The field 'liked' has a value of the wrong type."),
                Arguments.of("wrong type in a list", "{\"liked\":[1,\"two\",3],\"method\":\"popular\"}", 400, "The field 'liked[1]' has a value of the wrong type."),
                Arguments.of("wrong type for alpha", "{\"liked\":[1,2,3],\"method\":\"hybrid\",\"alpha\":\"high\"}", 400, "The field 'alpha' has a value of the wrong type."),
                Arguments.of("unknown method", "{\"liked\":[1,2,3],\"method\":\"magic\"}", 400, "Unknown method 'magic'; use one of"),
                Arguments.of("huge payload", "{\"liked\":[1,2,3],\"mood\":\"" + "a".repeat(300_000) + "\"}", 413, "The request body is larger than 64 KB"),
                Arguments.of("huge list of ids", "{\"liked\":[" + "1,".repeat(40_000) + "1]}", 413, "The request body is larger than 64 KB"),
                Arguments.of("unknown ids", "{\"liked\":[1,2,987654321],\"method\":\"popular\"}", 400, "Unknown movie id 987654321 in liked"),
                Arguments.of("fewer than 3 movies", "{\"liked\":[1,2],\"method\":\"popular\"}", 400, "Name at least 3 movies you like"),
                Arguments.of("alpha above 1", "{\"liked\":[1,2,3],\"method\":\"popular\",\"alpha\":1.5}", 400, "alpha must be between 0 and 1"),
                Arguments.of("alpha below 0", "{\"liked\":[1,2,3],\"method\":\"popular\",\"alpha\":-0.1}", 400, "alpha must be between 0 and 1"),
                Arguments.of("mood too long", "{\"liked\":[1,2,3],\"method\":\"popular\",\"mood\":\"" + "é".repeat(800) + "\"}", 400, "The mood text is 800 characters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void badRecommendationRequestsGetOneSentence(String what, String body, int status, String detailStart) throws Exception {
        HttpResponse<String> response = post(body);

        assertThat(response.statusCode()).as(what).isEqualTo(status);
        assertProblem(response, detailStart);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddButValidText")
    void unicodeControlCharactersAndMarkupInMoodAreJustText(String what, String mood) throws Exception {
        HttpResponse<String> response = post("{\"liked\":[1,2,3],\"method\":\"popular\",\"count\":5,\"mood\":" + json.writeValueAsString(mood) + "}");

        // Either served or refused with a sentence; never a server error, and never echoed back as markup.
        assertThat(response.statusCode()).as(what).isIn(200, 400);
        if (response.statusCode() == 400) {
            assertProblem(response, "");
        }
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("json");
        assertThat(response.body()).doesNotContain("<script");
    }

    static Stream<Arguments> oddButValidText() {
        return Stream.of(
                Arguments.of("unicode", "ねこ 🐈 café naïve Ωmega"),
                Arguments.of("control characters", "dark\u0000\u0007\u001b[31m thriller\r\n"),
                Arguments.of("right-to-left override", "\u202Eelttil\u202C"),
                Arguments.of("script tag", "<script>alert('x')</script> heist"));
    }

    @ParameterizedTest(name = "search for {0}")
    @MethodSource("oddQueries")
    void searchTakesAnyTextAndAnswersJson(String query) throws Exception {
        HttpResponse<String> response = get("/api/movies/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&limit=5");

        assertThat(response.statusCode()).isIn(200, 400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("json");
        assertThat(response.body()).doesNotContain("<script");
    }

    static Stream<String> oddQueries() {
        return Stream.of("<script>alert(1)</script>", "\u0000\u0001", "ねこ", "\"; DROP TABLE movies; --", "a".repeat(2000), "*?~^[]{}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPaths")
    void unknownOrMalformedIdsInPathsGetOneSentence(String path, int status) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(status);
        assertProblem(response, "");
    }

    static Stream<Arguments> badPaths() {
        return Stream.of(Arguments.of("/api/movies/987654321", 404), Arguments.of("/api/movies/search?q=heat&limit=-1", 400));
    }

    /** Spring's own wording for a path value of the wrong type: a problem naming the value, though not a full sentence. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongTypesInPaths")
    void wrongTypesInPathsNameTheValue(String path, String value) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json.readTree(response.body()).path("detail").asText()).contains("'" + value + "'");
        assertThat(response.body()).doesNotContain("Exception");
    }

    static Stream<Arguments> wrongTypesInPaths() {
        return Stream.of(Arguments.of("/api/movies/abc", "abc"), Arguments.of("/api/movies/search?q=heat&limit=many", "many"));
    }

    @AfterEach
    void stillServesANormalRequest() throws Exception {
        HttpResponse<String> response = post(NORMAL);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).path("items").size()).isEqualTo(5);
    }

    private void assertProblem(HttpResponse<String> response, String detailStart) throws IOException {
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        String detail = problem.path("detail").asText();
        assertThat(detail).startsWith(detailStart).matches("(?s)[A-Za-z'\"].*[.?!]");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("<script");
    }

    private HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/recommendations"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
