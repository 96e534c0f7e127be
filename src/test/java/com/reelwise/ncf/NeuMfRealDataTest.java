package com.reelwise.ncf;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.TestDatasets;
import com.reelwise.ratings.Interactions;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;
import com.reelwise.ratings.RatingsReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** On ml-latest-small (skipped when absent): one short training shared by both checks. */
class NeuMfRealDataTest {

    private static final int HELD_OUT_USERS = 40;
    private static final int TOP = 20;

    private static NeuMfModel model;
    private static LeaveLatestOut.Split split;
    private static Interactions trainWithoutHeldOut;
    private static int[] heldOut;
    private static NeuMfConfig config;

    @BeforeAll
    static void trainShort() {
        TestDatasets.require("ml-latest-small/ratings.csv");
        MovieLensDataset dataset = MovieLensDataset.find(TestDatasets.dir(), "ml-latest-small").orElseThrow();
        Ratings ratings = RatingsReader.read(dataset);
        split = LeaveLatestOut.split(ratings, 0f);
        // People the model never sees, for the fold-in check: chosen among users with enough history.
        List<Integer> candidates = new ArrayList<>(IntStream.range(0, split.train().numUsers())
                .filter(u -> split.train().countOf(u) >= 40).boxed().toList());
        Collections.shuffle(candidates, new Random(11));
        heldOut = candidates.subList(0, HELD_OUT_USERS).stream().mapToInt(Integer::intValue).sorted().toArray();
        trainWithoutHeldOut = without(split.train(), heldOut);
        config = NeuMfConfig.defaults().withEpochs(4).withLearningRate(0.002f);
        model = new NeuMfModel(config);
        model.fit(trainWithoutHeldOut, without(split.validation(), heldOut));
    }

    @AfterAll
    static void close() {
        if (model != null) {
            model.close();
        }
    }

    private static Interactions without(Interactions all, int[] users) {
        List<int[]> pairs = new ArrayList<>();
        for (int u = 0; u < all.numUsers(); u++) {
            if (Arrays.binarySearch(users, u) < 0) {
                for (int i : all.itemsOf(u)) {
                    pairs.add(new int[] {u, i});
                }
            }
        }
        return Interactions.of(all.numUsers(), all.numItems(),
                pairs.stream().mapToInt(p -> p[0]).toArray(), pairs.stream().mapToInt(p -> p[1]).toArray());
    }

    @Test
    void validationHitRateBeatsPopularityOnTheSameHoldout() {
        Interactions validation = without(split.validation(), heldOut);
        SampledRanking ranking = SampledRanking.draw(trainWithoutHeldOut, validation, 99, 42);
        PopularityScores popular = new PopularityScores();
        popular.fit(trainWithoutHeldOut, validation);
        double neuMf = ranking.evaluate(model, 10).hitRate();
        double pop = ranking.evaluate(popular, 10).hitRate();
        assertThat(neuMf).isGreaterThan(pop);
    }

    @Test
    void foldedInUnseenPeopleGetTheirHeldOutMoviesRankedAbovePopularity() {
        NeuMfWeights weights = new NeuMfWeights(model.block(), config);
        FoldIn foldIn = new FoldIn(weights);
        int[] counts = trainWithoutHeldOut.itemCounts();
        Random random = new Random(5);
        int foldInHits = 0;
        int popularityHits = 0;
        for (int user : heldOut) {
            List<Integer> items = new ArrayList<>(Arrays.stream(split.train().itemsOf(user)).boxed().toList());
            Collections.shuffle(items, random);
            int half = items.size() / 2;
            int[] liked = items.subList(0, half).stream().mapToInt(Integer::intValue).toArray();
            List<Integer> hidden = items.subList(half, items.size());
            float[] scores = weights.probabilities(foldIn.fit(liked, new int[0], config.negatives(),
                    config.foldInSteps(), config.foldInLearningRate(), config.seed()));
            float[] popularity = new float[counts.length];
            for (int i = 0; i < counts.length; i++) {
                popularity[i] = counts[i];
            }
            foldInHits += hits(scores, liked, hidden);
            popularityHits += hits(popularity, liked, hidden);
        }
        assertThat(foldInHits).isGreaterThan(popularityHits);
    }

    /** Hidden movies among the top {@link #TOP} by score, the liked ones excluded. */
    private static int hits(float[] scores, int[] liked, List<Integer> hidden) {
        boolean[] skip = new boolean[scores.length];
        for (int i : liked) {
            skip[i] = true;
        }
        Integer[] order = IntStream.range(0, scores.length).filter(i -> !skip[i]).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> Float.compare(scores[b], scores[a]));
        int hits = 0;
        for (int r = 0; r < TOP; r++) {
            if (hidden.contains(order[r])) {
                hits++;
            }
        }
        return hits;
    }
}
