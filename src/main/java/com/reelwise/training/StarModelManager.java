package com.reelwise.training;

import com.reelwise.memory.DoesNotFitException;
import com.reelwise.rating.AutoRecConfig;
import com.reelwise.rating.RatingData;
import com.reelwise.rating.StarArtifact;
import com.reelwise.rating.StarArtifactException;
import com.reelwise.rating.StarPredictor;
import com.reelwise.rating.TrainStars;
import com.reelwise.ratings.Ratings;
import com.reelwise.runs.RunFolders;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the app its star model (the newest {@code <modelsDir>/stars/<dataset>-<stamp>/}), or trains it in the
 * background on first start. It holds no NDArray once loaded: the prediction table is a float array.
 */
public final class StarModelManager implements ModelManager {

    private static final Logger log = LoggerFactory.getLogger(StarModelManager.class);
    static final String MODEL = "Predicted stars (biases, I-AutoRec and k-NN)";
    static final String TRAIN_COMMAND = "mvn -q compile exec:java@train -Dexec.args=\"--data <data-dir> --dataset <name> --models stars\"";

    private final NcfModelManager.Settings settings;
    private final Ratings ratings;
    private final ExecutorService worker = ArtifactFolders.backgroundWorker("star-model");
    private volatile ModelStatus status = new ModelStatus(MODEL, ModelStatus.State.LOADING, 0, "Loading the star model…");
    private volatile StarPredictor predictor;

    public StarModelManager(NcfModelManager.Settings settings, Ratings ratings) {
        this.settings = settings;
        this.ratings = ratings;
    }

    @Override
    public ModelStatus status() {
        return status;
    }

    /** The predictor once loaded. */
    public Optional<StarPredictor> predictor() {
        return Optional.ofNullable(predictor);
    }

    @Override
    public Future<?> start() {
        if (settings.dataset().isEmpty() || ratings.size() == 0) {
            unavailable("Predicted stars need MovieLens ratings in the data directory; see data/README.md.");
            return CompletableFuture.completedFuture(null);
        }
        String dataset = settings.dataset().get();
        Optional<Path> artifact = RunFolders.newest(settings.modelsDir().resolve("stars"), dataset, "stars.json");
        if (artifact.isPresent()) {
            return worker.submit(() -> load(artifact.get()));
        }
        if (settings.trainIfMissing()) {
            return worker.submit(() -> train(dataset));
        }
        unavailable("No trained star model for " + dataset + " in " + settings.modelsDir().toAbsolutePath() + "; train one with: " + TRAIN_COMMAND);
        return CompletableFuture.completedFuture(null);
    }

    private void load(Path artifact) {
        try {
            predictor = new StarPredictor(StarArtifact.load(artifact, RatingData.of(ratings)), ratings);
            status = new ModelStatus(MODEL, ModelStatus.State.READY, 1, "Star model loaded from " + artifact.getFileName() + ".");
            log.info("Star model loaded from {}", artifact.toAbsolutePath());
        } catch (DoesNotFitException e) {
            log.warn("Star model left out: {}", e.getMessage());
            unavailable(e.getMessage());
        } catch (StarArtifactException | UncheckedIOException e) {
            log.error("Star model in {} is unusable: {}", artifact, e.getMessage());
            unavailable("The star model in " + artifact.toAbsolutePath() + " cannot be used (" + e.getMessage()
                    + "). Delete the folder to retrain on the next start, or run: " + TRAIN_COMMAND);
        }
    }

    private void train(String dataset) {
        String waiting = "The star model is being trained on " + dataset + "; this takes a few minutes.";
        status = new ModelStatus(MODEL, ModelStatus.State.TRAINING, 0, waiting);
        try {
            Path dir = TrainingSlot.exclusive(
                    () -> status = new ModelStatus(MODEL, ModelStatus.State.TRAINING, 0, waiting + " It waits for another model's training to finish."),
                    () -> TrainStars.train(ratings, dataset, settings.modelsDir().resolve("stars"), AutoRecConfig.defaults(), false,
                            Clock.systemUTC()).dir());
            load(dir);
        } catch (DoesNotFitException e) {
            log.warn("Star model left out: {}", e.getMessage());
            unavailable(e.getMessage());
        } catch (RuntimeException e) {
            log.error("Training the star model failed", e);
            unavailable("Training the star model failed (" + e.getMessage() + "); run it by hand with: " + TRAIN_COMMAND);
        }
    }

    private void unavailable(String reason) {
        status = new ModelStatus(MODEL, ModelStatus.State.UNAVAILABLE, 0, reason);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
