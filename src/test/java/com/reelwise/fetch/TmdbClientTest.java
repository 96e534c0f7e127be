package com.reelwise.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reelwise.fetch.StubServer.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class TmdbClientTest {

    static final String V3_KEY = "0123456789abcdef0123456789abcdef";
    static final Clock NOW = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path cacheDir;

    private final StubServer stub = new StubServer();
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final AtomicInteger permits = new AtomicInteger();

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void cacheHitMakesNoRequest() throws Exception {
        Files.writeString(cacheDir.resolve("862.json"), "{\"id\":862,\"title\":\"cached\"}");
        stub.on("/3/movie/862", Reply.of(200, "{\"id\":862,\"title\":\"fresh\"}"));

        TmdbClient.Lookup lookup = client(V3_KEY).lookup(862);

        assertThat(lookup.json()).isEqualTo("{\"id\":862,\"title\":\"cached\"}");
        assertThat(stub.requests()).isEmpty();
    }

    @Test
    void fetchedAnswerIsCachedWithTheV3KeyAsQueryParameter() throws Exception {
        stub.on("/3/movie/862", Reply.of(200, "{\"id\":862}"));

        TmdbClient.Lookup lookup = client(V3_KEY).lookup(862);

        assertThat(lookup.found()).isTrue();
        assertThat(cacheDir.resolve("862.json")).hasContent("{\"id\":862}");
        assertThat(stub.requests()).singleElement().satisfies(seen -> {
            assertThat(seen.pathAndQuery()).isEqualTo("/3/movie/862?append_to_response=keywords,credits&api_key=" + V3_KEY);
            assertThat(seen.authorization()).isNull();
        });
        assertThat(permits).hasValue(1);
    }

    @Test
    void v4TokenIsSentAsBearerNotInTheUrl() {
        String token = "eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJ4In0.c2lnbmF0dXJl";
        stub.on("/3/movie/862", Reply.of(200, "{\"id\":862}"));

        client(token).lookup(862);

        assertThat(stub.requests()).singleElement().satisfies(seen -> {
            assertThat(seen.pathAndQuery()).isEqualTo("/3/movie/862?append_to_response=keywords,credits");
            assertThat(seen.authorization()).isEqualTo("Bearer " + token);
        });
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheRetryAfterSeconds() {
        stub.on("/3/movie/862",
                new Reply(429, "{}".getBytes(), Map.of("Retry-After", "7")),
                Reply.of(200, "{\"id\":862}"));

        TmdbClient.Lookup lookup = client(V3_KEY).lookup(862);

        assertThat(lookup.found()).isTrue();
        assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
        assertThat(stub.requests()).hasSize(2);
        assertThat(permits).hasValue(2);
    }

    @Test
    void retryAfterAsHttpDateAndServerErrorsBackOffExponentially() {
        stub.on("/3/movie/862",
                new Reply(503, new byte[0], Map.of("Retry-After", "Fri, 02 Jan 2026 03:04:35 GMT")),
                Reply.of(502, ""),
                Reply.of(500, ""),
                Reply.of(200, "{\"id\":862}"));

        assertThat(client(V3_KEY).lookup(862).found()).isTrue();
        // 30 s until the given date by the fixed clock, then 2 s and 4 s of backoff for attempts 2 and 3.
        assertThat(sleeps).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void notFoundIsCachedAsAFailedLookupAndNotAskedAgain() {
        stub.on("/3/movie/999999", Reply.of(404, "{\"success\":false,\"status_code\":34}"));

        TmdbClient.Lookup first = client(V3_KEY).lookup(999999);
        TmdbClient.Lookup again = client(V3_KEY).lookup(999999);

        assertThat(first.found()).isFalse();
        assertThat(again.found()).isFalse();
        assertThat(cacheDir.resolve("999999.json")).hasContent(TmdbClient.NOT_FOUND_JSON);
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void keyNeverAppearsInLogsOrExceptions(CapturedOutput output) {
        stub.on("/3/movie/862", Reply.of(500, "boom"));

        assertThatThrownBy(() -> client(V3_KEY).lookup(862))
                .isInstanceOf(FetchException.class)
                .hasMessage("TMDB still failed for /3/movie/862 after 6 attempts (HTTP 500); run again later, cached movies are kept.")
                .satisfies(e -> assertThat(e.toString()).doesNotContain(V3_KEY));
        // The key was really sent, so its absence from the output means something.
        assertThat(stub.requests()).hasSize(TmdbClient.MAX_ATTEMPTS)
                .allSatisfy(seen -> assertThat(seen.pathAndQuery()).contains(V3_KEY));
        assertThat(output.getAll()).contains("retrying").doesNotContain(V3_KEY);
        assertThat(cacheDir.resolve("862.json")).doesNotExist();
    }

    @Test
    void rejectedKeyStopsAtOnceWithoutRetrying() {
        stub.on("/3/movie/862", Reply.of(401, "{\"status_code\":7}"));

        assertThatThrownBy(() -> client(V3_KEY).lookup(862))
                .hasMessage("TMDB refused the API key (HTTP 401): check the environment variable TMDB_API_KEY.");
        assertThat(stub.requests()).hasSize(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void keyIsMaskedInItsStringForm() {
        assertThat(new TmdbKey(V3_KEY).toString()).doesNotContain(V3_KEY);
        assertThat(new TmdbKey(V3_KEY).redact("x?api_key=" + V3_KEY)).isEqualTo("x?api_key=***");
    }

    private TmdbClient client(String key) {
        return new TmdbClient(DatasetDownloader.defaultHttpClient(), stub.uri(""), new TmdbKey(key), cacheDir,
                permits::incrementAndGet, sleeps::add, NOW);
    }
}
