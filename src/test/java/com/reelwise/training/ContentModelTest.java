package com.reelwise.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.eval.Metrics;
import com.reelwise.ratings.Interactions;
import org.junit.jupiter.api.Test;

class ContentModelTest {

    @Test
    void a_user_of_one_genre_gets_that_genres_unseen_items_first() {
        // items 0-4 lean to axis 0 ("comedy"), items 5-9 to axis 1 ("horror"), each with its own small twist
        float[][] vectors = new float[10][];
        for (int i = 0; i < 10; i++) {
            float[] v = i < 5 ? new float[] {1f, 0.1f, 0.05f * i} : new float[] {0.1f, 1f, 0.05f * i};
            vectors[i] = ContentModel.normalise(v);
        }
        // user 0 watched comedies 0 and 1, user 1 horror 7
        Interactions train = Interactions.of(2, 10, new int[] {0, 0, 1}, new int[] {0, 1, 7});
        ContentModel model = ContentModel.of("content", vectors);
        model.fit(train, Interactions.of(2, 10, new int[0], new int[0]));

        float[] scores = new float[10];
        model.scores(0, scores);
        int[] top = Metrics.topK(scores, 3, item -> train.contains(0, item));
        assertThat(top).containsExactlyInAnyOrder(2, 3, 4);

        model.scores(1, scores);
        top = Metrics.topK(scores, 4, item -> train.contains(1, item));
        assertThat(top).containsExactlyInAnyOrder(5, 6, 8, 9);
    }

    @Test
    void a_user_without_train_items_scores_zero() {
        float[][] vectors = {{1f, 0f}, {0f, 1f}};
        ContentModel model = ContentModel.of("content", vectors);
        Interactions none = Interactions.of(1, 2, new int[0], new int[0]);
        model.fit(none, none);
        float[] scores = {9f, 9f};
        model.scores(0, scores);
        assertThat(scores).containsExactly(0f, 0f);
    }
}
