package com.reelwise.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.recommend.CandidateRanker;
import com.reelwise.recommend.Method;
import com.reelwise.recommend.Profile;
import com.reelwise.recommend.Recommendation;
import com.reelwise.recommend.RecommendationRequest;
import com.reelwise.recommend.Recommendations;
import com.reelwise.recommend.RequestValidator;
import com.reelwise.text.CatalogEmbeddings;
import com.reelwise.text.TextModelFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's content model life cycle with the real pretrained MiniLM on a tiny catalog. */
class TextModelManagerTest {

    @TempDir
    Path models;

    private static Movie movie(int id, String title, String genre, String overview) {
        return new Movie(id, null, null, title, List.of(), 2000, List.of(genre), overview, null, List.of(), List.of(), null, List.of(),
                null, 10, 4.0, 0);
    }

    private final Catalog catalog = Catalog.of(List.of(
            movie(1, "Toy Adventure", "Animation", "Toys come to life when their owner leaves the room."),
            movie(2, "Toy Rescue", "Animation", "A cowboy doll and a space ranger toy must rescue their friends."),
            movie(3, "Puppet Party", "Animation", "Living toys and puppets throw a party in a child's bedroom."),
            movie(4, "Doll House", "Animation", "Dolls in an old house wake up at night and play."),
            movie(5, "Bank Job", "Crime", "A crew of thieves plans a daring bank robbery in Los Angeles."),
            movie(6, "The Vault", "Crime", "Safecrackers break into the city's biggest vault."),
            movie(7, "Wedding Bells", "Romance", "Two strangers fall in love at a wedding in Paris.")));

    private TextModelManager manager(Recommendations recommendations, boolean compute) {
        CandidateRanker ranker = new CandidateRanker(catalog);
        return new TextModelManager(new TextModelManager.Settings(models, "ml-tiny", compute), catalog, ranker, recommendations, () -> null);
    }

    private Recommendations recommendations() {
        return new Recommendations(new RequestValidator(catalog), List.of(), Map.of());
    }

    @Test
    void firstStartEmbedsAndSavesNextStartLoadsWithoutReencoding() throws Exception {
        Recommendations first = recommendations();
        try (TextModelManager manager = manager(first, true)) {
            manager.start().get(5, TimeUnit.MINUTES);
            assertThat(manager.status().state()).isEqualTo(ModelStatus.State.READY);
        }
        Path saved = TextModelFolder.newest(models.resolve("text"), "ml-tiny").orElseThrow().dir();
        assertThat(CatalogEmbeddings.load(saved).size()).isEqualTo(7);

        Recommendations second = recommendations();
        try (TextModelManager again = manager(second, false)) {
            again.start().get(5, TimeUnit.MINUTES);
            assertThat(again.status().message()).startsWith("Content model loaded from ml-tiny-").endsWith("(pretrained encoder).");
            List<Recommendation> top = second.recommend(RecommendationRequest.of(Profile.liking(List.of(1, 2, 3)), Method.CONTENT, 1));
            assertThat(top.get(0).movie().movieId()).isEqualTo(4);
            // The hybrid waits for its ranker (HybridModelManager); the text model alone serves content and cluster.
            assertThat(second.available()).contains(Method.CONTENT, Method.CLUSTER).doesNotContain(Method.HYBRID);
            assertThat(saved.resolve("cluster")).isDirectory();
        }
    }

    @Test
    void indexAndClustersBuiltAheadAreMappedAtStartNotBuiltAgain() throws Exception {
        try (TextModelManager manager = manager(recommendations(), true)) {
            manager.start().get(5, TimeUnit.MINUTES);
        }
        Path saved = TextModelFolder.newest(models.resolve("text"), "ml-tiny").orElseThrow().dir();
        org.springframework.util.FileSystemUtils.deleteRecursively(saved.resolve(TextModelManager.INDEX_FOLDER));
        org.springframework.util.FileSystemUtils.deleteRecursively(saved.resolve(TextModelManager.CLUSTER_FOLDER));

        TextModelManager.prebuild(saved, CatalogEmbeddings.load(saved), catalog);
        Path films = saved.resolve(TextModelManager.INDEX_FOLDER).resolve("films.txt");
        Path clusters = saved.resolve(TextModelManager.CLUSTER_FOLDER).resolve(com.reelwise.cluster.ClusterModel.FILE_NAME);
        java.nio.file.attribute.FileTime longAgo = java.nio.file.attribute.FileTime.fromMillis(946_684_800_000L);
        Files.setLastModifiedTime(films, longAgo);
        Files.setLastModifiedTime(clusters, longAgo);

        Recommendations served = recommendations();
        try (TextModelManager again = manager(served, false)) {
            again.start().get(5, TimeUnit.MINUTES);
            assertThat(served.available()).contains(Method.CONTENT, Method.CLUSTER);
        }
        // a start that found them stale or unreadable would have built and saved them again
        assertThat(Files.getLastModifiedTime(films)).isEqualTo(longAgo);
        assertThat(Files.getLastModifiedTime(clusters)).isEqualTo(longAgo);
    }

    @Test
    void damagedEmbeddingsDisableContentAndHybridWithTheFix() throws Exception {
        Path artifact = Files.createDirectories(models.resolve("text").resolve("ml-tiny-20990101-000000"));
        Files.writeString(artifact.resolve(CatalogEmbeddings.FILE_NAME), "garbage");
        Recommendations recommendations = recommendations();
        try (TextModelManager manager = manager(recommendations, true)) {
            manager.start().get(1, TimeUnit.MINUTES);

            assertThat(manager.status().state()).isEqualTo(ModelStatus.State.UNAVAILABLE);
            assertThat(manager.status().message()).contains("are damaged").contains("exec:java@train");
            assertThat(recommendations.whyUnavailable(Method.HYBRID)).contains("are damaged");
        }
    }
}
