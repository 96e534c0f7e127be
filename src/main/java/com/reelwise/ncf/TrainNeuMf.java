package com.reelwise.ncf;

import com.reelwise.djl.TrainingCommand;
import com.reelwise.progress.TrainingProgress;
import com.reelwise.progress.TrainingReport;
import com.reelwise.ratings.DatasetOptions;
import com.reelwise.ratings.Interactions;
import com.reelwise.ratings.LatestHoldout;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;
import com.reelwise.ratings.RatingsReader;
import com.reelwise.runs.Machine;
import com.reelwise.runs.RunFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * Trains NeuMF on a MovieLens release and writes a versioned artifact folder plus a run record.
 * <pre>
 * The command line (training.TrainAll) reaches it as
 * mvn -q compile exec:java@train -Dexec.args="--data /work/shared/datasets --dataset ml-latest-small --models ncf [epochs=10 lr=0.002 ...]"
 * </pre>
 * Two stages on the product split every model of a training run shares ({@link LatestHoldout#product}):
 * first without the latest 20% of each person's films, which choose the epoch (validation HR@10/NDCG@10 of each
 * held-out film among 99 sampled films the user never rated) and later teach the hybrid's ranker; that model
 * is kept in the run's {@value #HOLDOUT} subfolder. Then again on every rating for the chosen epochs: the
 * model the app serves.
 */
public final class TrainNeuMf {

    /**
     * The subfolder of a run that holds the model trained without the held-out films: what the hybrid's
     * ranker learns from. The run folder itself holds the model trained on every rating, which the app serves.
     */
    public static final String HOLDOUT = "holdout";

    private TrainNeuMf() {
    }

    /** What a training run produced. */
    public record Result(Path artifactDir, Path runRecord, Map<String, Object> metrics) {
    }

    /** The command line: picocli parses, checks and explains the options. */
    @Command(name = "train-neumf", mixinStandardHelpOptions = true, description = "Trains NeuMF on a MovieLens release.")
    static final class Cli implements Callable<Integer> {

        @Mixin
        DatasetOptions source;

        @Option(names = "--out", defaultValue = "models/ncf", description = "Artifact root (default: ${DEFAULT-VALUE}).")
        Path out;

        @Option(names = "--runs", defaultValue = "model-training/ncf/runs", description = "Run records (default: ${DEFAULT-VALUE}).")
        Path runs;

        @Parameters(paramLabel = "KEY=VALUE", arity = "0..*", description = "Config overrides, e.g. epochs=10 lr=0.002.")
        List<String> overrides = List.of();

        @Override
        public Integer call() {
            NeuMfConfig config = NeuMfConfig.defaults();
            for (String override : overrides) {
                String[] kv = override.split("=", 2);
                if (kv.length != 2) {
                    throw new CommandLine.ParameterException(new CommandLine(this), "Expected KEY=VALUE, got '" + override + "'");
                }
                try {
                    config = config.with(kv[0], kv[1]);
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage(), e);
                }
            }
            if (System.getenv("OMP_WAIT_POLICY") == null) {
                System.err.println("Hint: OMP_WAIT_POLICY is unset; on a busy machine PyTorch's spinning OpenMP threads slow training"
                        + " by an order of magnitude. Run with OMP_WAIT_POLICY=PASSIVE.");
            }
            Result result = train(source.data, source.dataset, out, runs, config, true);
            System.out.println("Artifact: " + result.artifactDir().toAbsolutePath());
            System.out.println("Run record: " + result.runRecord().toAbsolutePath());
            System.out.println("Metrics: " + result.metrics());
            return 0;
        }
    }

    public static void main(String[] args) {
        TrainingCommand.run(new Cli(), args);
    }

    /**
     * Trains and writes {@code outRoot/<dataset>-<timestamp>/} and {@code runsDir/<same name>.json}.
     *
     * @throws IllegalArgumentException if the dataset is not found under {@code dataDir}
     */
    public static Result train(Path dataDir, String datasetName, Path outRoot, Path runsDir, NeuMfConfig config, boolean progress) {
        return train(dataDir, datasetName, outRoot, runsDir, config, progress, TrainingProgress.NONE);
    }

    /** As {@link #train(Path, String, Path, Path, NeuMfConfig, boolean)}, also reporting progress to {@code listener}. */
    public static Result train(Path dataDir, String datasetName, Path outRoot, Path runsDir, NeuMfConfig config, boolean progress,
                               TrainingProgress listener) {
        MovieLensDataset dataset = MovieLensDataset.find(dataDir, datasetName).orElseThrow(() -> new IllegalArgumentException(
                "No MovieLens release '" + datasetName + "' in " + dataDir.toAbsolutePath()));
        Ratings ratings = RatingsReader.read(dataset);
        LatestHoldout holdout = LatestHoldout.product(ratings);
        Interactions train = holdout.trainInteractions(ratings.movies().size());
        Interactions validation = holdout.heldOutInteractions(ratings.movies().size());
        String run = RunFolders.name(dataset.name(), Clock.systemUTC());
        Path artifact = outRoot.resolve(run);
        try (NeuMfModel model = new NeuMfModel(config).withProgressBar(progress).withProgressListener(listener)) {
            model.fit(train, validation);
            SampledRanking ranking = SampledRanking.draw(train, validation, NeuMfModel.VALIDATION_NEGATIVES, config.seed());
            SampledRanking.Result neuMf = ranking.evaluate(model, 10);
            PopularityScores popular = new PopularityScores();
            popular.fit(train, validation);
            SampledRanking.Result pop = ranking.evaluate(popular, 10);
            TrainingReport report = model.report();
            Map<String, Object> metrics = new LinkedHashMap<>();
            metrics.put("dataset", dataset.name());
            metrics.put("protocol", "product split: latest 20% of each person's films held out; HR@10/NDCG@10 of each held-out film among 99 sampled unrated items, seed " + config.seed());
            metrics.put("users", train.numUsers());
            metrics.put("items", train.numItems());
            metrics.put("trainInteractions", train.size());
            metrics.put("validationCases", neuMf.cases());
            metrics.put("hr@10", neuMf.hitRate());
            metrics.put("ndcg@10", neuMf.ndcg());
            metrics.put("popularity.hr@10", pop.hitRate());
            metrics.put("popularity.ndcg@10", pop.ndcg());
            metrics.put("bestEpoch", report.bestEpoch());
            metrics.put("epochsRun", report.epochs().size());
            metrics.put("trainSamples", report.samples());
            metrics.put("samplesPerSecond", report.samplesPerSecond());
            metrics.put("trainSeconds", report.trainSeconds());
            metrics.put("fitSeconds", report.totalSeconds());
            metrics.put("machine", Machine.current());
            NeuMfArtifacts.write(artifact.resolve(HOLDOUT), model, ratings.users(), ratings.movies(), metrics);
            // Stage B: every rating, for the epochs the held-out films chose; this is what the app serves.
            listener.update(0.5, "training again on every rating for " + report.bestEpoch() + " epochs");
            Interactions all = Interactions.fromRatings(ratings, config.ratingThreshold());
            Interactions none = Interactions.of(all.numUsers(), all.numItems(), new int[0], new int[0]);
            try (NeuMfModel served = new NeuMfModel(config.withEpochs(report.bestEpoch())).withProgressBar(progress)) {
                served.fit(all, none);
                Map<String, Object> servedMetrics = new LinkedHashMap<>(metrics);
                servedMetrics.put("servedModel", "trained again on all " + all.size() + " interactions for " + report.bestEpoch()
                        + " epochs; the metrics above are the held-out stage's (subfolder " + HOLDOUT + ")");
                NeuMfArtifacts.write(artifact, served, ratings.users(), ratings.movies(), servedMetrics);
            }
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("run", run);
            record.put("artifact", artifact.toString());
            record.put("config", config);
            record.put("metrics", metrics);
            record.put("lossCurve", report.epochs());
            Files.createDirectories(runsDir);
            Path runRecord = runsDir.resolve(run + ".json");
            NeuMfArtifacts.JSON.writeValue(runRecord.toFile(), record);
            return new Result(artifact, runRecord, metrics);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the NeuMF run record under " + runsDir, e);
        }
    }

}
