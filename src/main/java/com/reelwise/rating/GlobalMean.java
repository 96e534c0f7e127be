package com.reelwise.rating;

/** Every prediction is the mean training rating: the floor any model must beat. */
public final class GlobalMean implements RatingModel {

    private float mean;

    @Override
    public String name() {
        return "global-mean";
    }

    @Override
    public void fit(RatingData train, RatingData validation) {
        mean = (float) train.mean();
    }

    @Override
    public float predict(int user, int item) {
        return mean;
    }
}
