package com.reelwise.rating;

/** Root mean squared and mean absolute error of a model's predictions on a part of the data. */
public final class RatingMetrics {

    private RatingMetrics() {
    }

    /** {@code {rmse, mae}} of {@code model} on every row of {@code test}. */
    public static double[] errors(RatingModel model, RatingData test) {
        double squared = 0;
        double absolute = 0;
        for (int k = 0; k < test.size(); k++) {
            double e = model.predict(test.users()[k], test.items()[k]) - test.stars()[k];
            squared += e * e;
            absolute += Math.abs(e);
        }
        int n = Math.max(1, test.size());
        return new double[] {Math.sqrt(squared / n), absolute / n};
    }
}
