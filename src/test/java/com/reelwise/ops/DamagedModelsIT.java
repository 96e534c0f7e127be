package com.reelwise.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reelwise.ReelwiseApplication;
import com.reelwise.ncf.TrainNeuMf;
import com.reelwise.ratings.TinyRelease;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * A damaged model artifact never stops the app: it starts, serves the methods that still work, and
 * says on /api/models (and in the banner on every page, which reads the same state) which folder is
 * damaged and how to fix it. Runs the whole app on a tiny generated MovieLens release: the first start
 * trains both models for real, then each case damages a copy of what it saved.
 */
class DamagedModelsIT {

    private static final Duration SETTLE = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path work;
    static Path data;
    static Path trained;

    @BeforeAll
    static void trainBothModelsOnce() throws Exception {
        data = TinyRelease.write(work.resolve("data"), 60, 12);
        trained = work.resolve("trained");
        try (App app = App.start(data, trained)) {
            JsonNode models = app.settledModels();
            assertThat(models.findValuesAsText("state")).as(models.toString()).containsOnly("READY");
        }
    }

    @Test
    void truncatedNcfParametersDisableNcfOnlyWithTheFix() throws Exception {
        Path models = copyOfTrained("truncated-params");
        Path params = only(models.resolve("ncf"), "*.params");
        byte[] bytes = Files.readAllBytes(params);
        Files.write(params, java.util.Arrays.copyOf(bytes, bytes.length / 3));

        try (App app = App.start(data, models)) {
            assertNcfDamagedButTheRestServes(app, params.getParent());
        }
    }

    @Test
    void garbageNcfConfigDisablesNcfOnlyWithTheFix() throws Exception {
        Path models = copyOfTrained("garbage-config");
        Path config = only(models.resolve("ncf"), "config.json");
        Files.writeString(config, "{\"factors\": \"many\", oops");

        try (App app = App.start(data, models)) {
            assertNcfDamagedButTheRestServes(app, config.getParent());
        }
    }

    @Test
    void garbageEmbeddingsDisableContentAndHybridWithTheFixWhileNcfServes() throws Exception {
        Path models = copyOfTrained("garbage-embeddings");
        Path embeddings = only(models.resolve("text"), "catalog-embeddings.bin");
        Files.write(embeddings, new byte[] {1, 2, 3, 4, 5, 6, 7});

        try (App app = App.start(data, models)) {
            JsonNode content = model(app.settledModels(), "Content (sentence encoder)");
            assertThat(content.path("state").asText()).isEqualTo("UNAVAILABLE");
            assertThat(content.path("message").asText()).contains(embeddings.getParent().toString()).contains("damaged")
                    .contains("Delete the folder").contains("exec:java@train");
            assertThat(app.recommend("content").statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(app.recommend("hybrid").body()).path("detail").asText()).contains("damaged");
            assertThat(app.recommend("ncf").statusCode()).isEqualTo(200);
            assertThat(app.recommend("popular").statusCode()).isEqualTo(200);
            assertThat(app.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void missingEmbeddingsAreRecomputedAtStart() throws Exception {
        Path models = copyOfTrained("missing-embeddings");
        Path embeddings = only(models.resolve("text"), "catalog-embeddings.bin");
        Files.delete(embeddings);

        try (App app = App.start(data, models)) {
            JsonNode content = model(app.settledModels(), "Content (sentence encoder)");
            assertThat(content.path("state").asText()).isEqualTo("READY");
            assertThat(app.recommend("content").statusCode()).isEqualTo(200);
        }
        try (Stream<Path> saved = Files.walk(models.resolve("text"))) {
            assertThat(saved.filter(p -> p.getFileName().toString().equals("catalog-embeddings.bin"))).hasSize(1);
        }
    }

    private static void assertNcfDamagedButTheRestServes(App app, Path artifact) throws Exception {
        JsonNode ncf = model(app.settledModels(), "Neural CF");
        assertThat(ncf.path("state").asText()).isEqualTo("UNAVAILABLE");
        assertThat(ncf.path("message").asText()).contains(artifact.toString()).contains("damaged")
                .contains("Delete the folder").contains("exec:java@train");
        HttpResponse<String> refused = app.recommend("ncf");
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(refused.body()).path("detail").asText()).contains("damaged");
        assertThat(app.recommend("popular").statusCode()).isEqualTo(200);
        assertThat(app.recommend("content").statusCode()).isEqualTo(200);
        assertThat(app.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    private static JsonNode model(JsonNode models, String name) {
        for (JsonNode item : models.path("items")) {
            if (item.path("model").asText().equals(name)) {
                return item;
            }
        }
        throw new AssertionError("no model '" + name + "' in " + models);
    }

    private static Path copyOfTrained(String name) throws IOException {
        Path copy = work.resolve(name);
        FileSystemUtils.copyRecursively(trained, copy);
        return copy;
    }

    private static Path only(Path root, String glob) throws IOException {
        var matcher = root.getFileSystem().getPathMatcher("glob:" + glob);
        try (Stream<Path> files = Files.walk(root)) {
            // the served files, not the cluster's or the held-out copy the hybrid's ranker learned from
            return files.filter(p -> matcher.matches(p.getFileName())).filter(p -> !p.toString().contains("cluster"))
                    .filter(p -> !p.getParent().getFileName().toString().equals(TrainNeuMf.HOLDOUT))
                    .min(Comparator.naturalOrder()).orElseThrow(() -> new AssertionError("no " + glob + " under " + root));
        }
    }

    /** The whole app on a free port. */
    private record App(ConfigurableApplicationContext context, int port) implements AutoCloseable {

        static App start(Path data, Path models) {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(ReelwiseApplication.class).run(
                    "--server.port=0", "--reelwise.data-dir=" + data, "--reelwise.models-dir=" + models, "--reelwise.train-on-start=true");
            return new App(context, Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> recommend(String method) throws IOException, InterruptedException {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/recommendations"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"liked\":[1,2,3],\"method\":\"" + method + "\",\"count\":5}")).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** /api/models once no model is loading or training any more (bounded wait, polled; no fixed sleep). */
        JsonNode settledModels() throws Exception {
            long deadline = System.nanoTime() + SETTLE.toNanos();
            while (true) {
                JsonNode models = JSON.readTree(get("/api/models").body());
                boolean moving = models.findValuesAsText("state").stream().anyMatch(s -> s.equals("LOADING") || s.equals("TRAINING"));
                if (!moving) {
                    return models;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("models still moving after " + SETTLE + ": " + models);
                }
                Thread.sleep(200);
            }
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
