package com.reelwise.training;

import com.reelwise.recommend.CandidateRanker;
import com.reelwise.recommend.HistorySource;
import com.reelwise.recommend.Method;
import com.reelwise.recommend.NextWatchRecommender;
import com.reelwise.recommend.Recommendations;
import com.reelwise.runs.RunFolders;
import com.reelwise.sequence.DaeConfig;
import com.reelwise.sequence.SasRecConfig;
import com.reelwise.sequence.SequenceArtifactException;
import com.reelwise.sequence.SequenceScorer;
import com.reelwise.sequence.TrainSasRec;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the app its history models: the sequential "next watch" model (the newest
 * {@code <modelsDir>/sequence/<dataset>-<stamp>/}) and the taste autoencoder the hybrid reads (the newest
 * {@code <modelsDir>/taste/<dataset>-<stamp>/}), or trains them in the background on first start. Damaged files
 * disable the method with a sentence naming the fix; the hybrid works without them meanwhile.
 */
public final class SequenceModelManager implements ModelManager {

    private static final Logger log = LoggerFactory.getLogger(SequenceModelManager.class);
    static final String MODEL = "Next watch (sequential)";
    static final String TRAIN_COMMAND = "mvn -q compile exec:java@train -Dexec.args=\"--data <data-dir> --dataset <name>\"";

    private final NcfModelManager.Settings settings;
    private final Recommendations recommendations;
    private final CandidateRanker ranker;
    private final ExecutorService worker = ArtifactFolders.backgroundWorker("sequence-model");
    private volatile ModelStatus status = new ModelStatus(MODEL, ModelStatus.State.LOADING, 0, "Loading the next-watch model…");
    private volatile SequenceScorer loaded;
    private volatile NextWatchRecommender recommender;
    private volatile SequenceScorer tasteModel;
    private volatile HistorySource taste;

    /** Same settings as NeuMF's: data directory, release, models directory, train when missing. */
    public SequenceModelManager(NcfModelManager.Settings settings, Recommendations recommendations, CandidateRanker ranker) {
        this.settings = settings;
        this.recommendations = recommendations;
        this.ranker = ranker;
    }

    @Override
    public ModelStatus status() {
        return status;
    }

    /** The next-watch recommender once loaded, else null (the hybrid reads it as a source). */
    public NextWatchRecommender recommender() {
        return recommender;
    }

    /** The loaded sequential model, else null. */
    public SequenceScorer scorer() {
        return loaded;
    }

    /** The loaded taste autoencoder, else null. */
    public SequenceScorer tasteScorer() {
        return tasteModel;
    }

    /** The sequential model by catalog position once loaded, else null (a hybrid source). */
    public HistorySource nextSource() {
        NextWatchRecommender r = recommender;
        return r == null ? null : r.source();
    }

    /** The taste autoencoder by catalog position once loaded, else null (a hybrid source). */
    public HistorySource tasteSource() {
        return taste;
    }

    @Override
    public OptionalInt djlArrayCount() {
        SequenceScorer model = loaded;
        return model == null ? OptionalInt.empty() : OptionalInt.of(model.managedArrayCount());
    }

    @Override
    public Future<?> start() {
        if (settings.dataset().isEmpty()) {
            unavailable("Next watch needs MovieLens ratings in the data directory; see data/README.md.");
            return CompletableFuture.completedFuture(null);
        }
        String dataset = settings.dataset().get();
        Optional<Path> artifact = RunFolders.newest(settings.modelsDir().resolve("sequence"), dataset, "config.json");
        Optional<Path> tasteArtifact = RunFolders.newest(settings.modelsDir().resolve("taste"), dataset, "dae-config.json");
        if (artifact.isPresent() && (tasteArtifact.isPresent() || !settings.trainIfMissing())) {
            return worker.submit(() -> {
                tasteArtifact.ifPresent(this::loadTaste);
                load(artifact.get());
            });
        }
        if (settings.trainIfMissing()) {
            return worker.submit(() -> {
                if (tasteArtifact.isPresent()) {
                    loadTaste(tasteArtifact.get());
                } else {
                    trainTaste(dataset);
                }
                if (artifact.isPresent()) {
                    load(artifact.get());
                } else {
                    train(dataset);
                }
            });
        }
        unavailable("No trained next-watch model for " + dataset + " in " + settings.modelsDir().toAbsolutePath()
                + "; train one with: " + TRAIN_COMMAND);
        return CompletableFuture.completedFuture(null);
    }

