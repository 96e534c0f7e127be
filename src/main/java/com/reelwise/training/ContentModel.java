package com.reelwise.training;

import com.reelwise.eval.DatasetAware;
import com.reelwise.eval.RankingModel;
import com.reelwise.ratings.Interactions;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;

/**
 * Content-only recommendation over item embeddings: a user's profile is the mean of the embeddings
 * of the user's train items, L2-normalised; an item's score is its dot product with the profile.
 * Users without train items score 0 everywhere.
 */
public final class ContentModel implements RankingModel, DatasetAware {

    /** Computes one unit vector per item index of the data set, given what the model may train on. */
    @FunctionalInterface
    public interface ItemVectors {
        float[][] compute(ContentContext context, Interactions train);
    }

    private final String name;
    private final ItemVectors source;
    private final ContentContext.Cache contexts;
    private ContentContext context;
    private float[][] items;
    private float[][] profiles;

    /**
     * @param name     method name in results, e.g. "content-pretrained"
     * @param source   the item vectors (may fine-tune on the train part first)
     * @param contexts shared per-data-set texts, so several variants load the catalog once
     */
    public ContentModel(String name, ItemVectors source, ContentContext.Cache contexts) {
        this.name = name;
        this.source = source;
        this.contexts = contexts;
    }

    /** A model over fixed vectors, one per item index (for tests and precomputed embeddings). */
    public static ContentModel of(String name, float[][] itemVectors) {
        return new ContentModel(name, (context, train) -> itemVectors, null);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void useDataset(MovieLensDataset dataset, Ratings ratings) {
        context = contexts == null ? null : contexts.get(dataset, ratings);
    }

    @Override
    public void fit(Interactions train, Interactions validation) {
        items = source.compute(context, train);
        if (items.length != train.numItems()) {
            throw new IllegalStateException(items.length + " item vectors for " + train.numItems() + " items");
        }
        int dim = items.length == 0 ? 0 : items[0].length;
        profiles = new float[train.numUsers()][];
        for (int u = 0; u < train.numUsers(); u++) {
            float[] p = new float[dim];
            for (int item : train.itemsOf(u)) {
                float[] v = items[item];
                for (int d = 0; d < dim; d++) {
                    p[d] += v[d];
                }
            }
            profiles[u] = normalise(p);
        }
    }

    @Override
    public void scores(int user, float[] out) {
        float[] p = profiles[user];
        for (int i = 0; i < items.length; i++) {
            float[] v = items[i];
            float dot = 0;
            for (int d = 0; d < p.length; d++) {
                dot += p[d] * v[d];
            }
            out[i] = dot;
        }
    }

    /** The item vectors of the last {@link #fit}, per item index (shared, do not modify). */
    float[][] itemVectors() {
        if (items == null) {
            throw new IllegalStateException(name + " is not fitted: call fit(train, validation) first");
        }
        return items;
    }

    static float[] normalise(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm > 0) {
            float inv = (float) (1 / Math.sqrt(norm));
            for (int d = 0; d < v.length; d++) {
                v[d] *= inv;
            }
        }
        return v;
    }
}
