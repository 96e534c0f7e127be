package com.reelwise.rating;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The star model on disk: {@code stars.json} (settings, the epoch count validation chose, the blend's weights, the
 * shape of the ratings it was trained on) and {@code autorec-<n>.params} (each I-AutoRec network's parameters in DJL's block format).
 * The biases and the k-NN neighbours are not saved: both are deterministic fits of the same ratings, redone at load
 * in seconds. Loading rebuilds the network through {@link AutoRec#block} and reads the prediction table out once.
 */
public final class StarArtifact {

    static final String INFO = "stars.json";
    /** One file per network: autorec-0.params, autorec-1.params, … */
    static final String PARAMETERS = "autorec-%d.params";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * What {@code stars.json} holds.
     *
     * @param validationRmse RMSE of the blend on the 5% validation slice, trained without it; null when the slice is empty
     */
    public record Info(String dataset, int numUsers, int numItems, int ratings, AutoRecConfig config, int[] bestEpochs, int[] bucketFrom,
                       double[][] weights, Double validationRmse) {
    }

    private StarArtifact() {
    }

    public static void save(StarBlend blend, Info info, Path dir) {
        try {
            Files.createDirectories(dir);
            for (int n = 0; n < blend.networks().size(); n++) {
                Files.write(dir.resolve(PARAMETERS.formatted(n)), blend.networks().get(n).parameters());
            }
            JSON.writeValue(dir.resolve(INFO).toFile(), info);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the star model to " + dir, e);
        }
    }

    public static Info info(Path dir) {
        try {
            return JSON.readValue(dir.resolve(INFO).toFile(), Info.class);
        } catch (IOException e) {
            throw new StarArtifactException("cannot read " + dir.resolve(INFO).getFileName() + ": " + e.getMessage());
        }
    }

    /** The saved blend over {@code ratings}, which must be the ratings it was trained on (same users, films and count). */
    public static StarBlend load(Path dir, RatingData ratings) {
        Info info = info(dir);
        if (info.numUsers() != ratings.numUsers() || info.numItems() != ratings.numItems() || info.ratings() != ratings.size()) {
            throw new StarArtifactException("it was trained on " + info.ratings() + " ratings by " + info.numUsers() + " users of "
                    + info.numItems() + " films, and the data here has " + ratings.size() + " by " + ratings.numUsers() + " of "
                    + ratings.numItems());
        }
        List<AutoRec> networks = new ArrayList<>();
        for (int n = 0; n < info.bestEpochs().length; n++) {
            String file = PARAMETERS.formatted(n);
            try {
                networks.add(AutoRec.restore(info.config().withSeed(info.config().seed() + n), Files.readAllBytes(dir.resolve(file)), ratings));
            } catch (IOException e) {
                throw new StarArtifactException("cannot read " + file + ": " + e.getMessage());
            } catch (IllegalStateException e) {
                throw new StarArtifactException(file + " does not fit the saved settings: " + e.getMessage());
            }
        }
        KnnBaseline neighbours = new KnnBaseline();
        neighbours.fit(ratings, null);
        return new StarBlend(new AutoRecEnsemble(networks), neighbours, StarBlend.counts(ratings), info.weights());
    }
}
