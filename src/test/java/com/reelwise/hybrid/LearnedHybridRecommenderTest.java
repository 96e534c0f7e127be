package com.reelwise.hybrid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.ncf.NeuMfRecommender;
import com.reelwise.ncf.TinyNeuMf;
import com.reelwise.ranker.GradientBoostedRanker;
import com.reelwise.ranker.RankerSettings;
import com.reelwise.ratings.Ratings;
import com.reelwise.recommend.CandidateRanker;
import com.reelwise.recommend.CollaborativeEvidence;
import com.reelwise.recommend.ContentRecommender;
import com.reelwise.recommend.EmbeddingMatrix;
import com.reelwise.recommend.Filters;
import com.reelwise.recommend.Method;
import com.reelwise.recommend.MovieExplainer;
import com.reelwise.recommend.MovieExplanation;
import com.reelwise.recommend.NcfRecommender;
import com.reelwise.recommend.PopularRecommender;
import com.reelwise.recommend.Profile;
import com.reelwise.recommend.Recommendation;
import com.reelwise.recommend.RecommendationRequest;
import com.reelwise.recommend.Recommendations;
import com.reelwise.recommend.RequestValidator;
import com.reelwise.recommend.ScoreParts;
import com.reelwise.text.CatalogEmbeddings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The learned hybrid on a small world: a tiny NeuMF trained on grouped synthetic people, text embeddings that
 * follow the same groups noisily, and a ranker trained on those people's held-out films. Its lists, score
 * split, controls and "because you liked" claims are checked against its own scores.
 */
class LearnedHybridRecommenderTest {

    @TempDir
    static Path temp;

    private static NeuMfRecommender neumf;
    private static GradientBoostedRanker ranker;
    private static CandidateRanker catalog;
    private static LearnedHybridRecommender hybrid;
    private static MovieExplainer explainer;

