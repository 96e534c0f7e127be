package com.reelwise.rating;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.reelwise.djl.TrainingCommand;
import com.reelwise.ratings.DatasetOptions;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;
import com.reelwise.ratings.RatingsReader;
import com.reelwise.runs.RunFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * Rating prediction under five folds, RMSE and MAE per fold and their mean ± sd, for the served star model
 * ({@link StarBlend}), the I-AutoRec inside it, and the baselines (global mean, user and item biases as Surprise's
 * BaselineOnly, biased MF as Surprise's SVD, item k-NN as Surprise's KNNBaseline).
 * ml-100k uses its five official folds ({@code u1.base/u1.test} … {@code u5}); any other release is cut into
 * five random folds of its ratings (seeded). A seeded 5% of each fold's base part is the validation slice that
 * picks AutoRec's epoch count and the star model's weights (training on the other 95%); then everything trains on
 * the whole base part. The baselines do not tune and fit the whole base part. No test rating is seen.
 * <pre>
 * mvn -q compile exec:java@evaluate-ratings -Dexec.args="--data ../shared/datasets --dataset ml-100k"
 * </pre>
 */
@Command(name = "evaluate-ratings", mixinStandardHelpOptions = true,
        description = "RMSE and MAE of predicted stars under five folds, I-AutoRec beside the baselines.")
public final class EvaluateRatings implements Callable<Integer> {

    static final int FOLDS = 5;
    static final double VALIDATION = 0.05;

    @Mixin
    DatasetOptions source;

    @Option(names = "--results", defaultValue = "model-training/rating/results", description = "Where the result file goes (default: ${DEFAULT-VALUE}).")
    Path results;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of folds, validation slices and models (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--lambda", description = "AutoRec's L2 strength (default: the config's).")
    Float lambda;

    @Option(names = "--epochs", description = "AutoRec's most epochs (default: the config's).")
    Integer epochs;

    @Option(names = "--lr", description = "AutoRec's learning rate (default: the config's).")
    Float learningRate;

    @Option(names = "--hidden", description = "AutoRec's code size (default: the config's).")
    Integer hidden;

    @Option(names = "--batch", description = "AutoRec's items per step (default: the config's).")
    Integer batch;

    @Option(names = "--networks", defaultValue = "" + "3", description = "I-AutoRec networks the star model averages (default: ${DEFAULT-VALUE}).")
    int networks;

    @Option(names = "--folds", defaultValue = "5", description = "How many of the five folds to run (default: ${DEFAULT-VALUE}).")
    int foldsToRun;

    @Option(names = "--models", split = ",", defaultValue = "global-mean,biases,biased-mf,knn-baseline,visitor-path,autorec,stars",
            description = "Models to run (default: ${DEFAULT-VALUE}).")
    List<String> models;

    public static void main(String[] args) {
        TrainingCommand.run(new EvaluateRatings(), args);
    }

    /** One fold: its train part (base minus validation), its validation slice and its test part. */
    record Fold(RatingData train, RatingData validation, RatingData base, RatingData test) {
    }

