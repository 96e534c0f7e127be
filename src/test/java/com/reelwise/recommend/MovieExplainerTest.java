package com.reelwise.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.ncf.NeuMfRecommender;
import com.reelwise.ncf.TinyNeuMf;
import com.reelwise.problems.InvalidInputException;
import com.reelwise.ratings.Ratings;
import com.reelwise.text.CatalogEmbeddings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Explanations are faithful: the liked movie named as the largest contribution really carries the
 * score, for every method that blends the person's movies. A tiny NeuMF is trained on grouped
 * synthetic users, and the text embeddings follow the same groups, noisily.
 */
class MovieExplainerTest {

    @TempDir
    static Path temp;

    private static NeuMfRecommender neumf;
    private static CandidateRanker ranker;
    private static Recommendations recommendations;
    private static MovieExplainer explainer;

    @BeforeAll
    static void setUp() {
        int[][] pairs = TinyNeuMf.train(temp.resolve("ncf"));
        neumf = NeuMfRecommender.load(temp.resolve("ncf"));
        int[] ratingsPerMovie = new int[TinyNeuMf.ITEMS + 1];
        for (int[] pair : pairs) {
            ratingsPerMovie[pair[1]]++;
        }
        List<Movie> movies = new ArrayList<>();
        int[] ids = new int[TinyNeuMf.ITEMS];
        float[][] vectors = new float[TinyNeuMf.ITEMS][];
        Random random = new Random(5);
        for (int i = 0; i < TinyNeuMf.ITEMS; i++) {
            int id = 1 + i;
            int group = i / TinyNeuMf.ITEMS_PER_GROUP;
            movies.add(new Movie(id, null, null, "Movie " + id, List.of(), 2000, List.of("Genre" + group), null, null,
                    List.of("theme" + group, "kw" + (i % 5)), List.of(), "Director " + (i % 3), List.of(), null, ratingsPerMovie[id], 4.0, 0));
            ids[i] = id;
            float[] v = new float[12];
            v[group] = 1f;
            for (int d = 4; d < v.length; d++) {
                v[d] = (float) (0.6 * random.nextGaussian());
            }
            vectors[i] = unit(v);
        }
        Catalog catalog = Catalog.of(movies);
        ranker = new CandidateRanker(catalog);
        Ratings ratings = Ratings.fromRawIds(java.util.Arrays.stream(pairs).mapToInt(p -> p[0]).toArray(),
                java.util.Arrays.stream(pairs).mapToInt(p -> p[1]).toArray(), fives(pairs.length), new long[pairs.length]);
        CollaborativeEvidence evidence = new CollaborativeEvidence(ratings);
        NcfRecommender ncf = new NcfRecommender(neumf, ranker, evidence);
        ContentRecommender content = new ContentRecommender(new EmbeddingMatrix(new CatalogEmbeddings(ids, vectors), ranker), ranker,
                text -> new float[12]);
        recommendations = new Recommendations(new RequestValidator(catalog),
                List.of(new PopularRecommender(catalog, ranker), ncf, content), new EnumMap<>(Method.class));
        explainer = new MovieExplainer(recommendations, ranker, evidence);
    }

    @AfterAll
    static void close() {
        neumf.close();
    }

    private static float[] fives(int n) {
        float[] values = new float[n];
        java.util.Arrays.fill(values, 5f);
        return values;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        for (int d = 0; d < v.length; d++) {
            v[d] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    /** Four liked movies of group 1 and one of group 2: the explained movie is group 1's best unliked one. */
    private static RecommendationRequest request(Method method, List<Integer> liked) {
        return new RecommendationRequest(new Profile(liked, List.of(), List.of(), null), method, Filters.NONE, 5, 0.5, 0.0);
    }

    private static final List<Integer> LIKED = List.of(13, 14, 15, 16, 30);

    @ParameterizedTest
    @EnumSource(value = Method.class, names = {"CONTENT", "NCF"})
    void removingTheTopContributorLowersTheScore(Method method) {
        RecommendationRequest request = request(method, LIKED);
        Recommendation top = recommendations.recommend(request).get(0);
        int movieId = top.movie().movieId();

        MovieExplanation explained = explainer.explain(request, movieId);

        assertThat(explained.score()).isEqualTo((double) (float) top.score());
        assertThat(explained.rank()).isEqualTo(1);
        assertThat(explained.explanation()).isEqualTo(top.explanation());
        MovieExplanation.Contribution strongest = explained.contributions().get(0);
        assertThat(strongest.delta()).isPositive();
        assertThat(explained.contributions()).extracting(MovieExplanation.Contribution::delta)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        List<Integer> without = new ArrayList<>(LIKED);
        without.remove(Integer.valueOf(strongest.movieId()));
        float after = recommendations.recommender(method).score(request(method, without)).scores()[ranker.position(movieId)];
        assertThat((double) after).isLessThan(explained.score());
        assertThat(explained.score() - after).isCloseTo(strongest.delta(), org.assertj.core.data.Offset.offset(1e-5));
    }

    @Test
    void aLikedMovieIsExplainedButNotListed() {
        MovieExplanation explained = explainer.explain(request(Method.CONTENT, LIKED), 13);

        assertThat(explained.rank()).isNull();
        assertThat(explained.rankNote()).startsWith("Not listed: it is one of your own movies");
    }

    @Test
    void missingOrUnknownMovieIdsAreSentences() {
        assertThatThrownBy(() -> explainer.explain(request(Method.CONTENT, LIKED), null)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Name the movie to explain with \"movieId\"");
        assertThatThrownBy(() -> explainer.explain(request(Method.CONTENT, LIKED), 9999)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Unknown movie id 9999 in movieId; search for titles with /api/movies/search.");
    }
}
