package com.reelwise.training;

import com.reelwise.cluster.ClusterModelBuilder;
import com.reelwise.cluster.ClusterRecommender;
import com.reelwise.eval.DatasetAware;
import com.reelwise.eval.RankingModel;
import com.reelwise.ratings.Interactions;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cluster method's "more of my clusters" mode in the evaluation harness. The clusters are spherical
 * k-means over the content model's item embeddings (the fine-tuned sentence encoder, fine-tuned on the
 * run's train part, as {@code content-finetuned}), k chosen by silhouette on the app's grid, as the app
 * builds them. A user's liked movies are the user's train items; each item in one of their clusters is
 * scored by {@link ClusterRecommender#moreOfMineScore}, every other item ranks last (NaN).
 */
final class ClusterRankingModel implements RankingModel, DatasetAware {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterRankingModel.class);

    private final ContentModel content;
    private final long seed;
    private final ClusterModelBuilder.Options options;
    private float[][] vectors;
    private int[] clusterOf;
    private Interactions train;

    ClusterRankingModel(ContentModel content, long seed, ClusterModelBuilder.Options options) {
        this.content = content;
        this.seed = seed;
        this.options = options;
    }

    @Override
    public String name() {
        return "cluster";
    }

    @Override
    public void useDataset(MovieLensDataset dataset, Ratings ratings) {
        content.useDataset(dataset, ratings);
    }

    @Override
    public void fit(Interactions train, Interactions validation) {
        content.fit(train, validation);
        float[][] raw = content.itemVectors();
        vectors = new float[raw.length][];
        for (int i = 0; i < raw.length; i++) {
            vectors[i] = ContentModel.normalise(raw[i].clone());
        }
        clusterOf = ClusterModelBuilder.assignments(vectors, seed, options);
        this.train = train;
        LOG.info("cluster: {} items in {} clusters", vectors.length, Arrays.stream(clusterOf).max().orElse(-1) + 1);
    }

    @Override
    public void scores(int user, float[] out) {
        Map<Integer, List<float[]>> liked = new HashMap<>();
        int largest = 0;
        for (int item : train.itemsOf(user)) {
            List<float[]> group = liked.computeIfAbsent(clusterOf[item], c -> new ArrayList<>());
            group.add(vectors[item]);
            largest = Math.max(largest, group.size());
        }
        for (int i = 0; i < out.length; i++) {
            List<float[]> group = liked.get(clusterOf[i]);
            out[i] = group == null ? Float.NaN : (float) ClusterRecommender.moreOfMineScore(vectors[i], group, largest);
        }
    }

    /** Cluster index per item (after {@link #fit}). */
    int[] clusterOf() {
        return clusterOf;
    }
}
