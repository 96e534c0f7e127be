package com.reelwise.training;

import com.reelwise.runs.RunFolders;
import com.reelwise.ncf.NeuMfArtifactException;
import com.reelwise.ncf.NeuMfConfig;
import com.reelwise.ncf.NeuMfRecommender;
import com.reelwise.ncf.TrainNeuMf;
import com.reelwise.recommend.CandidateRanker;
import com.reelwise.recommend.CollaborativeEvidence;
import com.reelwise.recommend.Method;
import com.reelwise.recommend.NcfRecommender;
import com.reelwise.recommend.Recommendations;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the app a NeuMF model: the newest artifact for the MovieLens release in use, or, when there
 * is none, one trained in the background on first start (the page works meanwhile with the other
 * methods and shows the progress). Damaged files never stop the app; they disable the method with
 * a sentence naming the fix.
 */
public final class NcfModelManager implements ModelManager {

    private static final Logger log = LoggerFactory.getLogger(NcfModelManager.class);
    static final String MODEL = "Neural CF";
    static final String TRAIN_COMMAND = "mvn -q compile exec:java@train -Dexec.args=\"--data <data-dir> --dataset <name>\"";

    /**
     * @param dataDir       the data directory
     * @param dataset       the MovieLens release in use, empty when there is none
     * @param modelsDir     where artifacts live ({@code <modelsDir>/ncf/<dataset>-<timestamp>/})
     * @param trainIfMissing train on first start when no artifact exists
     */
    public record Settings(Path dataDir, Optional<String> dataset, Path modelsDir, boolean trainIfMissing) {
    }

    private final Settings settings;
    private final Recommendations recommendations;
    private final CandidateRanker ranker;
    private final CollaborativeEvidence evidence;
    private final ExecutorService worker = ArtifactFolders.backgroundWorker("ncf-model");
    private volatile ModelStatus status = new ModelStatus(MODEL, ModelStatus.State.LOADING, 0, "Loading the neural CF model…");
    private volatile NeuMfRecommender loaded;
    private volatile NcfRecommender recommender;

    public NcfModelManager(Settings settings, Recommendations recommendations, CandidateRanker ranker, CollaborativeEvidence evidence) {
        this.settings = settings;
        this.recommendations = recommendations;
        this.ranker = ranker;
        this.evidence = evidence;
    }

    @Override
    public ModelStatus status() {
        return status;
    }

    /** The CF recommender once loaded, else null (the hybrid blends without it meanwhile). */
    public NcfRecommender recommender() {
        return recommender;
    }

    /** The NeuMF model once loaded, else null: existing-user mode scores known users with their own embedding. */
    public NeuMfRecommender neuMf() {
        return loaded;
    }

    /** NDArrays on the loaded model's native manager, for the leak gauge; empty until it is loaded. */
    @Override
    public OptionalInt djlArrayCount() {
        NeuMfRecommender model = loaded;
        return model == null ? OptionalInt.empty() : OptionalInt.of(model.managedArrayCount());
    }

    /** Loads or trains in the background and returns at once; the future completes when the model is ready or given up on. */
    @Override
    public Future<?> start() {
        if (settings.dataset().isEmpty()) {
            unavailable("Neural CF needs MovieLens ratings in the data directory; see data/README.md.");
            return CompletableFuture.completedFuture(null);
        }
        String dataset = settings.dataset().get();
        Optional<Path> artifact = newestArtifact(settings.modelsDir().resolve("ncf"), dataset);
        if (artifact.isPresent()) {
            return worker.submit(() -> load(artifact.get()));
        }
        if (settings.trainIfMissing()) {
            return worker.submit(() -> train(dataset));
        }
        unavailable("No trained neural CF model for " + dataset + " in " + settings.modelsDir().toAbsolutePath()
                + "; train one with: " + TRAIN_COMMAND);
        return CompletableFuture.completedFuture(null);
    }

    private void load(Path artifact) {
        try {
            NeuMfRecommender model = NeuMfRecommender.load(artifact);
            loaded = model;
            recommender = new NcfRecommender(model, ranker, evidence);
            recommendations.register(recommender);
            status = new ModelStatus(MODEL, ModelStatus.State.READY, 1, "Neural CF model loaded from " + artifact.getFileName() + ".");
            log.info("Neural CF model loaded from {}", artifact.toAbsolutePath());
        } catch (NeuMfArtifactException | UncheckedIOException e) {
            log.error("Neural CF model in {} is unusable: {}", artifact, e.getMessage());
            unavailable("The neural CF model files in " + artifact.toAbsolutePath() + " are damaged (" + e.getMessage()
                    + "). Delete the folder to retrain on the next start, or run: " + TRAIN_COMMAND);
        }
    }

    private void train(String dataset) {
        String waiting = "The neural CF model is being trained on " + dataset + "; this takes a few minutes.";
        status = new ModelStatus(MODEL, ModelStatus.State.TRAINING, 0, waiting);
        recommendations.markUnavailable(Method.NCF, waiting);
        log.info("No neural CF model for {} in {}: training one now", dataset, settings.modelsDir().toAbsolutePath());
        try {
            TrainNeuMf.Result result = TrainingSlot.exclusive(
                    () -> status = new ModelStatus(MODEL, ModelStatus.State.TRAINING, 0, waiting + " It waits for another model's training to finish."),
                    () -> TrainNeuMf.train(settings.dataDir(), dataset, settings.modelsDir().resolve("ncf"),
                            settings.modelsDir().resolve("ncf-runs"), NeuMfConfig.defaults(), true,
                            (fraction, message) -> status = new ModelStatus(MODEL, ModelStatus.State.TRAINING, fraction,
                                    "Training the neural CF model on " + dataset + ": " + message + ".")));
            load(result.artifactDir());
        } catch (RuntimeException e) {
            log.error("Training the neural CF model failed", e);
            unavailable("Training the neural CF model failed (" + e.getMessage() + "); run it by hand with: " + TRAIN_COMMAND);
        }
    }

    private void unavailable(String reason) {
        status = new ModelStatus(MODEL, ModelStatus.State.UNAVAILABLE, 0, reason);
        recommendations.markUnavailable(Method.NCF, reason);
    }

    static Optional<Path> newestArtifact(Path root, String dataset) {
        return RunFolders.newest(root, dataset, null);
    }

    @Override
    public void close() {
        worker.shutdownNow();
        NeuMfRecommender model = loaded;
        if (model != null) {
            model.close();
        }
    }
}
