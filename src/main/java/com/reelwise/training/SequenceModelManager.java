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
 * Gives the app its history models: the "next watch" method's own sequential model (the newest
 * {@code <modelsDir>/next/<dataset>-<stamp>/}), the sequential model and the taste autoencoder the hybrid reads (the newest
 * {@code <modelsDir>/sequence/} and {@code <modelsDir>/taste/} ones; the sequential one also serves next watch when the
 * method's own is missing), or trains them in the background on first start. Damaged files
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
    private volatile HistorySource sequence;
    private volatile SequenceScorer nextWatchModel;
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

    /** The next-watch recommender once loaded, else null. */
    public NextWatchRecommender recommender() {
        return recommender;
    }

    /** The loaded sequential model the hybrid reads, else null. */
    public SequenceScorer scorer() {
        return loaded;
    }

    /** The loaded taste autoencoder, else null. */
    public SequenceScorer tasteScorer() {
        return tasteModel;
    }

    /**
     * The hybrid's sequential source by catalog position once loaded, else null: the {@code sequence} model, not the
     * next-watch method's own (a hybrid reading that one loses taste-panel profiles, model-training/sequence/README.md).
     */
    public HistorySource nextSource() {
        return sequence;
    }

    /** The taste autoencoder by catalog position once loaded, else null (a hybrid source). */
    public HistorySource tasteSource() {
        return taste;
    }

    @Override
    public OptionalInt djlArrayCount() {
        SequenceScorer model = loaded;
        SequenceScorer own = nextWatchModel;
        return model == null ? OptionalInt.empty() : OptionalInt.of(model.managedArrayCount() + (own == null ? 0 : own.managedArrayCount()));
    }

    @Override
    public Future<?> start() {
        if (settings.dataset().isEmpty()) {
            unavailable("Next watch needs MovieLens ratings in the data directory; see data/README.md.");
            return CompletableFuture.completedFuture(null);
        }
        String dataset = settings.dataset().get();
        Optional<Path> artifact = RunFolders.newest(settings.modelsDir().resolve("sequence"), dataset, "config.json");
        Optional<Path> nextArtifact = RunFolders.newest(settings.modelsDir().resolve(TrainSasRec.NEXT_WATCH), dataset, "config.json");
        Optional<Path> tasteArtifact = RunFolders.newest(settings.modelsDir().resolve("taste"), dataset, "dae-config.json");
        if (artifact.isEmpty() && !settings.trainIfMissing()) {
            unavailable("No trained next-watch model for " + dataset + " in " + settings.modelsDir().toAbsolutePath()
                    + "; train one with: " + TRAIN_COMMAND);
            return CompletableFuture.completedFuture(null);
        }
        boolean train = settings.trainIfMissing();
        return worker.submit(() -> {
            if (tasteArtifact.isPresent()) {
                loadTaste(tasteArtifact.get());
            } else if (train) {
                trainTaste(dataset);
            }
            if (artifact.isPresent()) {
                load(artifact.get());
            } else {
                train(dataset, "sequence", SasRecConfig.defaults(), this::load);
            }
            if (nextArtifact.isPresent()) {
                loadNextWatch(nextArtifact.get());
            } else if (train && loaded != null) {
                train(dataset, TrainSasRec.NEXT_WATCH, SasRecConfig.nextWatchDefaults(), this::loadNextWatch);
            }
        });
    }

    /** The hybrid's sequential source; it also serves next watch until the method's own model is loaded. */
    private void load(Path artifact) {
        try {
            SequenceScorer model = SequenceScorer.load(artifact);
            loaded = model;
            sequence = HistorySource.sequential(model, ranker);
            serve(sequence, "Next-watch model loaded from " + artifact.getFileName() + " (the hybrid's sequential source; train "
                    + "the method's own with --models next).");
            log.info("Sequential model loaded from {}", artifact.toAbsolutePath());
        } catch (SequenceArtifactException | UncheckedIOException e) {
            log.error("Next-watch model in {} is unusable: {}", artifact, e.getMessage());
            unavailable("The next-watch model files in " + artifact.toAbsolutePath() + " are damaged (" + e.getMessage()
                    + "). Delete the folder to retrain on the next start, or run: " + TRAIN_COMMAND);
        }
    }

    /** The next-watch method's own model (trained with crops); the hybrid keeps reading the sequential source. */
    private void loadNextWatch(Path artifact) {
        try {
            SequenceScorer model = SequenceScorer.load(artifact);
            nextWatchModel = model;
            serve(HistorySource.sequential(model, ranker), "Next-watch model loaded from " + TrainSasRec.NEXT_WATCH + "/" + artifact.getFileName() + ".");
            log.info("Next-watch model loaded from {}", artifact.toAbsolutePath());
        } catch (SequenceArtifactException | UncheckedIOException e) {
            // the sequential source still serves the method, so a damaged file costs list quality, not the method
            log.error("Next-watch model in {} is unusable ({}); next watch reads the hybrid's sequential model", artifact, e.getMessage());
            status = new ModelStatus(MODEL, ModelStatus.State.READY, 1, "The next-watch model files in " + artifact.toAbsolutePath()
                    + " are damaged (" + e.getMessage() + "), so the hybrid's sequential model serves next watch. Delete the folder "
                    + "to retrain on the next start, or run: " + TRAIN_COMMAND);
        }
    }

    private void serve(HistorySource source, String message) {
        recommender = new NextWatchRecommender(source, ranker);
        recommendations.register(recommender);
        status = new ModelStatus(MODEL, ModelStatus.State.READY, 1, message);
    }

    private void loadTaste(Path artifact) {
        try {
            SequenceScorer model = SequenceScorer.load(artifact);
            tasteModel = model;
            taste = HistorySource.taste(model, ranker);
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

    private void train(String dataset, String folder, SasRecConfig config, java.util.function.Consumer<Path> then) {
        String waiting = "The next-watch model is being trained on " + dataset + "; this takes a few minutes.";
        progress(waiting, 0);
        if (loaded == null) {
            recommendations.markUnavailable(Method.NEXT, waiting);
        }
        try {
            TrainSasRec.Result result = TrainingSlot.exclusive(
                    () -> progress(waiting + " It waits for another model's training to finish.", 0),
                    () -> TrainSasRec.train(settings.dataDir(), dataset, settings.modelsDir().resolve(folder),
                            settings.modelsDir().resolve(folder + "-runs"), config, Integer.MAX_VALUE, false,
                            (fraction, message) -> progress("Training the next-watch model (" + folder + ") on " + dataset + ": "
                                    + message + ".", fraction), Clock.systemUTC()));
            then.accept(result.artifactDir());
        } catch (RuntimeException e) {
            log.error("Training the next-watch model ({}) failed", folder, e);
            String fix = "Training the next-watch model failed (" + e.getMessage() + "); run it by hand with: " + TRAIN_COMMAND;
            if (loaded == null) {
                unavailable(fix);
            } else {
                status = new ModelStatus(MODEL, ModelStatus.State.READY, 1, fix + " The hybrid's sequential model serves next watch instead.");
            }
        }
    }

    /** Training progress; says so when the hybrid's sequential source already serves the method meanwhile. */
    private void progress(String message, double fraction) {
        status = new ModelStatus(MODEL, ModelStatus.State.TRAINING, fraction,
                loaded == null ? message : message + " Meanwhile the hybrid's sequential source serves next watch.");
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
        SequenceScorer own = nextWatchModel;
        if (own != null) {
            own.close();
        }
    }
}
