package com.reelwise.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.cluster.ClusterModelBuilder;
import com.reelwise.cluster.ClusterRecommender;
import com.reelwise.ratings.Interactions;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterRankingModelTest {

    @Test
    void scoresOnlyTheUsersClustersAsTheServedMoreOfMineMode() {
        // Items 0-4 around axis 0, items 5-9 around axis 1: two clear clusters.
        float[][] vectors = new float[10][];
        for (int i = 0; i < 10; i++) {
            vectors[i] = ContentModel.normalise(i < 5 ? new float[] {1f, 0.05f * i, 0f} : new float[] {0.05f * i, 1f, 0.02f});
        }
        // user 0 liked items 0 and 1 (cluster A); user 1 liked 0 (A) and 6, 7 (B)
        Interactions train = Interactions.of(2, 10, new int[] {0, 0, 1, 1, 1}, new int[] {0, 1, 0, 6, 7});
        ClusterRankingModel model = new ClusterRankingModel(ContentModel.of("content", vectors), 42,
                new ClusterModelBuilder.Options(List.of(2, 3), 100, 50, false));
        model.fit(train, Interactions.of(2, 10, new int[0], new int[0]));
        int[] cluster = model.clusterOf();
        assertThat(cluster[0]).isEqualTo(cluster[4]).isNotEqualTo(cluster[5]);
        assertThat(cluster[5]).isEqualTo(cluster[9]);

        float[] scores = new float[10];
        model.scores(0, scores);
        for (int i = 0; i < 10; i++) {
            if (i < 5) {
                assertThat(scores[i]).isEqualTo((float) ClusterRecommender.moreOfMineScore(vectors[i], List.of(vectors[0], vectors[1]), 2));
            } else {
                assertThat(scores[i]).isNaN();
            }
        }

        // user 1: the cluster holding two liked movies weighs more than the one holding one
        model.scores(1, scores);
        assertThat(scores[3]).isEqualTo((float) ClusterRecommender.moreOfMineScore(vectors[3], List.of(vectors[0]), 2));
        assertThat(scores[8]).isEqualTo((float) ClusterRecommender.moreOfMineScore(vectors[8], List.of(vectors[6], vectors[7]), 2));
        assertThat(scores[8]).isGreaterThan(scores[3]);
    }
}
