package com.reelwise.rating;

import com.reelwise.ratings.Ratings;
import com.reelwise.runs.RunFolders;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Trains the served star model on every rating of a release: a seeded 5% validation slice picks I-AutoRec's epoch
 * count and the blend's weights, then both parts train on everything, and the model is saved under
 * {@code <root>/<dataset>-<stamp>/}. The evaluation ({@link EvaluateRatings}) runs the same {@link StarBlend#fit} on each
 * fold's base part, so the numbers it reports are this model's.
 */
public final class TrainStars {

    static final double VALIDATION = 0.05;

    private TrainStars() {
    }

    /** The saved folder and the model as trained. */
    public record Trained(Path dir, StarBlend blend) {
    }

    public static Trained train(Ratings ratings, String dataset, Path root, AutoRecConfig config, boolean bar, Clock clock) {
        RatingData all = RatingData.of(ratings);
        RatingData[] split = all.holdOut(VALIDATION, config.seed() + 1000);
        StarBlend blend = new StarBlend(config, StarBlend.NETWORKS, bar);
        blend.fit(split[0], split[1]);
        Path dir = root.resolve(RunFolders.name(dataset, clock));
        StarArtifact.save(blend, new StarArtifact.Info(dataset, all.numUsers(), all.numItems(), all.size(), config,
                blend.networks().stream().mapToInt(AutoRec::bestEpoch).toArray(), StarBlend.BUCKET_FROM.clone(), blend.weights(), Double.isNaN(blend.validationRmse()) ? null : blend.validationRmse()), dir);
        return new Trained(dir, blend);
    }
}
