package com.reelwise.rating;

import com.reelwise.ratings.Ratings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Predicted stars by MovieLens user and movie id, from the served {@link StarBlend}. A film nobody rated here gets the
 * user's mean-and-bias guess (the blend's I-AutoRec has no column for it).
 */
public final class StarPredictor {

    /** Index of a film that has no ratings here: past every known index, so each model treats it as unseen. */
    private static final int UNRATED = Integer.MAX_VALUE;

    private final StarBlend blend;
    private final Ratings ratings;

    public StarPredictor(StarBlend blend, Ratings ratings) {
        this.blend = blend;
        this.ratings = ratings;
    }

    /** Star ratings a visitor gives before the model predicts theirs: fewer say too little about their scale. */
    public static final int ENOUGH = 5;

    /**
     * The stars a visitor would give {@code movieId}, from their own star ratings of other films that people here
     * rated (the film's own rating is left out, so a rated film gets a true prediction): their bias, then the
     * neighbours among their films; I-AutoRec has no column for someone it was not trained with. Empty with fewer
     * than {@link #ENOUGH} such ratings.
     */
    public Optional<Float> starsForVisitor(Map<Integer, Float> given, int movieId) {
        List<Integer> items = new ArrayList<>();
        List<Float> stars = new ArrayList<>();
        given.forEach((id, value) -> {
            int index = ratings.movies().indexOf(id);
            if (index >= 0 && id != movieId) {
                items.add(index);
                stars.add(value);
            }
        });
        if (items.size() < ENOUGH) {
            return Optional.empty();
        }
        float[] values = new float[stars.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = stars.get(k);
        }
        int movie = ratings.movies().indexOf(movieId);
        float predicted = blend.predictNew(items.stream().mapToInt(Integer::intValue).toArray(), values, movie < 0 ? UNRATED : movie);
        return Optional.of(Math.round(predicted * 10) / 10f);
    }

    /** How many of {@code given}'s films, other than {@code movieId}, people here rated: what the visitor path reads. */
    public int usable(Map<Integer, Float> given, int movieId) {
        return (int) given.keySet().stream().filter(id -> id != movieId && ratings.movies().indexOf(id) >= 0).count();
    }

    /** The stars {@code userId} would give {@code movieId}, rounded to a tenth; empty for a user the model never saw. */
    public Optional<Float> stars(int userId, int movieId) {
        int user = ratings.users().indexOf(userId);
        if (user < 0) {
            return Optional.empty();
        }
        int movie = ratings.movies().indexOf(movieId);
        float stars = blend.predict(user, movie < 0 ? UNRATED : movie);
        return Optional.of(Math.round(stars * 10) / 10f);
    }
}
