package com.reelwise.training;

import com.reelwise.hybrid.LearnedHybridRecommender;
import com.reelwise.ncf.NeuMfRecommender;
import com.reelwise.ncf.TrainNeuMf;
import com.reelwise.sequence.SequenceScorer;
import com.reelwise.sequence.TrainSasRec;
import com.reelwise.hybrid.SourceModels;
import com.reelwise.ranker.GradientBoostedRanker;
import com.reelwise.ranker.RankerSettings;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;
import com.reelwise.recommend.CandidateRanker;
import com.reelwise.recommend.CollaborativeEvidence;
import com.reelwise.recommend.ContentRecommender;
import com.reelwise.recommend.Method;
import com.reelwise.recommend.Recommendations;
import com.reelwise.runs.RunFolders;
import com.reelwise.text.CatalogEmbeddings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the app its default method, the learned hybrid: the newest ranker under
 * {@code <modelsDir>/hybrid/<dataset>-<stamp>/}, registered once the content model is ready (NeuMF and the
 * sequential model join as they load). Without a ranker, and when training on start is on, it trains one
 * once NeuMF, the sequential model and the content model are ready.
 */
public final class HybridModelManager implements ModelManager {

    private static final Logger log = LoggerFactory.getLogger(HybridModelManager.class);
    static final String MODEL = "Hybrid ranker";
    static final String TRAIN_COMMAND = "mvn -q compile exec:java@train -Dexec.args=\"--data <data-dir> --dataset <name>\"";

    private final NcfModelManager.Settings settings;
    private final Optional<MovieLensDataset> dataset;
    private final Ratings ratings;
    private final boolean ratedOnly;
    private final Recommendations recommendations;
    private final CandidateRanker ranker;
    private final CollaborativeEvidence evidence;
    private final NcfModelManager ncf;
    private final SequenceModelManager sequence;
    private final TextModelManager text;
    private final ExecutorService worker = ArtifactFolders.backgroundWorker("hybrid-model");
    private volatile ModelStatus status = new ModelStatus(MODEL, ModelStatus.State.LOADING, 0, "Loading the hybrid ranker…");
    private volatile GradientBoostedRanker loaded;

    public HybridModelManager(NcfModelManager.Settings settings, Optional<MovieLensDataset> dataset, Ratings ratings, boolean ratedOnly,
                              Recommendations recommendations, CandidateRanker ranker, CollaborativeEvidence evidence,
                              NcfModelManager ncf, SequenceModelManager sequence, TextModelManager text) {
        this.settings = settings;
        this.dataset = dataset;
        this.ratings = ratings;
        this.ratedOnly = ratedOnly;
        this.recommendations = recommendations;
        this.ranker = ranker;
        this.evidence = evidence;
        this.ncf = ncf;
        this.sequence = sequence;
        this.text = text;
    }

    @Override
    public ModelStatus status() {
        return status;
    }

    @Override
    public Future<?> start() {
        if (dataset.isEmpty()) {
            unavailable("The hybrid needs MovieLens ratings in the data directory; the content and popular methods work without them.");
            return CompletableFuture.completedFuture(null);
        }
        String name = dataset.get().name();
        Optional<Path> artifact = RunFolders.newest(settings.modelsDir().resolve("hybrid"), name, "ranker.json");
        if (artifact.isPresent()) {
            return worker.submit(() -> load(artifact.get()));
        }
        if (settings.trainIfMissing()) {
            return worker.submit(() -> train(name));
        }
        unavailable("No trained hybrid ranker for " + name + " in " + settings.modelsDir().toAbsolutePath() + "; train one with: " + TRAIN_COMMAND);
        return CompletableFuture.completedFuture(null);
    }

    private void load(Path artifact) {
        try {
            GradientBoostedRanker model = GradientBoostedRanker.load(artifact, LearnedHybridRecommender.featureNames());
            loaded = model;
            status = new ModelStatus(MODEL, ModelStatus.State.LOADING, 0.5, "Hybrid ranker loaded; waiting for the content model.");
            text.whenReady(this::register);
            text.whenUnavailable(reason -> unavailable("The hybrid needs the content model: " + reason));
            log.info("Hybrid ranker loaded from {}", artifact.toAbsolutePath());
        } catch (LinkageError e) {
            // XGBoost's native library needs OpenMP (libgomp); without it the class fails to load and, uncaught,
            // the status stayed "Loading" for ever.
            log.error("XGBoost's native library could not load", e);
            unavailable("The hybrid ranker cannot run here: XGBoost's native library did not load (" + e.getMessage()
                    + "). On Debian or Ubuntu install libgomp1.");
        } catch (RuntimeException e) {
            log.error("Hybrid ranker in {} is unusable: {}", artifact, e.getMessage());
            unavailable("The hybrid ranker in " + artifact.toAbsolutePath() + " is unusable (" + e.getMessage()
                    + "). Delete the folder to retrain on the next start, or run: " + TRAIN_COMMAND);
        }
    }