    private static final List<Integer> LIKED = List.of(13, 14, 15, 16, 30);

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
            movies.add(new Movie(id, null, null, "Movie " + id, List.of(), 1990 + i % 20, List.of("Genre" + group), null, null,
                    List.of("theme" + group, "kw" + (i % 5)), List.of(), "Director " + (i % 3), List.of(), null, ratingsPerMovie[id], 3.5 + (i % 3) * 0.5,
                    50 * (1 + i % 7)));
            ids[i] = id;
            float[] v = new float[12];
            v[group] = 1f;
            for (int d = 4; d < v.length; d++) {
                v[d] = (float) (0.6 * random.nextGaussian());
            }
            vectors[i] = unit(v);
        }
        Catalog movieCatalog = Catalog.of(movies);
        catalog = new CandidateRanker(movieCatalog);
        Ratings ratings = Ratings.fromRawIds(Arrays.stream(pairs).mapToInt(p -> p[0]).toArray(), Arrays.stream(pairs).mapToInt(p -> p[1]).toArray(),
                fives(pairs.length), new long[pairs.length]);
        CollaborativeEvidence evidence = new CollaborativeEvidence(ratings);
        NcfRecommender ncf = new NcfRecommender(neumf, catalog, evidence);
        ContentRecommender content = new ContentRecommender(new EmbeddingMatrix(new CatalogEmbeddings(ids, vectors), catalog), catalog,
                text -> new float[12]);
        ranker = new HybridTrainer(catalog, content, SourceModels.of(ncf, null, null))
                .train(queries(pairs), new RankerSettings(60, 10, 0.1, 4, 0.01, 1, 1, 1, 9), false, Map.of("test", true));
        hybrid = new LearnedHybridRecommender(catalog, content, SourceModels.of(ncf, null, null), ranker, evidence);
        Recommendations recommendations = new Recommendations(new RequestValidator(movieCatalog),
                List.of(new PopularRecommender(movieCatalog, catalog), ncf, content, hybrid), new EnumMap<>(Method.class));
        explainer = new MovieExplainer(recommendations, catalog, evidence);
    }

    /**
     * Per synthetic person: four of their films as the profile, the rest held out; every other profile also
     * names one film of another group, as real people's tastes are never one group.
     */
    private static List<HybridTrainer.Query> queries(int[][] pairs) {
        Random random = new Random(11);
        Map<Integer, List<Integer>> byUser = new java.util.TreeMap<>();
        for (int[] p : pairs) {
            byUser.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[1]);
        }
        List<HybridTrainer.Query> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> e : byUser.entrySet()) {
            List<Integer> films = e.getValue();
            if (films.size() < 5) {
                continue;
            }
            List<Integer> profile = new ArrayList<>(films.subList(0, 4));
            if (random.nextBoolean()) {
                int other = 1 + random.nextInt(TinyNeuMf.ITEMS);
                if (!films.contains(other)) {
                    profile.add(other);
                }
            }
            out.add(new HybridTrainer.Query(e.getKey(), Profile.liking(profile), new HashSet<>(films.subList(4, films.size()))));
        }
        return out;
    }

    @AfterAll
    static void close() {
        ranker.close();
        neumf.close();
    }

    private static RecommendationRequest request(List<Integer> liked, double alpha, double discovery) {
        return new RecommendationRequest(new Profile(liked, List.of(), List.of(), null), Method.HYBRID, Filters.NONE, 8, alpha, 0.0, null, discovery);
    }

    @Test
    void recommendsTheGroupOfTheLikedFilms() {
        List<Recommendation> top = hybrid.recommend(request(LIKED, 0.5, 0));


        long sameGroup = top.subList(0, 5).stream().filter(r -> (r.movie().movieId() - 1) / TinyNeuMf.ITEMS_PER_GROUP == 1).count();
        assertThat(sameGroup).isGreaterThanOrEqualTo(4);
        assertThat(top).extracting(r -> r.movie().movieId()).doesNotContainAnyElementsOf(LIKED);
    }

    @Test
    void theFilmNamedInTheExplanationRaisesTheScore() {
        RecommendationRequest request = request(LIKED, 0.5, 0);
        int checked = 0;
        for (Recommendation r : hybrid.recommend(request)) {
            if (r.explanation().becauseOf().isEmpty()) {
                continue;
            }
            int named = r.explanation().becauseOf().get(0);
            assertThat(r.explanation().text()).startsWith("Because you liked Movie " + named);
            List<Integer> without = new ArrayList<>(LIKED);
            without.remove(Integer.valueOf(named));
            float after = hybrid.score(request.with(Profile.liking(without))).scores()[catalog.position(r.movie().movieId())];
            assertThat((double) after).as("score of %s without %s", r.movie().title(), named).isLessThan(r.score());
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
    }

    @Test
    void theScoreSplitIsTheRankersOwnAttributionAndSumsToTheScore() {
        for (Recommendation r : hybrid.recommend(request(LIKED, 0.5, 0))) {
            ScoreParts parts = r.parts();
            double sum = parts.collaborative() + parts.content() + parts.popularity() + parts.mood() + parts.base();
            assertThat(sum).isCloseTo(r.score(), within(1e-3));
            assertThat(r.explanation().details().get(0)).startsWith("Score split: ");
        }
    }

    @Test
    void theBalanceAndDiscoveryControlsMoveTheList() {
        List<Integer> mixed = List.of(13, 14, 15, 40, 41);
        List<Integer> balanced = ids(hybrid.recommend(request(mixed, 0.5, 0)));
        List<Integer> content = ids(hybrid.recommend(request(mixed, 0.0, 0)));
        List<Integer> collaborative = ids(hybrid.recommend(request(mixed, 1.0, 0)));
        assertThat(content).isNotEqualTo(collaborative);
        assertThat(Set.of(balanced, content, collaborative)).hasSizeGreaterThan(1);

        double known = meanRatings(hybrid.recommend(request(mixed, 0.5, 0)));
        double discovered = meanRatings(hybrid.recommend(request(mixed, 0.5, 1.0)));
        assertThat(discovered).isLessThan(known);
    }

    @Test
    void theExplainerFindsTheSameTopContributorByLeavingEachOut() {
        RecommendationRequest request = request(LIKED, 0.5, 0);
        Recommendation top = hybrid.recommend(request).get(0);

        MovieExplanation explained = explainer.explain(request, top.movie().movieId());

        assertThat(explained.score()).isEqualTo((double) (float) top.score());
        assertThat(explained.explanation()).isEqualTo(top.explanation());
        MovieExplanation.Contribution strongest = explained.contributions().get(0);
        assertThat(strongest.delta()).isPositive();
        assertThat(top.explanation().becauseOf()).startsWith(strongest.movieId());
    }

    @Test
    void scoringLeavesTheRankerAndNeuMfArraysAlone() {
        int before = neumf.managedArrayCount();
        for (int i = 0; i < 50; i++) {
            hybrid.recommend(request(List.of(1 + i % 40, 2 + i % 40, 3 + i % 40), 0.5, 0));
        }
        assertThat(neumf.managedArrayCount()).isEqualTo(before);
    }

    private static List<Integer> ids(List<Recommendation> list) {
        return list.stream().map(r -> r.movie().movieId()).toList();
    }

    private static double meanRatings(List<Recommendation> list) {
        return list.stream().mapToInt(r -> r.movie().ratingCount()).average().orElse(0);
    }

    private static float[] fives(int n) {
        float[] values = new float[n];
        Arrays.fill(values, 5f);
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
}
