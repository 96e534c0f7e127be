package com.reelwise.training;

import com.reelwise.djl.TrainingCommand;
import com.reelwise.memory.DoesNotFitException;
import com.reelwise.ncf.NeuMfConfig;
import com.reelwise.ncf.NeuMfRecommender;
import com.reelwise.ncf.TrainNeuMf;
import com.reelwise.progress.TrainingProgress;
import com.reelwise.ranker.GradientBoostedRanker;
import com.reelwise.ranker.RankerSettings;
import com.reelwise.rating.AutoRecConfig;
import com.reelwise.rating.StarArtifact;
import com.reelwise.rating.TrainStars;
import com.reelwise.ratings.DatasetOptions;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.RatingsReader;
import com.reelwise.runs.RunFolders;
import com.reelwise.sequence.DaeConfig;
import com.reelwise.sequence.SasRecConfig;
import com.reelwise.sequence.SequenceScorer;
import com.reelwise.sequence.TrainSasRec;
import com.reelwise.text.EncoderConfig;
import com.reelwise.text.FineTuneOptions;
import com.reelwise.text.PairConfig;
import com.reelwise.text.TextModelFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * One training command for every model the app serves, on one split ({@code LatestHoldout.product}):
 * <pre>
 * mvn -q compile exec:java@train -Dexec.args="--data ../shared/datasets --dataset ml-latest-small"
 * </pre>
 * In order: NeuMF ({@code <out>/ncf/<run>}), the hybrid's sequential source and the taste autoencoder
 * ({@code <out>/sequence/<run>}, {@code <out>/taste/<run>}), the next-watch method's own sequential model
 * ({@code <out>/next/<run>}, trained with crops), the text
 * model (fine-tuned encoder and catalog embeddings, {@code <out>/text/<run>}), then the hybrid's ranker
 * ({@code <out>/hybrid/<run>}), which reads the three, and the star model ({@code <out>/stars/<run>}). Run records go to model-training/&lt;model&gt;/runs.
 */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Trains NeuMF, the sequential model, the text model, the hybrid ranker and the star model.")
public final class TrainAll implements Callable<Integer> {

    @Mixin
    DatasetOptions source;

    @Option(names = "--models", split = ",", defaultValue = "ncf,sequence,next,text,hybrid,stars",
            description = "Which models, comma-separated (default: ${DEFAULT-VALUE}); sequence (the hybrid's sequential source) also "
                    + "trains the taste autoencoder, taste trains it alone; next is the next-watch method's own sequential model; "
                    + "hybrid reads the newest of the others.")
    List<String> models;

    @Option(names = "--out", defaultValue = "models", description = "Models folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--pairs", description = "Encoder fine-tuning pairs (default: the pair sampler's cap).")
    Integer pairs;

    @Option(names = "--max-length", defaultValue = "128", description = "Encoder token window (default: ${DEFAULT-VALUE}).")
    int maxLength;

