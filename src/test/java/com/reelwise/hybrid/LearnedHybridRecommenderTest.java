package com.reelwise.hybrid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.reelwise.catalog.Movie;
import com.reelwise.ncf.NeuMfRecommender;
import com.reelwise.ncf.TinyNeuMf;
import com.reelwise.recommend.CandidateRanker;
import com.reelwise.recommend.Filters;
import com.reelwise.recommend.Method;
import com.reelwise.recommend.MovieExplainer;
import com.reelwise.recommend.MovieExplanation;
import com.reelwise.recommend.Profile;
import com.reelwise.recommend.Recommendation;
import com.reelwise.recommend.RecommendationRequest;
import com.reelwise.recommend.ScoreParts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    private static TinyEngine engine;
    private static NeuMfRecommender neumf;
    private static CandidateRanker catalog;
    private static LearnedHybridRecommender hybrid;
    private static MovieExplainer explainer;

    private static final List<Integer> LIKED = List.of(13, 14, 15, 16, 30);

    @BeforeAll
    static void setUp() {
        engine = TinyEngine.build(temp);
        neumf = engine.neumf;
        catalog = engine.positions;
        hybrid = engine.hybrid;
        explainer = new MovieExplainer(engine.recommendations, catalog, engine.evidence);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static RecommendationRequest request(List<Integer> liked, double alpha, double discovery) {
        return new RecommendationRequest(new Profile(liked, List.of(), List.of(), null), Method.HYBRID, Filters.NONE, 8, alpha, 0.0, null, discovery);
    }

    @Test
    void hnswCandidatesGiveTheExactListWhenTheIndexHoldsEveryFilm() throws Exception {
        for (String mood : java.util.Arrays.asList(null, "something tense")) {
            Profile profile = new Profile(LIKED, List.of(), List.of(), mood);
            RecommendationRequest exact = new RecommendationRequest(profile, Method.HYBRID, Filters.NONE, 8, 0.5, 0.0, null, 0,
                    com.reelwise.recommend.CandidateSearch.EXACT);
            RecommendationRequest hnsw = new RecommendationRequest(profile, Method.HYBRID, Filters.NONE, 8, 0.5, 0.0, null, 0,
                    com.reelwise.recommend.CandidateSearch.HNSW);
            List<Recommendation> expected = hybrid.recommend(exact);
            // no index yet: the hybrid scores every film, whatever was asked
            assertThat(hybrid.recommend(hnsw)).extracting(r -> r.movie().movieId()).isEqualTo(expected.stream().map(r -> r.movie().movieId()).toList());
            try (com.reelwise.ann.HnswIndex index = com.reelwise.ann.HnswIndex.build(engine.content.embeddings().vectorsByPosition(), n -> { })) {
                engine.content.useIndex(index);
                List<Recommendation> viaIndex = hybrid.recommend(hnsw);
                // the tiny catalog is smaller than the index's candidate count, so every film is found and scored exactly
                assertThat(viaIndex).extracting(r -> r.movie().movieId()).as("mood %s", mood)
                        .isEqualTo(expected.stream().map(r -> r.movie().movieId()).toList());
                assertThat(viaIndex).extracting(r -> r.explanation().text()).isEqualTo(expected.stream().map(r -> r.explanation().text()).toList());
            } finally {
                engine.content.useIndex(null);
            }
        }
    }

    @Test
    void pooledFilmsTheIndexLeftOutGetExactContentScores() throws Exception {
        HybridSources sources = new HybridSources(catalog, engine.content, SourceModels.of(engine.ncf, null, engine.taste));
        Profile profile = new Profile(LIKED, List.of(), List.of(), null);
        float[] exact = engine.content.scores(profile);
        try (com.reelwise.ann.HnswIndex index = com.reelwise.ann.HnswIndex.build(engine.content.embeddings().vectorsByPosition(), n -> { })) {
            engine.content.useIndex(index, 5);
            Signals s = sources.signals(profile, null, com.reelwise.recommend.CandidateSearch.HNSW);
            int[] pool = CandidatePool.of(s, Filters.NONE, sources);
            // this catalog is all reference films (scored whatever the index says): leave out what an index would leave out
            // at catalog scale, every pooled film past its five nearest
            int[] nearest = java.util.stream.IntStream.range(0, exact.length).filter(p -> !Float.isNaN(s.content()[p]))
                    .boxed().sorted((a, b) -> Float.compare(exact[b], exact[a])).limit(5).mapToInt(Integer::intValue).toArray();
            int leftOut = 0;
            for (int p : pool) {
                if (java.util.Arrays.stream(nearest).noneMatch(q -> q == p) && !Float.isNaN(exact[p])) {
                    s.content()[p] = Float.NaN;
                    leftOut++;
                }
            }
            assertThat(leftOut).isPositive();

            sources.completeContent(s, pool);

            for (int p : pool) {
                assertThat(s.content()[p]).as("film at %d", p).isCloseTo(exact[p], org.assertj.core.data.Offset.offset(1e-5f));
            }
        } finally {
            engine.content.useIndex(null);
        }
    }

    @Test
    void recommendsTheGroupOfTheLikedFilms() {
        List<Recommendation> top = hybrid.recommend(request(LIKED, 0.5, 0));


        long sameGroup = top.subList(0, 5).stream().filter(r -> (r.movie().movieId() - 1) / TinyNeuMf.ITEMS_PER_GROUP == 1).count();
        assertThat(sameGroup).isGreaterThanOrEqualTo(4);
        assertThat(top).extracting(r -> r.movie().movieId()).doesNotContainAnyElementsOf(LIKED);
    }

    @Test
    void whenMostPicksHaveOneDirectorTheirOtherFilmLikeThemLeadsTheList() {
        // Films 13, 16, 19 and 22 are group 1's films by Director 0; 14, 17, 20 and 23 by Director 1. Four picks, three
        // by one director: NeuMF needs three, so leaving one out still has its evidence.
        for (List<Integer> picks : List.of(List.of(13, 16, 19, 14), List.of(14, 17, 20, 13))) {
            int sameDirector = picks.get(2) + 3;
            Recommendation first = hybrid.recommend(request(picks, 0.5, 0)).get(0);
            assertThat(first.movie().movieId()).as("first for %s", picks).isEqualTo(sameDirector);
            assertThat(first.explanation().text()).endsWith("also directed by " + first.movie().director());
        }
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
    void aProfileTooLongToTestEveryPickStillNamesAPickWhoseRemovalLowersTheScore() {
        // 35 picks, more than the 30 that can each be left out: only each shown film's nearest picks are tested
        List<Integer> many = java.util.stream.IntStream.rangeClosed(1, 35).boxed().toList();
        assertThat(many.size()).isGreaterThan(LearnedHybridRecommender.EXPLAIN_LIMIT);
        RecommendationRequest request = request(many, 0.5, 0);
        int named = 0;
        for (Recommendation r : hybrid.recommend(request)) {
            if (r.explanation().becauseOf().isEmpty()) {
                continue;
            }
            int pick = r.explanation().becauseOf().get(0);
            assertThat(many).contains(pick);
            List<Integer> without = new ArrayList<>(many);
            without.remove(Integer.valueOf(pick));
            float after = hybrid.score(request.with(Profile.liking(without))).scores()[catalog.position(r.movie().movieId())];
            assertThat((double) after).as("score of %s without %s", r.movie().title(), pick).isLessThan(r.score());
            named++;
        }
        // before, a profile this long was never tested and every film read "close to your taste overall"
        assertThat(named).isPositive();
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
    void aMoodSentenceMovesFilmsThatMatchItUpAndSaysSo() {
        RecommendationRequest plain = request(LIKED, 0.5, 0);
        RecommendationRequest moody = plain.with(new Profile(LIKED, List.of(), List.of(), "something from group 3"));
        float[] before = hybrid.score(plain).scores();
        float[] after = hybrid.score(moody).scores();
        double matching = 0;
        double others = 0;
        int m = 0;
        int o = 0;
        for (int p = 0; p < before.length; p++) {
            if (before[p] > LearnedHybridRecommender.OUTSIDE_POOL / 2) {
                int group = (catalog.movieAt(p).movieId() - 1) / TinyNeuMf.ITEMS_PER_GROUP;
                if (group == 3) {
                    matching += after[p] - before[p];
                    m++;
                } else {
                    others += after[p] - before[p];
                    o++;
                }
            }
        }
        assertThat(m).isPositive();
        assertThat(matching / m).isGreaterThan(others / o + 0.1);

        RecommendationRequest wide = new RecommendationRequest(moody.profile(), Method.HYBRID, Filters.NONE, 40, 0.5, 0.0, null, 0);
        Recommendation matchingFilm = hybrid.recommend(wide).stream().filter(r -> group(r) == 3).findFirst().orElseThrow();
        assertThat(matchingFilm.parts().mood()).isPositive();
        assertThat(hybrid.recommend(plain)).allSatisfy(r -> assertThat(r.parts().mood()).isZero());
    }

    private static int group(Recommendation r) {
        return (r.movie().movieId() - 1) / TinyNeuMf.ITEMS_PER_GROUP;
    }

    @Test
    void theContentEndLiftsFilmsByTheirContentEvidenceAloneNeverByWeakCollaborativeEvidence() {
        List<Integer> mixed = List.of(13, 14, 15, 40, 41);
        float[] ranker = hybrid.score(request(mixed, 0.5, 0)).scores();
        float[] contentEnd = hybrid.score(request(mixed, 0.0, 0)).scores();
        float[] content = engine.content.scores(new Profile(mixed, List.of(), List.of(), null));
        List<Integer> pooled = new ArrayList<>();
        for (int p = 0; p < ranker.length; p++) {
            if (ranker[p] > LearnedHybridRecommender.OUTSIDE_POOL / 2 && !Float.isNaN(content[p])) {
                pooled.add(p);
            }
        }
        assertThat(pooled).hasSizeGreaterThan(10);
        // How far the slider moved each pooled film rises with its content score and with nothing else.
        pooled.sort((a, b) -> Float.compare(content[a], content[b]));
        for (int k = 1; k < pooled.size(); k++) {
            int lower = pooled.get(k - 1);
            int higher = pooled.get(k);
            assertThat((double) (contentEnd[higher] - ranker[higher])).as("films %d and %d", lower, higher)
                    .isGreaterThanOrEqualTo(contentEnd[lower] - ranker[lower] - 1e-4);
        }
    }

    @Test
    void theExplainerFindsTheNamedFilmAmongTheStrongestContributorsByLeavingEachOut() {
        RecommendationRequest request = request(LIKED, 0.5, 0);
        Recommendation top = hybrid.recommend(request).get(0);

        MovieExplanation explained = explainer.explain(request, top.movie().movieId());

        assertThat(explained.score()).isEqualTo((double) (float) top.score());
        assertThat(explained.explanation()).isEqualTo(top.explanation());
        MovieExplanation.Contribution strongest = explained.contributions().get(0);
        assertThat(strongest.delta()).isPositive();
        // The card's leave-one-out keeps the list's pool spread (the unit of the pick priors) where the movie page
        // scores the whole list again, so two nearly equal contributors may swap: the named one must be within 5%.
        int named = top.explanation().becauseOf().get(0);
        double namedDelta = explained.contributions().stream().filter(c -> c.movieId() == named).findFirst().orElseThrow().delta();
        assertThat(namedDelta).isGreaterThanOrEqualTo(0.95 * strongest.delta());
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
