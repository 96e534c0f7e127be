package com.reelwise.rating;

/**
 * The path a visitor's stars take ({@link StarPredictor#starsForVisitor}), measured on MovieLens users: each user's
 * training ratings are handed in as if they were a visitor's own, the user bias is folded in from them and the
 * neighbours read them; nothing the fit learned about the user is used. The films and their similarities still come
 * from a fit that included these users' training ratings (never their test ratings), so this measures the fold-in,
 * not a person the data has never seen.
 */
public final class VisitorPath implements RatingModel {

    private final KnnBaseline neighbours = new KnnBaseline();
    private int[][] itemsOf;
    private float[][] starsOf;

    @Override
    public String name() {
        return "visitor-path";
    }

    @Override
    public void fit(RatingData train, RatingData validation) {
        neighbours.fit(train, null);
        int[] sizes = new int[train.numUsers()];
        for (int u : train.users()) {
            sizes[u]++;
        }
        itemsOf = new int[sizes.length][];
        starsOf = new float[sizes.length][];
        for (int u = 0; u < sizes.length; u++) {
            itemsOf[u] = new int[sizes[u]];
            starsOf[u] = new float[sizes[u]];
        }
        int[] filled = new int[sizes.length];
        for (int k = 0; k < train.size(); k++) {
            int u = train.users()[k];
            itemsOf[u][filled[u]] = train.items()[k];
            starsOf[u][filled[u]++] = train.stars()[k];
        }
    }

    @Override
    public float predict(int user, int item) {
        if (user >= itemsOf.length || itemsOf[user].length < StarPredictor.ENOUGH) {
            return neighbours.predict(user, item);
        }
        return neighbours.predictNew(itemsOf[user], starsOf[user], item);
    }
}
