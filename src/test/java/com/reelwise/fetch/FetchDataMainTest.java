package com.reelwise.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.fetch.StubServer.Reply;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetchDataMainTest {

    @TempDir
    Path dataDir;

    private final StubServer stub = new StubServer();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void missingKeyWithTmdbFailsBeforeAnyDownload() {
        int status = run(Map.of(), "--data-dir", dataDir.toString(), "--tmdb",
                "--movielens-url", stub.uri("/movielens/").toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("--tmdb needs a TMDB API key (v3 key or v4 read"
                + " access token) in the environment variable TMDB_API_KEY; create one at"
                + " https://www.themoviedb.org/settings/api." + System.lineSeparator());
        assertThat(stub.requests()).isEmpty();
    }

    @Test
    void unknownDatasetAndUnknownOptionAreReported() {
        assertThat(run(Map.of(), "--data-dir", dataDir.toString(), "--dataset", "ml-1b")).isEqualTo(1);
        assertThat(run(Map.of(), "--frobnicate")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Unknown dataset 'ml-1b': choose one of ml-latest-small")
                .contains("Unknown option: '--frobnicate'")
                .contains("Usage: fetch-data");
    }

    @Test
    void downloadsThenEnrichesFromTmdbEndToEnd() throws Exception {
        stub.on("/movielens/ml-latest-small.zip",
                        new Reply(200, DatasetDownloaderTest.zip(DatasetDownloaderTest.releaseFiles("ml-latest-small")), Map.of()))
                .on("/3/movie/862", Reply.of(200, TmdbEnricherTest.TOY_STORY));

        int status = run(Map.of("TMDB_API_KEY", TmdbClientTest.V3_KEY), "--data-dir", dataDir.toString(), "--tmdb",
                "--movielens-url", stub.uri("/movielens/").toString(), "--tmdb-url", stub.uri("").toString());

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(TmdbApiMovies.read(TmdbApiMovies.file(dataDir))).extracting(TmdbApiMovie::title)
                .containsExactly("Toy Story");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("wrote 1 to").doesNotContain(TmdbClientTest.V3_KEY);
    }

    private int run(Map<String, String> env, String... args) {
        return FetchDataMain.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
