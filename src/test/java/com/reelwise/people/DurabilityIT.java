package com.reelwise.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Faults on the packaged app, each run as its own process on an H2 file: kill -9 during a burst of feedback
 * writes loses none that were acknowledged; a second copy on the same (locked) database file starts, says
 * why profiles are unavailable and keeps recommending.
 */
class DurabilityIT {

    private static final int MOVIES = 400;
    private static final int WRITERS = 3;
    private static final int KILL_AFTER_ACKS = 60;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Process p : started) {
            p.destroyForcibly();
            p.waitFor();
        }
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("reelwise-.*\\.jar")).findFirst().orElse(null);
        }
    }

    private record App(Process process, String base) {
    }

    private App start(Path jar, Path data, Path dir) throws IOException {
        return start(jar, data, dir, List.of("--reelwise.db.url=jdbc:h2:file:" + dir.resolve("people") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE"));
    }

    private App start(Path jar, Path data, Path dir, List<String> database) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-jar", jar.toString(), "--server.port=" + port, "--reelwise.train-on-start=false", "--reelwise.fetch-on-start=false",
                "--reelwise.data-dir=" + data, "--reelwise.models-dir=" + dir.resolve("models")));
        command.addAll(database);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("DJL_OFFLINE", "true");
        builder.environment().put("OPT_OUT_TRACKING", "true");
        builder.redirectErrorStream(true).redirectOutput(dir.resolve("app-" + port + ".log").toFile());
        Process process = builder.start();
        started.add(process);
        App app = new App(process, "http://localhost:" + port);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> !process.isAlive() || call(app, "GET", "/api/movies/search?q=film", null, null).statusCode() == 200);
        assertThat(process.isAlive()).as("the app started; its log is in " + dir).isTrue();
        return app;
    }

    private HttpResponse<String> call(App app, String method, String path, String key, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.base() + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("X-Profile-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void killedDuringWritesKeepsEveryAcknowledgedOneAndALockedDatabaseIsASentence() throws Exception {
        Path jar = jar();
        assumeTrue(jar != null, "No packaged jar in target/; run through mvn verify (the package phase builds it)");
        Path dir = Files.createTempDirectory("reelwise-durability");
        Path data = TinyData.create(MOVIES);

        App first = start(jar, data, dir);
        String[] idAndKey = new String[2];
        Set<Integer> acked = burstThenKill(first, idAndKey);
        String id = idAndKey[0];
        String key = idAndKey[1];

        App second = start(jar, data, dir);
        HttpResponse<String> after = call(second, "GET", "/api/profiles/" + id, key, null);
        assertThat(after.statusCode()).isEqualTo(200);
        List<Integer> liked = new ArrayList<>();
        json.readTree(after.body()).get("liked").forEach(n -> liked.add(n.asInt()));
        assertThat(liked).as("every acknowledged write survives kill -9").containsAll(acked);

        // A second copy on the same file: H2 refuses it the file lock. It must start, say why, and still recommend.
        App locked = start(jar, data, dir);
        HttpResponse<String> refused = call(locked, "POST", "/api/profiles", null, "{}");
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json.readTree(refused.body()).get("detail").asText())
                .startsWith("Saved profiles are unavailable right now: the database file is in use by another program");
        HttpResponse<String> recommended = call(locked, "POST", "/api/recommendations", null, "{\"liked\":[1,2,3],\"method\":\"popular\"}");
        assertThat(recommended.statusCode()).isEqualTo(200);
        assertThat(json.readTree(recommended.body()).get("items").size()).isPositive();
        assertThat(locked.process().isAlive()).isTrue();
        assertThat(call(second, "GET", "/api/profiles/" + id, key, null).statusCode()).isEqualTo(200);
    }

    /** Writes likes from several threads until some are acknowledged, then kills the app with SIGKILL mid-burst. */
    private Set<Integer> burstThenKill(App first, String[] idAndKey) throws Exception {
        HttpResponse<String> created = call(first, "POST", "/api/profiles", null, "{\"name\":\"Burst\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode profile = json.readTree(created.body());
        String id = profile.get("profileId").asText();
        String key = profile.get("key").asText();
        idAndKey[0] = id;
        idAndKey[1] = key;

        Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int offset = w + 1;
            Thread writer = new Thread(() -> {
                for (int movie = offset; movie <= MOVIES && !stop.get(); movie += WRITERS) {
                    try {
                        HttpResponse<String> r = call(first, "PUT", "/api/profiles/" + id + "/feedback/" + movie, key, "{\"verdict\":\"like\"}");
                        if (r.statusCode() == 200) {
                            acknowledged.add(movie);
                        }
                    } catch (IOException killed) {
                        return;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
            writer.start();
            writers.add(writer);
        }
        await().atMost(Duration.ofMinutes(2)).until(() -> acknowledged.size() >= KILL_AFTER_ACKS);
        first.process().destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no orderly close of the database
        first.process().waitFor();
        stop.set(true);
        for (Thread writer : writers) {
            writer.join();
        }
        Set<Integer> acked = Set.copyOf(acknowledged);
        assertThat(acked.size()).isGreaterThanOrEqualTo(KILL_AFTER_ACKS).isLessThan(MOVIES);

        return acked;
    }

    @Test
    @EnabledIfEnvironmentVariable(named = PostgresForTests.URL, matches = ".+")
    void onPostgresKilledDuringWritesKeepsEveryAcknowledgedOne() throws Exception {
        Path jar = jar();
        assumeTrue(jar != null, "No packaged jar in target/; run through mvn verify (the package phase builds it)");
        Path dir = Files.createTempDirectory("reelwise-durability-pg");
        Path data = TinyData.create(MOVIES);
        List<String> postgres = List.of("--spring.profiles.active=postgres", "--reelwise.db.url=" + PostgresForTests.freshDatabase(),
                "--spring.datasource.username=" + PostgresForTests.user(), "--spring.datasource.password=" + PostgresForTests.password());

        String[] idAndKey = new String[2];
        Set<Integer> acked = burstThenKill(start(jar, data, dir, postgres), idAndKey);

        App second = start(jar, data, dir, postgres);
        HttpResponse<String> after = call(second, "GET", "/api/profiles/" + idAndKey[0], idAndKey[1], null);
        assertThat(after.statusCode()).isEqualTo(200);
        List<Integer> liked = new ArrayList<>();
        json.readTree(after.body()).get("liked").forEach(n -> liked.add(n.asInt()));
        assertThat(liked).as("every acknowledged write survives kill -9 on PostgreSQL").containsAll(acked);
    }
}
