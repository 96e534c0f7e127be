package com.reelwise.ranker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * A LambdaMART ranker (XGBoost {@code rank:ndcg}) over named features: scores candidate rows, and splits one
 * row's score into exact per-feature contributions (TreeSHAP, {@code predictContrib}) that sum to the score.
 * Thread-safe for scoring. Holds native memory: close it.
 */
public final class GradientBoostedRanker implements AutoCloseable {

    static final String MODEL_FILE = "ranker-model.json";
    static final String INFO_FILE = "ranker.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What a trained ranker was trained on and how, saved as {@value #INFO_FILE}. */
    public record Info(List<String> features, List<Integer> monotone, RankerSettings settings, int bestRound,
                       double validationNdcg, int trainQueries, int trainRows, int validationQueries, Map<String, Object> notes) {
    }

    private final Booster booster;
    private final Info info;

    private GradientBoostedRanker(Booster booster, Info info) {
        this.booster = booster;
        this.info = info;
    }

    /**
     * Trains on {@code train}, stopping on {@code validation}'s NDCG@10 (unless {@code settings.earlyStopping()} is 0).
     *
     * @param features names of the row's columns, in order
     * @param monotone per feature, +1 (score may not fall as it grows) or 0
     */
    public static GradientBoostedRanker train(List<String> features, List<Integer> monotone, RankingData train, RankingData validation,
                                              RankerSettings settings, Map<String, Object> notes) {
        if (features.size() != train.width() || monotone.size() != features.size()) {
            throw new IllegalArgumentException("features (" + features.size() + "), monotone flags (" + monotone.size()
                    + ") and row width (" + train.width() + ") must agree");
        }
        DMatrix trainMatrix = null;
        DMatrix validationMatrix = null;
        try {
            trainMatrix = matrix(train, features);
            validationMatrix = matrix(validation, features);
            Map<String, DMatrix> watches = new LinkedHashMap<>();
            watches.put("train", trainMatrix);
            watches.put("validation", validationMatrix);
            float[][] metrics = new float[watches.size()][settings.rounds()];
            Booster booster = XGBoost.train(trainMatrix, settings.xgboostParams(monotone), settings.rounds(), watches, metrics, null, null,
                    settings.earlyStopping());
            // without early stopping every round is kept, so the validation people only report
            int best = settings.earlyStopping() > 0 ? bestRound(metrics[1]) : settings.rounds() - 1;
            Info info = new Info(List.copyOf(features), List.copyOf(monotone), settings, best + 1, metrics[1][best],
                    train.groups().length, train.rows(), validation.groups().length, notes);
            return new GradientBoostedRanker(booster, info);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not train the ranker: " + e.getMessage(), e);
        } finally {
            dispose(trainMatrix);
            dispose(validationMatrix);
        }
    }

    private static int bestRound(float[] validation) {
        int best = 0;
        for (int r = 0; r < validation.length; r++) {
            if (validation[r] > validation[best]) {
                best = r;
            }
        }
        return best;
    }

    private static DMatrix matrix(RankingData data, List<String> features) throws XGBoostError {
        DMatrix m = new DMatrix(data.features(), data.rows(), data.width(), Float.NaN);
        m.setLabel(data.labels());
        m.setGroup(data.groups());
        m.setFeatureNames(features.toArray(String[]::new));
        return m;
    }

    private static void dispose(DMatrix m) {
        if (m != null) {
            m.dispose();
        }
    }

    /** Writes the model and its info to {@code dir}. */
    public void save(Path dir) {
        try {
            Files.createDirectories(dir);
            booster.saveModel(dir.resolve(MODEL_FILE).toString());
            JSON.writeValue(dir.resolve(INFO_FILE).toFile(), info);
        } catch (IOException | XGBoostError e) {
            throw new UncheckedIOException("Cannot write the ranker to " + dir, e instanceof IOException io ? io : new IOException(e));
        }
    }

    /**
     * Reads a ranker written by {@link #save}; {@code expectedFeatures} must match what it was trained on.
     *
     * @throws IllegalStateException naming the file and what is wrong
     */
    public static GradientBoostedRanker load(Path dir, List<String> expectedFeatures) {
        try {
            Info info = JSON.readValue(dir.resolve(INFO_FILE).toFile(), Info.class);
            if (!info.features().equals(expectedFeatures)) {
                throw new IllegalStateException("The ranker in " + dir + " was trained on features " + info.features()
                        + " but this build computes " + expectedFeatures + "; retrain it.");
            }
            Booster booster = XGBoost.loadModel(dir.resolve(MODEL_FILE).toString());
            // A request scores a few hundred rows: one thread each, as requests already run side by side; OpenMP
            // over every core per call would make concurrent requests wait on each other's spinning threads.
            booster.setParam("nthread", 1);
            return new GradientBoostedRanker(booster, info);
        } catch (IOException | XGBoostError e) {
            throw new IllegalStateException("Cannot read the ranker in " + dir + " (" + e.getMessage() + ")", e);
        }
    }

    public Info info() {
        return info;
    }

    /** One score per row of {@code rows} (row-major, NaN = missing). */
    public float[] score(float[] rows, int count) {
        if (count == 0) {
            return new float[0];
        }
        try {
            // trees up to the best round only: training went on for the early-stopping patience past it
            float[][] out = booster.inplace_predict(rows, count, info.features().size(), Float.NaN, new int[] {0, info.bestRound()});
            float[] scores = new float[count];
            for (int i = 0; i < count; i++) {
                scores[i] = out[i][0];
            }
            return scores;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not score " + count + " rows: " + e.getMessage(), e);
        }
    }

    /**
     * Exact per-feature contributions of each row's score (TreeSHAP): row r's array has one value per
     * feature then the bias, and sums to {@link #score} of that row.
     */
    public float[][] contributions(float[] rows, int count) {
        if (count == 0) {
            return new float[0][];
        }
        DMatrix m = null;
        try {
            m = new DMatrix(rows, count, info.features().size(), Float.NaN);
            return booster.predictContrib(m, info.bestRound());
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not explain " + count + " rows: " + e.getMessage(), e);
        } finally {
            dispose(m);
        }
    }

    /** Per-feature gain, for the run record (which evidence the ranker leans on). */
    public Map<String, Double> importance() {
        try {
            Map<String, Double> out = new LinkedHashMap<>();
            List<String> names = new ArrayList<>(info.features());
            Map<String, Double> gain = booster.getScore(names.toArray(String[]::new), "total_gain");
            for (String name : names) {
                out.put(name, gain.getOrDefault(name, 0.0));
            }
            return out;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not report feature importance: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        booster.dispose();
    }
}