    @Option(names = "--epochs", defaultValue = "1", description = "Encoder fine-tuning epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--lr", defaultValue = "5e-5", description = "Encoder learning rate (default: ${DEFAULT-VALUE}).")
    float lr;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of every model (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--ncf", description = "NeuMF config override key=value, e.g. --ncf epochs=10.")
    List<String> ncfOverrides = new ArrayList<>();

    @Option(names = "--sequence", description = "Sequential model config override key=value, e.g. --sequence epochs=20.")
    List<String> sequenceOverrides = new ArrayList<>();

    @Option(names = "--next", description = "Next-watch model config override key=value, e.g. --next cropLength=50.")
    List<String> nextOverrides = new ArrayList<>();

    @Option(names = "--taste", description = "Taste autoencoder config override key=value, e.g. --taste epochs=1.")
    List<String> tasteOverrides = new ArrayList<>();

    @Option(names = "--ranker", description = "Hybrid ranker setting override key=value, e.g. --ranker maxDepth=4.")
    List<String> rankerOverrides = new ArrayList<>();

    @Option(names = "--history-people", description = "Train the sequential model and the taste autoencoder on the histories of the "
            + "release's first this many people (default: everyone); their shapes do not depend on it, so cost runs at scale use it.")
    int historyPeople = Integer.MAX_VALUE;

    @Option(names = "--ranker-people", description = "Train the hybrid's ranker on the queries of at most this many people, "
            + "a seeded sample (default: everyone); building the queries is most of its cost on large releases.")
    int rankerPeople = Integer.MAX_VALUE;

    public static void main(String[] args) {
        TrainingCommand.run(new TrainAll(), args);
    }

    @Override
    public Integer call() throws IOException {
        MovieLensDataset release = MovieLensDataset.find(source.data, source.dataset).orElseThrow(() -> new CommandLine.ParameterException(
                new CommandLine(this), "No MovieLens release '" + source.dataset + "' in " + source.data.toAbsolutePath()));
        Clock clock = Clock.systemUTC();
        if (models.contains("ncf")) {
            NeuMfConfig config = ConfigOverrides.applied(NeuMfConfig.defaults().withSeed(seed), ncfOverrides, NeuMfConfig::with);
            TrainNeuMf.Result ncf = TrainNeuMf.train(source.data, source.dataset, out.resolve("ncf"), Path.of("model-training", "ncf", "runs"), config, true);
            System.out.println("NeuMF: " + ncf.artifactDir().toAbsolutePath() + " " + ncf.metrics());
        }
        if (models.contains("sequence")) {
            trainSequential("Sequential source", "sequence", SasRecConfig.defaults(), sequenceOverrides, clock);
        }
        if (models.contains("next")) {
            trainSequential("Next watch", TrainSasRec.NEXT_WATCH, SasRecConfig.nextWatchDefaults(), nextOverrides, clock);
        }
        if (models.contains("sequence") || models.contains("taste")) {
            DaeConfig tasteConfig = ConfigOverrides.applied(DaeConfig.defaults().withSeed(seed), tasteOverrides, DaeConfig::with);
            TrainSasRec.Result taste = TrainSasRec.trainTaste(source.data, source.dataset, out.resolve("taste"), Path.of("model-training", "sequence", "runs"),
                    tasteConfig, historyPeople, true, TrainingProgress.NONE, clock);
            System.out.println("Taste autoencoder: " + taste.artifactDir().toAbsolutePath() + " " + taste.metrics());
        }
        if (models.contains("text")) {
            PairConfig pairConfig = PairConfig.defaults().withSeed(seed);
            TrainText.Settings settings = new TrainText.Settings(
                    EncoderConfig.defaults().withMaxLength(maxLength).withFrozenWordEmbeddings(true),
                    new FineTuneOptions(epochs, lr, 0.1f, 20f, seed), pairs == null ? pairConfig : pairConfig.withMaxPairs(pairs));
            Path dir = TrainText.train(source.data, release, RunFolders.name(release.name(), clock), out.resolve("text"),
                    Path.of("model-training", "text", "runs"), settings);
            System.out.println("Text model: " + dir.toAbsolutePath());
        }
        if (models.contains("hybrid")) {
            trainHybrid(release, clock);
        }
        if (models.contains("stars")) {
            trainStars(release, clock);
        }
        return 0;
    }

    /** One SASRec model into {@code <out>/<folder>/<run>}, its run record beside the other sequential runs. */
    private void trainSequential(String label, String folder, SasRecConfig defaults, List<String> overrides, Clock clock) {
        SasRecConfig config = ConfigOverrides.applied(defaults.withSeed(seed), overrides, SasRecConfig::with);
        TrainSasRec.Result result = TrainSasRec.train(source.data, source.dataset, out.resolve(folder), Path.of("model-training", "sequence", "runs"),
                config, historyPeople, true, TrainingProgress.NONE, clock);
        System.out.println(label + ": " + result.artifactDir().toAbsolutePath() + " " + result.metrics());
    }

    /** The star model, or the sentence why it is left out at this size (the other models are saved by then). */
    private void trainStars(MovieLensDataset release, Clock clock) throws IOException {
        try {
            Path dir = TrainStars.train(RatingsReader.read(release), release.name(), out.resolve("stars"), AutoRecConfig.defaults().withSeed(seed), true,
                    clock).dir();
            StarArtifact.Info info = StarArtifact.info(dir);
            System.out.println("Star model: " + dir.toAbsolutePath() + ", best epochs " + java.util.Arrays.toString(info.bestEpochs()) + ", weights "
                    + java.util.Arrays.deepToString(info.weights()) + ", validation RMSE " + info.validationRmse());
        } catch (DoesNotFitException e) {
            System.out.println("Star model: not trained. " + e.getMessage());
        }
    }

    private void trainHybrid(MovieLensDataset release, Clock clock) throws IOException {
        Path ncfDir = RunFolders.newest(out.resolve("ncf"), release.name(), "config.json").orElseThrow(() -> missing("ncf"));
        Path sequenceDir = RunFolders.newest(out.resolve("sequence"), release.name(), "config.json").orElseThrow(() -> missing("sequence"));
        Path tasteDir = RunFolders.newest(out.resolve("taste"), release.name(), "dae-config.json").orElseThrow(() -> missing("taste"));
        TextModelFolder text = TextModelFolder.newest(out.resolve("text"), release.name()).orElseThrow(() -> missing("text"));
        Path target = out.resolve("hybrid").resolve(RunFolders.name(release.name(), clock));
        // the ranker learns from the held-out films, so it reads the models trained without them
        try (NeuMfRecommender neumf = NeuMfRecommender.load(ncfDir.resolve(TrainNeuMf.HOLDOUT));
             SequenceScorer sequence = SequenceScorer.load(sequenceDir.resolve(TrainSasRec.HOLDOUT));
             SequenceScorer taste = SequenceScorer.load(tasteDir.resolve(TrainSasRec.HOLDOUT));
             GradientBoostedRanker ranker = HybridPipeline.trainRanker(source.data, release, RatingsReader.read(release), false, neumf, sequence, taste,
                     text.loadEmbeddings(), mood -> {
                         throw new IllegalStateException("training profiles have no mood sentence");
                     }, ConfigOverrides.applied(RankerSettings.defaults().withSeed(seed), rankerOverrides, RankerSettings::with), rankerPeople, true, target)) {
            System.out.println("Hybrid ranker: " + target.toAbsolutePath() + " best round " + ranker.info().bestRound()
                    + ", stopping NDCG@10 " + ranker.info().validationNdcg() + ", gain " + ranker.importance());
        }
    }

    private CommandLine.ParameterException missing(String model) {
        return new CommandLine.ParameterException(new CommandLine(this), "The hybrid reads the newest " + model + " model of " + source.dataset
                + " under " + out.toAbsolutePath() + ", and there is none; train it first (--models " + model + ",hybrid).");
    }
}
