package com.reelwise.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.reelwise.eval.Metrics;
import com.reelwise.eval.RankingModel;
import com.reelwise.eval.SweptModel;
import com.reelwise.eval.ValidationScore;
import com.reelwise.ratings.Interactions;
import com.reelwise.recommend.HybridRecommender;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

class HybridModelTest {

    /** A component with given scores, counting its fits. */
    static final class Fixed implements RankingModel {
        final BiConsumer<Integer, float[]> scores;
        int fits;

        Fixed(BiConsumer<Integer, float[]> scores) {
            this.scores = scores;
        }

        @Override
        public String name() {
            return "fixed";
        }

        @Override
        public void fit(Interactions train, Interactions validation) {
            fits++;
        }

        @Override
        public void scores(int user, float[] out) {
            scores.accept(user, out);
        }
    }

    // 12 users, 8 items. Users 1..11 rate items 0..5 (n = 11, "warm"); items 6 and 7 have no train rating ("cold").
    static final int USERS = 12;
    static final int ITEMS = 8;

    static Interactions warmTrain() {
        List<int[]> pairs = new ArrayList<>();
        for (int u = 1; u < USERS; u++) {
            for (int i = 0; i < 6; i++) {
                pairs.add(new int[] {u, i});
            }
        }
        return interactions(USERS, ITEMS, pairs);
    }

    static Interactions interactions(int users, int items, List<int[]> pairs) {
        return Interactions.of(users, items, pairs.stream().mapToInt(p -> p[0]).toArray(), pairs.stream().mapToInt(p -> p[1]).toArray());
    }

    static float[] random(int user, int salt) {
        Random random = new Random(user * 31L + salt);
        float[] out = new float[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            out[i] = (float) random.nextGaussian();
        }
        return out;
    }

    private static float[] scores(RankingModel model, int user) {
        float[] out = new float[ITEMS];
        model.scores(user, out);
        return out;
    }

