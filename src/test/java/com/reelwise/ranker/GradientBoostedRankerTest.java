package com.reelwise.ranker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GradientBoostedRankerTest {

    /** Queries of 20 rows: the one labelled 1 has the highest first feature plus noise; the second feature is noise. */
    private static RankingData queries(int count, long seed) {
        Random random = new Random(seed);
        RankingData.Builder data = new RankingData.Builder(2);
        for (int q = 0; q < count; q++) {
            float[] rows = new float[40];
            float[] labels = new float[20];
            int hit = random.nextInt(20);
            for (int r = 0; r < 20; r++) {
                rows[2 * r] = (float) (random.nextGaussian() + (r == hit ? 2 : 0));
                rows[2 * r + 1] = (float) random.nextGaussian();
            }
            labels[hit] = 1;
            data.add(rows, labels);
        }
        return data.build();
    }

    private static GradientBoostedRanker train(RankerSettings settings) {
        return GradientBoostedRanker.train(List.of("signal", "noise"), List.of(1, 0), queries(300, 1), queries(100, 2), settings, Map.of());
    }

    @Test
    void withoutEarlyStoppingEveryRoundIsKept() {
        try (GradientBoostedRanker ranker = train(new RankerSettings(25, 0, 0.1, 3, 1, 1, 1, 1, 7))) {
            assertEquals(25, ranker.info().bestRound());
            float[] rows = {2, 0, 0, 0, -2, 0};
            float[] scores = ranker.score(rows, 3);
            assertTrue(scores[0] > scores[1] && scores[1] > scores[2], Arrays.toString(scores));
        }
    }

    @Test
    void earlyStoppingKeepsTheBestValidationRound() {
        try (GradientBoostedRanker ranker = train(new RankerSettings(200, 5, 0.3, 3, 1, 1, 1, 1, 7))) {
            assertTrue(ranker.info().bestRound() >= 1 && ranker.info().bestRound() < 200, "best round " + ranker.info().bestRound());
        }
    }

    /** Two native threads and row sampling: the ranker's own part of training repeats bit for bit. */
    @Test
    void theSameDataAndSeedGiveTheSameRanker() {
        RankerSettings settings = new RankerSettings(60, 0, 0.05, 6, 1, 0.8, 0.9, 2, 43);
        float[] rows = new float[200];
        Random random = new Random(3);
        for (int i = 0; i < rows.length; i++) {
            rows[i] = (float) random.nextGaussian();
        }
        float[] first;
        try (GradientBoostedRanker ranker = train(settings)) {
            first = ranker.score(rows, 100);
        }
        for (int run = 0; run < 5; run++) {
            try (GradientBoostedRanker ranker = train(settings)) {
                assertArrayEquals(first, ranker.score(rows, 100), "run " + run);
            }
        }
    }
}