    private void register(ContentRecommender content) {
        GradientBoostedRanker model = loaded;
        recommendations.register(new LearnedHybridRecommender(ranker, content,
                new SourceModels(ncf::recommender, sequence::nextSource, sequence::tasteSource), model, evidence));
        status = new ModelStatus(MODEL, ModelStatus.State.READY, 1, "Hybrid ranker ready.");
    }

    private void train(String name) {
        String waiting = "The hybrid is waiting for its sources (neural CF, next watch, content) before it learns to combine them.";
        status = new ModelStatus(MODEL, ModelStatus.State.TRAINING, 0, waiting);
        recommendations.markUnavailable(Method.HYBRID, waiting);
        try {
            CompletableFuture<ContentRecommender> content = new CompletableFuture<>();
            text.whenReady(content::complete);
            text.whenUnavailable(reason -> content.completeExceptionally(new IllegalStateException(reason)));
            try {
                content.get();
            } catch (java.util.concurrent.ExecutionException noContent) {
                unavailable("The hybrid cannot learn without the content model: " + noContent.getCause().getMessage());
                return;
            }
            while (ncf.status().state() != ModelStatus.State.READY || sequence.status().state() != ModelStatus.State.READY) {
                if (ncf.status().state() == ModelStatus.State.UNAVAILABLE || sequence.status().state() == ModelStatus.State.UNAVAILABLE) {
                    unavailable("The hybrid cannot learn without neural CF and next watch: " + ncf.status().message() + " "
                            + sequence.status().message());
                    return;
                }
                Thread.sleep(1_000);
            }
            String training = "Training the hybrid ranker on " + name + "; this takes a few minutes.";
            status = new ModelStatus(MODEL, ModelStatus.State.TRAINING, 0.5, training);
            recommendations.markUnavailable(Method.HYBRID, training);
            Path out = settings.modelsDir().resolve("hybrid").resolve(RunFolders.name(name, Clock.systemUTC()));
            CatalogEmbeddings embeddings = text.embeddings();
            // the ranker learns from the held-out films, so it reads the models trained without them
            Path ncfRun = RunFolders.newest(settings.modelsDir().resolve("ncf"), name, "config.json").orElseThrow();
            Path sequenceRun = RunFolders.newest(settings.modelsDir().resolve("sequence"), name, "config.json").orElseThrow();
            Path tasteRun = RunFolders.newest(settings.modelsDir().resolve("taste"), name, "dae-config.json").orElseThrow();
            try (NeuMfRecommender heldOutNeuMf = NeuMfRecommender.load(ncfRun.resolve(TrainNeuMf.HOLDOUT));
                 SequenceScorer heldOutSequence = SequenceScorer.load(sequenceRun.resolve(TrainSasRec.HOLDOUT));
                 SequenceScorer heldOutTaste = SequenceScorer.load(tasteRun.resolve(TrainSasRec.HOLDOUT));
                 GradientBoostedRanker trained = HybridPipeline.trainRanker(settings.dataDir(), dataset.get(), ratings, ratedOnly,
                         heldOutNeuMf, heldOutSequence, heldOutTaste, embeddings, text.encoder()::encode, RankerSettings.defaults(),
                         Integer.MAX_VALUE, false, out)) {
                log.info("Hybrid ranker trained: best round {}", trained.info().bestRound());
            }
            load(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception | LinkageError e) {
            log.error("Training the hybrid ranker failed", e);
            unavailable("Training the hybrid ranker failed (" + e.getMessage() + "); run it by hand with: " + TRAIN_COMMAND);
        }
    }

    private void unavailable(String reason) {
        status = new ModelStatus(MODEL, ModelStatus.State.UNAVAILABLE, 0, reason);
        recommendations.markUnavailable(Method.HYBRID, reason);
    }

    @Override
    public void close() {
        worker.shutdownNow();
        GradientBoostedRanker model = loaded;
        if (model != null) {
            model.close();
        }
    }
}