    private static SweptModel.Variant variant(HybridModel model, String name) {
        return model.variants().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyRowBlendsWithTheServersRuleAndTheComponentsAreFittedOnce() {
        Fixed cf = new Fixed((u, out) -> System.arraycopy(random(u, 1), 0, out, 0, ITEMS));
        Fixed content = new Fixed((u, out) -> System.arraycopy(random(u, 2), 0, out, 0, ITEMS));
        HybridModel hybrid = new HybridModel(cf, content);
        Interactions train = warmTrain();
        hybrid.fit(train, Interactions.of(USERS, ITEMS, new int[0], new int[0]));
        assertThat(hybrid.variants()).extracting(SweptModel.Variant::name).containsExactly("cf", "content",
                "hybrid-a0.00", "hybrid-a0.10", "hybrid-a0.25", "hybrid-a0.50", "hybrid-a0.75", "hybrid-a0.90", "hybrid-a1.00", "hybrid");
        assertThat(cf.fits).isEqualTo(1);
        assertThat(content.fits).isEqualTo(1);

        int user = 3;
        float[] logits = random(user, 1);
        logits[6] = Float.NaN;
        logits[7] = Float.NaN;
        float[] cfZ = HybridRecommender.zScores(logits);
        float[] contentZ = HybridRecommender.zScores(random(user, 2));
        for (SweptModel.Variant v : hybrid.variants().subList(2, 10)) {
            double alpha = (double) v.settings().get("alpha");
            float[] out = new float[ITEMS];
            v.scorer().scores(user, out);
            for (int i = 0; i < ITEMS; i++) {
                assertThat(out[i]).isEqualTo(HybridRecommender.blend(alpha, train.itemCounts()[i], cfZ[i], contentZ[i]));
            }
        }
        float[] alone = new float[ITEMS];
        variant(hybrid, "cf").scorer().scores(user, alone);
        assertThat(alone).containsExactly(random(user, 1));
        variant(hybrid, "content").scorer().scores(user, alone);
        assertThat(alone).containsExactly(random(user, 2));
    }

    @Test
    void alphaOneRanksWarmItemsLikeTheCfModelAndAlphaZeroRanksLikeContent() {
        // Content cannot tell the warm items apart (equal scores), so at α = 1 only CF orders them.
        Fixed cf = new Fixed((u, out) -> System.arraycopy(random(u, 1), 0, out, 0, ITEMS));
        Fixed content = new Fixed((u, out) -> {
            float[] r = random(u, 2);
            for (int i = 0; i < ITEMS; i++) {
                out[i] = i < 6 ? 0.3f : r[i];
            }
        });
        HybridModel hybrid = new HybridModel(cf, content);
        Interactions train = warmTrain();
        hybrid.fit(train, Interactions.of(USERS, ITEMS, new int[0], new int[0]));
        for (int user = 0; user < USERS; user++) {
            int[] warmByCf = Metrics.topK(scores(cf, user), 6, i -> i >= 6);
            float[] one = new float[ITEMS];
            variant(hybrid, "hybrid-a1.00").scorer().scores(user, one);
            assertThat(Metrics.topK(one, 6, i -> i >= 6)).containsExactly(warmByCf);

            float[] zero = new float[ITEMS];
            variant(hybrid, "hybrid-a0.00").scorer().scores(user, zero);
            assertThat(Metrics.topK(zero, ITEMS, i -> false)).containsExactly(Metrics.topK(scores(content, user), ITEMS, i -> false));
        }
    }

    @Test
    void coldItemsNeverGetCfWeight() {
        // CF gives the cold items 6 and 7 absurd scores; the hybrid must ignore them at every α.
        Fixed cf = new Fixed((u, out) -> {
            System.arraycopy(random(u, 1), 0, out, 0, ITEMS);
            out[6] = 1e6f;
            out[7] = -1e6f;
        });
        Fixed content = new Fixed((u, out) -> System.arraycopy(random(u, 2), 0, out, 0, ITEMS));
        HybridModel hybrid = new HybridModel(cf, content);
        hybrid.fit(warmTrain(), Interactions.of(USERS, ITEMS, new int[0], new int[0]));
        for (int user = 0; user < USERS; user++) {
            float[] contentZ = HybridRecommender.zScores(random(user, 2));
            for (SweptModel.Variant v : hybrid.variants().subList(2, 10)) {
                float[] out = new float[ITEMS];
                v.scorer().scores(user, out);
                assertThat(out[6]).isEqualTo(contentZ[6]);
                assertThat(out[7]).isEqualTo(contentZ[7]);
            }
        }
    }

    @Test
    void alphaIsTunedOnValidationOnlyEvenWhenTestWouldPreferAnother() {
        // Users 0..9: train item u, validation item u+1, test item u+2 (mod 10). CF finds the
        // validation item, content the test item. Users 10..59 make every item warm (n = 50).
        int users = 60;
        int items = 10;
        List<int[]> train = new ArrayList<>();
        List<int[]> validation = new ArrayList<>();
        List<int[]> test = new ArrayList<>();
        for (int u = 0; u < 10; u++) {
            train.add(new int[] {u, u});
            validation.add(new int[] {u, (u + 1) % 10});
            test.add(new int[] {u, (u + 2) % 10});
        }
        for (int u = 10; u < users; u++) {
            for (int i = 0; i < items; i++) {
                train.add(new int[] {u, i});
            }
        }
        Interactions trainPart = interactions(users, items, train);
        Interactions validationPart = interactions(users, items, validation);
        Interactions testPart = interactions(users, items, test);
        Fixed cf = new Fixed((u, out) -> favour(u, out, (u + 1) % 10, 11));
        Fixed content = new Fixed((u, out) -> favour(u, out, (u + 2) % 10, 12));
        HybridModel hybrid = new HybridModel(cf, content);
        hybrid.fit(trainPart, validationPart);

        Map<Double, Double> byAlpha = hybrid.validationByAlpha();
        assertThat(byAlpha).hasSize(21);
        double best = -1;
        double argmax = -1;
        for (int step = 0; step <= 20; step++) {
            double alpha = step / 20.0;
            double independent = ValidationScore.ndcg(hybrid.atAlpha(alpha), trainPart, validationPart, 20);
            assertThat(byAlpha.get(alpha)).isCloseTo(independent, within(1e-12));
            if (independent > best) {
                best = independent;
                argmax = alpha;
            }
        }
        assertThat(hybrid.tunedAlpha()).isEqualTo(argmax);
        assertThat(hybrid.tunedAlpha()).isGreaterThan(0.5);
        Map<String, Object> tunedRow = variant(hybrid, "hybrid").settings();
        assertThat(tunedRow).containsEntry("alpha", argmax).containsEntry("tuned", true);

        // On test, content (α = 0) is better than the α chosen on validation: test was never looked at.
        double testAtZero = ValidationScore.ndcg(hybrid.atAlpha(0), trainPart, testPart, 20);
        double testAtTuned = ValidationScore.ndcg(hybrid.atAlpha(hybrid.tunedAlpha()), trainPart, testPart, 20);
        assertThat(testAtZero).isGreaterThan(testAtTuned);
    }

    private static void favour(int user, float[] out, int item, int salt) {
        float[] r = random(user, salt);
        for (int i = 0; i < out.length; i++) {
            out[i] = 0.1f * r[i % r.length];
        }
        out[item] = 3f;
    }

    @Test
    void withoutValidationTheTunedRowSaysSo() {
        HybridModel hybrid = new HybridModel(new Fixed((u, out) -> { }), new Fixed((u, out) -> { }));
        hybrid.fit(warmTrain(), Interactions.of(USERS, ITEMS, new int[0], new int[0]));
        assertThat(hybrid.validationByAlpha()).isEmpty();
        assertThat(variant(hybrid, "hybrid").settings()).containsEntry("alpha", HybridModel.UNTUNED_ALPHA).containsKey("note");
    }
}
