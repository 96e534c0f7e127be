package com.reelwise.rating;

import java.util.List;

/**
 * The mean prediction of I-AutoRec networks that differ only in their seed. Each network's errors are partly its
 * own initialisation and item order; the mean keeps what they agree on. Fitted members only.
 */
final class AutoRecEnsemble implements RatingModel {

    private final List<AutoRec> members;

    AutoRecEnsemble(List<AutoRec> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("An ensemble needs at least one network");
        }
        this.members = List.copyOf(members);
    }

    List<AutoRec> members() {
        return members;
    }

    @Override
    public String name() {
        return "autorec-ensemble";
    }

    @Override
    public void fit(RatingData train, RatingData validation) {
        throw new UnsupportedOperationException("An ensemble is built from fitted networks");
    }

    @Override
    public float predict(int user, int item) {
        double sum = 0;
        for (AutoRec member : members) {
            sum += member.predict(user, item);
        }
        return (float) (sum / members.size());
    }
}