    private void load(Path artifact) {
        try {
            SequenceScorer model = SequenceScorer.load(artifact);
            loaded = model;
            recommender = new NextWatchRecommender(model, ranker);
            recommendations.register(recommender);
            status = new ModelStatus(MODEL, ModelStatus.State.READY, 1, "Next-watch model loaded from " + artifact.getFileName() + ".");
            log.info("Next-watch model loaded from {}", artifact.toAbsolutePath());
        } catch (SequenceArtifactException | UncheckedIOException e) {
            log.error("Next-watch model in {} is unusable: {}", artifact, e.getMessage());
            unavailable("The next-watch model files in " + artifact.toAbsolutePath() + " are damaged (" + e.getMessage()
                    + "). Delete the folder to retrain on the next start, or run: " + TRAIN_COMMAND);
        }
    }

    private void loadTaste(Path artifact) {
        try {
            SequenceScorer model = SequenceScorer.load(artifact);
            tasteModel = model;
            taste = new HistorySource(model, ranker, "The taste autoencoder");
            log.info("Taste autoencoder loaded from {}", artifact.toAbsolutePath());
        } catch (SequenceArtifactException | UncheckedIOException e) {
            log.error("Taste autoencoder in {} is unusable ({}); the hybrid goes on without it", artifact, e.getMessage());
        }
    }

    private void trainTaste(String dataset) {
        status = new ModelStatus(MODEL, ModelStatus.State.TRAINING, 0, "Training the taste autoencoder on " + dataset + ".");
        try {
            TrainSasRec.Result result = TrainingSlot.exclusive(
                    () -> status = new ModelStatus(MODEL, ModelStatus.State.TRAINING, 0, "The taste autoencoder waits for another "
                            + "model's training to finish."),
                    () -> TrainSasRec.trainTaste(settings.dataDir(), dataset, settings.modelsDir().resolve("taste"),
                            settings.modelsDir().resolve("taste-runs"), DaeConfig.defaults(), Integer.MAX_VALUE, false,
                            (fraction, message) -> status = new ModelStatus(MODEL, ModelStatus.State.TRAINING, fraction / 4,
                                    "Training the taste autoencoder on " + dataset + ": " + message + "."), Clock.systemUTC()));
            loadTaste(result.artifactDir());
        } catch (RuntimeException e) {
            log.error("Training the taste autoencoder failed; the hybrid goes on without it", e);
        }
    }

    private void train(String dataset) {
        String waiting = "The next-watch model is being trained on " + dataset + "; this takes a few minutes.";
        status = new ModelStatus(MODEL, ModelStatus.State.TRAINING, 0, waiting);
        recommendations.markUnavailable(Method.NEXT, waiting);
        try {
            TrainSasRec.Result result = TrainingSlot.exclusive(
                    () -> status = new ModelStatus(MODEL, ModelStatus.State.TRAINING, 0, waiting + " It waits for another model's training to finish."),
                    () -> TrainSasRec.train(settings.dataDir(), dataset, settings.modelsDir().resolve("sequence"),
                            settings.modelsDir().resolve("sequence-runs"), SasRecConfig.defaults(), Integer.MAX_VALUE, false,
                            (fraction, message) -> status = new ModelStatus(MODEL, ModelStatus.State.TRAINING, fraction,
                                    "Training the next-watch model on " + dataset + ": " + message + "."), Clock.systemUTC()));
            load(result.artifactDir());
        } catch (RuntimeException e) {
            log.error("Training the next-watch model failed", e);
            unavailable("Training the next-watch model failed (" + e.getMessage() + "); run it by hand with: " + TRAIN_COMMAND);
        }
    }

    private void unavailable(String reason) {
        status = new ModelStatus(MODEL, ModelStatus.State.UNAVAILABLE, 0, reason);
        recommendations.markUnavailable(Method.NEXT, reason);
    }

    @Override
    public void close() {
        worker.shutdownNow();
        SequenceScorer model = loaded;
        if (model != null) {
            model.close();
        }
        SequenceScorer tasteNow = tasteModel;
        if (tasteNow != null) {
            tasteNow.close();
        }
    }
}
