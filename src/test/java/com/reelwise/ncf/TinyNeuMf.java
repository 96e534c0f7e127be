package com.reelwise.ncf;

import com.reelwise.ratings.IdIndex;
import com.reelwise.ratings.Interactions;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A NeuMF artifact trained in a few seconds on {@link SyntheticData}, for tests outside this package
 * that need a real folded-in model. Movie ids are {@code 1 + item}; items come in groups of
 * {@link #ITEMS_PER_GROUP} that the same users like.
 */
public final class TinyNeuMf {

    public static final int ITEMS = SyntheticData.numItems();
    public static final int ITEMS_PER_GROUP = SyntheticData.ITEMS_PER_GROUP;

    private TinyNeuMf() {
    }

    /** Trains and writes the artifact into {@code dir}; returns the training pairs as {user, movieId} rows. */
    public static int[][] train(Path dir) {
        SyntheticData data = SyntheticData.generate(7);
        try (NeuMfModel model = new NeuMfModel(SyntheticData.tinyConfig().withEpochs(25))) {
            model.fit(data.train, data.validation);
            IdIndex users = IdIndex.of(IntStream.range(0, data.train.numUsers()).map(u -> 1000 + u).toArray());
            IdIndex movies = IdIndex.of(IntStream.range(0, ITEMS).map(i -> 1 + i).toArray());
            NeuMfArtifacts.write(dir, model, users, movies, Map.of("note", "test"));
        }
        Interactions train = data.train;
        java.util.List<int[]> pairs = new java.util.ArrayList<>();
        for (int u = 0; u < train.numUsers(); u++) {
            for (int item : train.itemsOf(u)) {
                pairs.add(new int[] {1000 + u, 1 + item});
            }
        }
        return pairs.toArray(int[][]::new);
    }
}
