package com.reelwise.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reelwise.fetch.StubServer.Reply;
import com.reelwise.ratings.MovieLensDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TmdbEnricherTest {

    /** Trimmed from a real TMDB answer for Toy Story; cast listed out of billing order on purpose. */
    static final String TOY_STORY = """
            {"id":862,"imdb_id":"tt0114709","title":"Toy Story","release_date":"1995-10-30",
             "overview":"Led by Woody, Andy's toys live happily in his room.","tagline":"",
             "poster_path":"/uXDfjJbdP4ijW5hWSBrPrlKpxab.jpg","vote_average":7.97,"vote_count":18253,
             "genres":[{"id":16,"name":"Animation"},{"id":12,"name":"Adventure"}],
             "keywords":{"keywords":[{"id":931,"name":"jealousy"},{"id":4290,"name":"toy"}]},
             "credits":{
               "cast":[{"name":"Don Rickles","order":3},{"name":"Tom Hanks","order":0},{"name":"Tim Allen","order":1},
                       {"name":"Jim Varney","order":2},{"name":"Wallace Shawn","order":4},{"name":"John Ratzenberger","order":5}],
               "crew":[{"name":"Bonnie Arnold","job":"Producer"},{"name":"John Lasseter","job":"Director"},
                       {"name":"Someone Else","job":"Director"}]}}
            """;

    @TempDir
    Path dataDir;

    private final StubServer stub = new StubServer();
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void writesOneJsonLinePerFoundMovieWithExactlyTheAgreedFields() throws Exception {
        MovieLensDataset dataset = dataset("""
                movieId,imdbId,tmdbId\r
                1,0114709,862\r
                2,0113497,999999\r
                3,0000001,\r
                4,0114709,862\r
                """);
        stub.on("/3/movie/862", Reply.of(200, TOY_STORY)).on("/3/movie/999999", Reply.of(404, "{}"));
        Path out = TmdbApiMovies.file(dataDir);

        TmdbEnricher.Summary summary = enricher().enrich(dataset, out);

        assertThat(summary).isEqualTo(new TmdbEnricher.Summary(2, 2, 1, 1, out));
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(1);
        JsonNode line = new ObjectMapper().readTree(lines.get(0));
        List<String> fields = new ArrayList<>();
        line.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("tmdbId", "imdbId", "title", "year", "overview", "tagline", "genres",
                "keywords", "director", "cast", "posterUrl", "voteAverage", "voteCount");
        assertThat(line.get("tmdbId").isInt()).isTrue();
        assertThat(line.get("year").isInt()).isTrue();
        assertThat(line.get("tagline").isNull()).isTrue();
        assertThat(TmdbApiMovies.read(out)).containsExactly(new TmdbApiMovie(862, "tt0114709", "Toy Story", 1995,
                "Led by Woody, Andy's toys live happily in his room.", null, List.of("Animation", "Adventure"),
                List.of("jealousy", "toy"), "John Lasseter",
                List.of("Tom Hanks", "Tim Allen", "Jim Varney", "Don Rickles", "Wallace Shawn"),
                "https://image.tmdb.org/t/p/w500/uXDfjJbdP4ijW5hWSBrPrlKpxab.jpg", 7.97, 18253));
    }

    @Test
    void reRunFetchesOnlyWhatIsMissing() throws Exception {
        MovieLensDataset dataset = dataset("movieId,imdbId,tmdbId\n1,0114709,862\n2,0113228,15602\n");
        Files.createDirectories(dataDir.resolve("tmdb-api/cache"));
        Files.writeString(dataDir.resolve("tmdb-api/cache/862.json"), TOY_STORY);
        stub.on("/3/movie/15602", Reply.of(200, "{\"id\":15602,\"title\":\"Grumpier Old Men\",\"release_date\":\"\"}"));

        TmdbEnricher.Summary first = enricher().enrich(dataset, TmdbApiMovies.file(dataDir));
        TmdbEnricher.Summary second = enricher().enrich(dataset, TmdbApiMovies.file(dataDir));

        assertThat(stub.requests()).extracting(StubServer.Seen::pathAndQuery)
                .singleElement().asString().startsWith("/3/movie/15602?");
        assertThat(first.fetched()).isEqualTo(1);
        assertThat(second.fetched()).isZero();
        List<TmdbApiMovie> movies = TmdbApiMovies.read(TmdbApiMovies.file(dataDir));
        assertThat(movies).extracting(TmdbApiMovie::tmdbId).containsExactly(862, 15602);
        // No imdb_id from TMDB: the links.csv one is used; no release date means no year.
        assertThat(movies.get(1).imdbId()).isEqualTo("tt0113228");
        assertThat(movies.get(1).year()).isNull();
        assertThat(movies.get(1).posterUrl()).isNull();
        assertThat(movies.get(1).cast()).isEmpty();
    }

    @Test
    void releaseWithoutLinksFileIsRefusedClearly() throws Exception {
        Path dir = Files.createDirectories(dataDir.resolve("ml-100k"));
        MovieLensDataset ml100k = new MovieLensDataset("ml-100k", dir, MovieLensDataset.Format.ML_100K);

        assertThatThrownBy(() -> enricher().enrich(ml100k, TmdbApiMovies.file(dataDir)))
                .hasMessage("ml-100k has no links.csv with TMDB ids, so --tmdb cannot enrich it; use a CSV release such as ml-latest-small.");
    }

    private TmdbEnricher enricher() {
        TmdbClient client = new TmdbClient(DatasetDownloader.defaultHttpClient(), stub.uri(""),
                new TmdbKey(TmdbClientTest.V3_KEY), dataDir.resolve("tmdb-api/cache"), () -> { }, sleeps::add,
                TmdbClientTest.NOW);
        return new TmdbEnricher(client, DatasetDownloaderTest.SILENT, 2);
    }

    private MovieLensDataset dataset(String links) throws Exception {
        Path dir = Files.createDirectories(dataDir.resolve("ml-latest-small"));
        Files.writeString(dir.resolve("links.csv"), links);
        return new MovieLensDataset("ml-latest-small", dir, MovieLensDataset.Format.CSV);
    }
}
