package com.reelwise.cluster;

import com.reelwise.recommend.ClusterMode;
import com.reelwise.recommend.ClusterRecommender;
import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.TestDatasets;
import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.CatalogLoader;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.recommend.CandidateRanker;
import com.reelwise.recommend.Method;
import com.reelwise.recommend.Profile;
import com.reelwise.recommend.Recommendation;
import com.reelwise.recommend.RecommendationRequest;
import com.reelwise.text.CatalogEmbeddings;
import com.reelwise.catalog.Movie;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** On the real catalog with bag-of-keywords vectors; skipped where the shared data sets are absent. */
class ClusterRealDataTest {

    private static final int TOY_STORY = 1;
    /** Toy Story, Toy Story 2, A Bug's Life, Monsters, Inc., Finding Nemo, The Incredibles, Cars, Ratatouille, WALL·E, Up. */
    private static final List<Integer> PIXAR = List.of(1, 3114, 2355, 4886, 6377, 8961, 45517, 50872, 60069, 68954);

    @Test
    void clustersTheRealCatalogWithMeaningfulLabels() {
        TestDatasets.require("ml-latest-small/movies.csv");
        Catalog catalog = new CatalogLoader(TestDatasets.dir(), false)
                .load(MovieLensDataset.find(TestDatasets.dir(), "ml-latest-small"));
        CatalogEmbeddings vectors = KeywordVectors.of(catalog, KeywordVectors.DEFAULT_DIMENSION);
        // A coarse grid and a smaller sample keep this to seconds; the exec main runs the full grid.
        List<Integer> grid = List.of(8, 16, 24, 32, 40);

        ClusterModel model = ClusterModelBuilder.build(vectors, catalog, 42, new ClusterModelBuilder.Options(grid, 1500, 30, false));

        assertThat(grid).contains(model.kSelection().chosenK());
        assertThat(model.k()).isEqualTo(model.kSelection().chosenK());
        assertThat(model.labels()).allSatisfy(label -> assertThat(label.text()).isNotBlank());
        // The label of Toy Story's cluster speaks of Toy Story: it shares a term or genre with the film itself.
        Movie toy = catalog.byId(TOY_STORY).orElseThrow();
        ClusterLabel toyStory = model.label(model.clusterOf(TOY_STORY));
        List<String> ownTerms = new ArrayList<>(toy.keywords());
        ownTerms.addAll(toy.genres());
        assertThat(ownTerms).containsAnyElementsOf(toyStory.terms().isEmpty() ? toyStory.genres() : concat(toyStory.terms(), toyStory.genres()));
        // The cluster most Pixar films fall in is labelled as animation (the lift labeler called the
        // Toy Story cluster "christmas · holiday · Children"; Toy Story itself may sit with friendship films).
        ClusterLabel pixar = model.label(majority(model, PIXAR));
        assertThat(pixar.text().toLowerCase(java.util.Locale.ROOT)).containsAnyOf("animat", "toy", "pixar", "cartoon");
        // No label is made of production trivia such as "woman director" or "duringcreditsstinger".
        assertThat(model.labels()).allSatisfy(label -> {
            assertThat(label.terms()).doesNotContainAnyElementsOf(ClusterLabeler.STOP_TERMS);
            assertThat(List.of(label.text().toLowerCase(java.util.Locale.ROOT).split(" · "))).doesNotContainAnyElementsOf(ClusterLabeler.STOP_TERMS);
        });
        // Clusters group like with like: each cluster's most common genre covers far more of it than in a random split.
        assertThat(genrePurity(catalog, model, false)).isGreaterThan(1.3 * genrePurity(catalog, model, true));
        assertThat(model.map().points()).hasSize(vectors.size());

        List<Recommendation> more = new ClusterRecommender(model, vectors, catalog, new CandidateRanker(catalog), ClusterMode.MORE_OF_MINE)
                .recommend(RecommendationRequest.of(Profile.liking(List.of(TOY_STORY)), Method.CLUSTER, 10));
        assertThat(more).hasSize(10).allSatisfy(r -> assertThat(model.clusterOf(r.movie().movieId())).isEqualTo(model.clusterOf(TOY_STORY)));
    }

    private static int majority(ClusterModel model, List<Integer> movieIds) {
        Map<Integer, Long> counts = new HashMap<>();
        movieIds.forEach(id -> counts.merge(model.clusterOf(id), 1L, Long::sum));
        return counts.entrySet().stream().filter(e -> e.getKey() >= 0).max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Size-weighted share of each cluster held by its most common genre; shuffled = the same cluster sizes at random. */
    private static double genrePurity(Catalog catalog, ClusterModel model, boolean shuffled) {
        List<Movie> clustered = catalog.movies().stream().filter(m -> model.clusterOf(m.movieId()) >= 0 && !m.genres().isEmpty()).toList();
        List<Integer> assignments = new ArrayList<>(clustered.stream().map(m -> model.clusterOf(m.movieId())).toList());
        if (shuffled) {
            Collections.shuffle(assignments, new Random(42));
        }
        Map<Integer, Map<String, Integer>> counts = new HashMap<>();
        for (int i = 0; i < clustered.size(); i++) {
            int cluster = assignments.get(i);
            for (String genre : clustered.get(i).genres()) {
                counts.computeIfAbsent(cluster, k -> new HashMap<>()).merge(genre, 1, Integer::sum);
            }
        }
        double covered = 0;
        for (var entry : counts.entrySet()) {
            covered += entry.getValue().values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
        return covered / clustered.size();
    }
}
