package com.reelwise.sequence;

import com.reelwise.djl.TrainingCommand;
import com.reelwise.progress.TrainingProgress;
import com.reelwise.progress.TrainingReport;
import com.reelwise.ratings.DatasetOptions;
import com.reelwise.ratings.LatestHoldout;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;
import com.reelwise.ratings.RatingsReader;
import com.reelwise.ratings.TimeOrder;
import com.reelwise.runs.Machine;
import com.reelwise.runs.RunFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * Trains the sequential model on a MovieLens release and writes an artifact folder plus a run record with
 * the loss and validation curves:
 * <pre>
 * mvn -q compile exec:java@train-sequence -Dexec.args="--data ../shared/datasets --dataset ml-latest-small"
 * </pre>
 * Two stages on the product split ({@link LatestHoldout#product}, every model's): first without the latest 20% of
 * each person's films, whose NDCG@10 (full ranking against every unseen film) chooses the epoch; that model is
 * kept in the run's {@value #HOLDOUT} subfolder for the hybrid's ranker. Then again on every history for the
 * chosen epochs: the model the app serves.
 */
@Command(name = "train-sequence", mixinStandardHelpOptions = true,
        description = "Trains the sequential (SASRec) next-film model and writes its artifact folder.")
public final class TrainSasRec implements Callable<Integer> {

    /** The run subfolder of the model trained without the held-out films (the hybrid's ranker reads it). */
    public static final String HOLDOUT = "holdout";

    /**
     * The models-folder subfolder of the next-watch method's own model ({@link SasRecConfig#nextWatchDefaults()});
     * {@code sequence} holds the one the hybrid reads.
     */
    public static final String NEXT_WATCH = "next";


    @Mixin
    DatasetOptions source;

    @Option(names = "--out", defaultValue = "models/sequence", description = "Where artifact folders go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--runs", defaultValue = "model-training/sequence/runs", description = "Where run records go (default: ${DEFAULT-VALUE}).")
    Path runs;

    @Option(names = "--set", description = "Config override key=value, e.g. --set epochs=20 --set loss=gbce.")
    List<String> overrides = new ArrayList<>();

    public static void main(String[] args) {
        TrainingCommand.run(new TrainSasRec(), args);
    }

    @Override
    public Integer call() {
        SasRecConfig config = SasRecConfig.defaults();
        for (String override : overrides) {
            String[] kv = override.split("=", 2);
            if (kv.length != 2) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--set takes key=value, got " + override);
            }
            config = config.with(kv[0].trim(), kv[1].trim());
        }
        // One line per epoch with its validation score, so a tuning run can be read (or stopped) as it goes.
        TrainingProgress epochLines = (fraction, message) -> System.out.println(message);
        Result result = train(source.data, source.dataset, out, runs, config, Integer.MAX_VALUE, true, epochLines, Clock.systemUTC());
        System.out.println("Artifact: " + result.artifactDir().toAbsolutePath());
        System.out.println("Run record: " + result.runRecord().toAbsolutePath());
        System.out.println("Metrics: " + result.metrics());
        return 0;
    }

    /** What a training run produced. */
    public record Result(Path artifactDir, Path runRecord, Map<String, Object> metrics) {
    }

    /**
     * Trains the sequential model and writes {@code outRoot/<dataset>-<stamp>/} and {@code runsDir/<same name>.json}, on
     * the histories of the release's first {@code people} people (all: {@link Integer#MAX_VALUE}; fewer only to measure
     * costs at scale, where the model's shape does not depend on how many people it learned from).
     */
    public static Result train(Path dataDir, String datasetName, Path outRoot, Path runsDir, SasRecConfig config, int people, boolean bar,
                               TrainingProgress progress, Clock clock) {
        return train(dataDir, datasetName, outRoot, runsDir, config,
                (n, epochs) -> SasRecModel.untrained(epochs == 0 ? config : config.withEpochs(epochs), n), people, bar, progress, clock);
    }

    /** Trains the taste autoencoder on the same split, written the same way. */
    public static Result trainTaste(Path dataDir, String datasetName, Path outRoot, Path runsDir, DaeConfig config, int people, boolean bar,
                                    TrainingProgress progress, Clock clock) {
        return train(dataDir, datasetName, outRoot, runsDir, config,
                (n, epochs) -> DaeModel.untrained(epochs == 0 ? config : config.withEpochs(epochs), n), people, bar, progress, clock);
    }

    private static Result train(Path dataDir, String datasetName, Path outRoot, Path runsDir, Object config,
                                java.util.function.BiFunction<Integer, Integer, HistoryModel> untrained, int people, boolean bar,
                                TrainingProgress progress, Clock clock) {
        MovieLensDataset release = MovieLensDataset.find(dataDir, datasetName).orElseThrow(() -> new IllegalArgumentException(
                "No MovieLens release '" + datasetName + "' in " + dataDir.toAbsolutePath()));
        Ratings ratings = RatingsReader.read(release);
        LatestHoldout split = LatestHoldout.product(ratings);
        String run = RunFolders.name(release.name(), clock);
        Path artifact = outRoot.resolve(run);
        int[] movieIds = new int[ratings.movies().size()];
        for (int i = 0; i < movieIds.length; i++) {
            movieIds[i] = ratings.movies().idAt(i);
        }
        try (HistoryModel model = untrained.apply(ratings.movies().size(), 0)) {
            int[][] histories = firstPeople(split.train(), people);
            TrainingReport report = model.fit(histories, new HeldOutValidation(histories, firstPeople(split.heldOut(), people)), bar, progress);
            Map<String, Object> metrics = metrics(release.name(), ratings, report);
            if (people < ratings.users().size()) {
                metrics.put("trainedOnPeople", histories.length + " of " + ratings.users().size() + " (the first ones; for measuring costs)");
            }
            SequenceScorer.save(artifact.resolve(HOLDOUT), model, movieIds, metrics);
            // Stage B: every film of everyone, for the epochs the held-out films chose; this is what the app serves.
            try (HistoryModel served = untrained.apply(ratings.movies().size(), report.bestEpoch())) {
                served.fit(firstPeople(TimeOrder.of(ratings, 0f), people), null, bar, progress);
                Map<String, Object> servedMetrics = new LinkedHashMap<>(metrics);
                servedMetrics.put("servedModel", "trained again on every history for " + report.bestEpoch()
                        + " epochs; the metrics above are the held-out stage's (subfolder " + HOLDOUT + ")");
                SequenceScorer.save(artifact, served, movieIds, servedMetrics);
            }
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("run", run);
            record.put("artifact", artifact.toString());
            record.put("config", config);
            record.put("metrics", metrics);
            record.put("lossCurve", report.epochs());
            Files.createDirectories(runsDir);
            Path runRecord = runsDir.resolve(run + ".json");
            SasRecArtifacts.JSON.writeValue(runRecord.toFile(), record);
            return new Result(artifact, runRecord, metrics);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the run record under " + runsDir, e);
        }
    }

    private static int[][] firstPeople(int[][] byPerson, int people) {
        return people >= byPerson.length ? byPerson : Arrays.copyOf(byPerson, people);
    }

    static Map<String, Object> metrics(String dataset, Ratings ratings, TrainingReport report) {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("dataset", dataset);
        metrics.put("protocol", "latest " + Math.round(100 * LatestHoldout.PRODUCT_SHARE) + "% of each history held out; " + report.validationName());
        metrics.put("users", ratings.users().size());
        metrics.put("items", ratings.movies().size());
        metrics.put("validation", report.bestValidation());
        metrics.put("bestEpoch", report.bestEpoch());
        metrics.put("epochsRun", report.epochs().size());
        metrics.put("trainSamples", report.samples());
        metrics.put("samplesPerSecond", report.samplesPerSecond());
        metrics.put("trainSeconds", report.trainSeconds());
        metrics.put("fitSeconds", report.totalSeconds());
        metrics.put("machine", Machine.current());
        return metrics;
    }
}