    @Override
    public Integer call() {
        MovieLensDataset release = MovieLensDataset.find(source.data, source.dataset).orElseThrow(() -> new CommandLine.ParameterException(
                new CommandLine(this), "No MovieLens release '" + source.dataset + "' in " + source.data.toAbsolutePath()));
        Ratings ratings = RatingsReader.read(release);
        List<Fold> folds = release.name().equals("ml-100k") ? officialFolds(release.dir(), ratings) : randomFolds(ratings, seed);
        AutoRecConfig config = AutoRecConfig.defaults().withSeed(seed);
        config = lambda == null ? config : config.withLambda(lambda);
        config = epochs == null ? config : config.withEpochs(epochs);
        config = learningRate == null ? config : config.withLearningRate(learningRate);
        config = hidden == null ? config : config.withHidden(hidden);
        config = batch == null ? config : config.withBatchSize(batch);
        Map<String, List<double[]>> byModel = new LinkedHashMap<>();
        Map<String, Object> autoRecRuns = new LinkedHashMap<>();
        double blendSeconds = 0;
        for (int f = 0; f < Math.min(foldsToRun, folds.size()); f++) {
            Fold fold = folds.get(f);
            StarBlend blend = null;
            for (String name : models) {
                long start = System.nanoTime();
                RatingModel model = switch (name) {
                    case "global-mean" -> new GlobalMean();
                    case "biases" -> new Biases();
                    case "biased-mf" -> new BiasedMf(seed);
                    case "knn-baseline" -> new KnnBaseline();
                    case "visitor-path" -> new VisitorPath();
                    case "autorec", "stars" -> blend != null ? null : new StarBlend(config, networks, true);
                    default -> throw new CommandLine.ParameterException(new CommandLine(this), "Unknown model " + name);
                };
                if (model instanceof StarBlend fresh) {
                    // the validation slice picks I-AutoRec's epoch count and the blend's weights; then the whole base part trains
                    fresh.fit(fold.train(), fold.validation());
                    blend = fresh;
                    autoRecRuns.put("fold" + (f + 1), Map.of("bestEpochs", fresh.networks().stream().mapToInt(AutoRec::bestEpoch).toArray(), "curve", fresh.autoRec().curve(),
                            "blendWeights", fresh.weights()));
                    blendSeconds = (System.nanoTime() - start) / 1e9;
                } else if (model != null) {
                    model.fit(fold.base(), null);
                }
                RatingModel scored = name.equals("autorec") ? blend.autoRec() : name.equals("stars") ? blend : model;
                double[] errors = RatingMetrics.errors(scored, fold.test());
                double seconds = blend != null && (scored == blend || scored == blend.autoRec()) ? blendSeconds : (System.nanoTime() - start) / 1e9;
                byModel.computeIfAbsent(name, k -> new ArrayList<>()).add(new double[] {errors[0], errors[1], seconds});
                System.out.printf(Locale.ROOT, "%s fold %d | %-11s | RMSE %.4f MAE %.4f | %.1f s%n", release.name(), f + 1, name, errors[0],
                        errors[1], seconds);
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        System.out.printf(Locale.ROOT, "%n%s, %s, seed %d: mean ± sd over %d folds%n", release.name(),
                release.name().equals("ml-100k") ? "official folds u1-u5" : "five random folds", seed, byModel.values().iterator().next().size());
        for (Map.Entry<String, List<double[]>> e : byModel.entrySet()) {
            double[] rmse = e.getValue().stream().mapToDouble(v -> v[0]).toArray();
            double[] mae = e.getValue().stream().mapToDouble(v -> v[1]).toArray();
            System.out.printf(Locale.ROOT, "%-11s RMSE %.4f ± %.4f  MAE %.4f ± %.4f%n", e.getKey(), mean(rmse), sd(rmse), mean(mae), sd(mae));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("dataset", release.name());
            row.put("folds", release.name().equals("ml-100k") ? "official u1-u5" : "5 random folds, seed " + seed);
            row.put("model", e.getKey());
            row.put("seed", seed);
            row.put("rmse", rmse);
            row.put("mae", mae);
            row.put("rmseMean", mean(rmse));
            row.put("rmseSd", sd(rmse));
            row.put("maeMean", mean(mae));
            row.put("maeSd", sd(mae));
            row.put("seconds", e.getValue().stream().mapToDouble(v -> v[2]).toArray());
            if (e.getKey().equals("autorec") || e.getKey().equals("stars")) {
                row.put("config", config);
                row.put("runs", autoRecRuns);
            }
            rows.add(row);
        }
        try {
            Files.createDirectories(results);
            Path out = results.resolve(release.name() + "_ratings_" + RunFolders.stamp(Clock.systemUTC()) + ".json");
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), rows);
            System.out.println("Results: " + out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    /** ml-100k's five official folds, indices from the whole release so every fold shares them. */
    static List<Fold> officialFolds(Path dir, Ratings ratings) {
        List<Fold> folds = new ArrayList<>();
        for (int k = 1; k <= FOLDS; k++) {
            RatingData base = read(dir.resolve("u" + k + ".base"), ratings);
            RatingData test = read(dir.resolve("u" + k + ".test"), ratings);
            RatingData[] split = base.holdOut(VALIDATION, 1000L + k);
            folds.add(new Fold(split[0], split[1], base, test));
        }
        return folds;
    }

    /** Five folds of a release's ratings, each rating in exactly one test part (seeded). */
    static List<Fold> randomFolds(Ratings ratings, long seed) {
        RatingData all = RatingData.of(ratings);
        int[] order = all.shuffled(seed);
        List<Fold> folds = new ArrayList<>();
        for (int f = 0; f < FOLDS; f++) {
            List<Integer> test = new ArrayList<>();
            List<Integer> base = new ArrayList<>();
            for (int k = 0; k < order.length; k++) {
                (k % FOLDS == f ? test : base).add(order[k]);
            }
            RatingData baseData = all.rows(base.stream().mapToInt(Integer::intValue).toArray());
            RatingData[] split = baseData.holdOut(VALIDATION, 1000L + f + 1);
            folds.add(new Fold(split[0], split[1], baseData, all.rows(test.stream().mapToInt(Integer::intValue).toArray())));
        }
        return folds;
    }

    /** A tab-separated {@code user item rating timestamp} file of ml-100k, through the release's indices. */
    static RatingData read(Path file, Ratings ratings) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        int[] users = new int[lines.size()];
        int[] items = new int[lines.size()];
        float[] stars = new float[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            String[] f = lines.get(k).split("\t");
            users[k] = ratings.users().indexOf(Integer.parseInt(f[0]));
            items[k] = ratings.movies().indexOf(Integer.parseInt(f[1]));
            stars[k] = Float.parseFloat(f[2]);
        }
        return new RatingData(users, items, stars, ratings.users().size(), ratings.movies().size());
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / Math.max(1, v.length);
    }

    /** Sample standard deviation (n - 1). */
    static double sd(double[] v) {
        if (v.length < 2) {
            return 0;
        }
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }
}
