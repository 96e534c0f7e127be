package com.reelwise.ncf;

import com.reelwise.ratings.Interactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Tiny implicit data with obvious structure: users fall into groups and each group interacts
 * only with its own block of items, so a model that learns anything ranks in-group items first.
 */
final class SyntheticData {

    static final int GROUPS = 4;
    static final int ITEMS_PER_GROUP = 12;
    static final int USERS_PER_GROUP = 20;
    static final int PER_USER = 7;

    final Interactions train;
    final Interactions validation;

    private SyntheticData(Interactions train, Interactions validation) {
        this.train = train;
        this.validation = validation;
    }

    static int numItems() {
        return GROUPS * ITEMS_PER_GROUP;
    }

    static int groupOfItem(int item) {
        return item / ITEMS_PER_GROUP;
    }

    static int groupOfUser(int user) {
        return user % GROUPS;
    }

    /** Each user: {@code PER_USER} distinct items of their group; the last drawn goes to validation. */
    static SyntheticData generate(long seed) {
        Random random = new Random(seed);
        int numUsers = GROUPS * USERS_PER_GROUP;
        List<int[]> train = new ArrayList<>();
        List<int[]> validation = new ArrayList<>();
        for (int u = 0; u < numUsers; u++) {
            int base = groupOfUser(u) * ITEMS_PER_GROUP;
            List<Integer> pool = new ArrayList<>();
            for (int k = 0; k < ITEMS_PER_GROUP; k++) {
                pool.add(base + k);
            }
            java.util.Collections.shuffle(pool, random);
            for (int k = 0; k < PER_USER; k++) {
                (k == PER_USER - 1 ? validation : train).add(new int[] {u, pool.get(k)});
            }
        }
        return new SyntheticData(toInteractions(numUsers, train), toInteractions(numUsers, validation));
    }

    private static Interactions toInteractions(int numUsers, List<int[]> pairs) {
        int[] users = pairs.stream().mapToInt(p -> p[0]).toArray();
        int[] items = pairs.stream().mapToInt(p -> p[1]).toArray();
        return Interactions.of(numUsers, numItems(), users, items);
    }

    /** Small network and few epochs: the whole fit takes about a second. */
    static NeuMfConfig tinyConfig() {
        return NeuMfConfig.defaults().withArchitecture(8, 16, 8, 4).withEpochs(15).withLearningRate(0.01f)
                .with("batchSize", "256");
    }
}
