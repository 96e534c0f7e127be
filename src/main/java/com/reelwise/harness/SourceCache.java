package com.reelwise.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.reelwise.ncf.NeuMfConfig;
import com.reelwise.ncf.NeuMfModel;
import com.reelwise.ncf.NeuMfRecommender;
import com.reelwise.progress.TrainingProgress;
import com.reelwise.ratings.Interactions;
import com.reelwise.ratings.LatestHoldout;
import com.reelwise.ratings.Ratings;
import com.reelwise.sequence.DaeConfig;
import com.reelwise.sequence.DaeModel;
import com.reelwise.sequence.HeldOutValidation;
import com.reelwise.sequence.HistoryModel;
import com.reelwise.sequence.SasRecConfig;
import com.reelwise.sequence.SasRecModel;
import com.reelwise.sequence.SequenceScorer;
import com.reelwise.training.ConfigOverrides;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains (or reloads) the hybrid's collaborative sources for an evaluation run: NeuMF, the sequential model and
 * the taste autoencoder. Each trained folder is kept under the cache by what made it (data set, split, config,
 * seed), so a rerun with the same seed reuses it; a cache hit is the very model a fresh run would train.
 */
final class SourceCache {

    /**
     * NeuMF's optimizer is not in its config: NeuMF cached before the in-place Adam (same update, rounded differently,
     * 2026-12-06) must not stand in for one trained with it.
     */
    private static final String NCF_OPTIMIZER = " optimizer=InPlaceAdam";

    private static final Logger LOG = LoggerFactory.getLogger(SourceCache.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The three sources of one stage, served by MovieLens id, and the epochs each trained for. */
    record Trained(NeuMfRecommender neumf, SequenceScorer sequence, SequenceScorer taste, int ncfEpochs, int sequenceEpochs,
                   int tasteEpochs) implements AutoCloseable {

        @Override
        public void close() {
            neumf.close();
            sequence.close();
            taste.close();
        }
    }

    private final Path root;
    private final String dataset;
    private final Ratings ratings;
    private final int[] movieIds;
    private final long seed;

    SourceCache(Path root, String dataset, Ratings ratings, int[] movieIds, long seed) {
        this.root = root;
        this.dataset = dataset;
        this.ratings = ratings;
        this.movieIds = movieIds;
        this.seed = seed;
    }

    /** Stage A: trained on {@code holdout.train()}, each stopping at its best epoch on the held-out films. */
    Trained holdout(LatestHoldout holdout) {
        String key = holdoutKey(holdout);
        Interactions train = holdout.trainInteractions(movieIds.length);
        Interactions heldOut = holdout.heldOutInteractions(movieIds.length);
        HeldOutValidation validation = new HeldOutValidation(holdout.train(), holdout.heldOut());
        NeuMfConfig ncf = NeuMfConfig.defaults().withSeed(seed);
        SasRecConfig sequence = sequenceSettings(seed);
        DaeConfig taste = DaeConfig.defaults().withSeed(seed);
        return new Trained(neumf(key, ncf, train, heldOut),
                history(key, "sequence", sequence.toString(), "config.json", () -> SasRecModel.untrained(sequence, movieIds.length),
                        holdout.train(), validation),
                history(key, "taste", taste.toString(), "dae-config.json", () -> DaeModel.untrained(taste, movieIds.length),
                        holdout.train(), validation),
                epochs(key, "ncf", ncf + NCF_OPTIMIZER), epochs(key, "sequence", sequence.toString()), epochs(key, "taste", taste.toString()));
    }

    /** Stage B: trained on every known film, for the epochs stage A chose (no validation left to choose them on). */
    Trained everything(int[][] knownOrder, Interactions known, Trained chosen) {
        String key = everythingKey(knownOrder);
        NeuMfConfig ncf = NeuMfConfig.defaults().withSeed(seed).withEpochs(chosen.ncfEpochs());
        SasRecConfig sequence = sequenceSettings(seed).withEpochs(chosen.sequenceEpochs());
        DaeConfig taste = DaeConfig.defaults().withSeed(seed).withEpochs(chosen.tasteEpochs());
        Interactions none = Interactions.of(known.numUsers(), known.numItems(), new int[0], new int[0]);
        return new Trained(neumf(key, ncf, known, none),
                history(key, "sequence", sequence.toString(), "config.json", () -> SasRecModel.untrained(sequence, movieIds.length),
                        knownOrder, null),
                history(key, "taste", taste.toString(), "dae-config.json", () -> DaeModel.untrained(taste, movieIds.length),
                        knownOrder, null),
                chosen.ncfEpochs(), chosen.sequenceEpochs(), chosen.tasteEpochs());
    }

    /**
     * The next-watch method's own model ({@link SasRecConfig#nextWatchDefaults()}, changed for a run by system property
     * {@code reelwise.nextwatch} as "key=value,key=value"): stage A on {@code holdout.train()} chooses the epochs, stage B
     * trains on every known film for them and is returned (the caller closes it).
     */
    SequenceScorer nextWatch(LatestHoldout holdout, int[][] knownOrder) {
        SasRecConfig config = nextWatchSettings(seed);
        // kept beside the hybrid's sequential models: the config in the key tells them apart
        String chooseKey = holdoutKey(holdout);
        trained(chooseKey, "sequence", config.toString(), "config.json", () -> SasRecModel.untrained(config, movieIds.length), holdout.train(),
                new HeldOutValidation(holdout.train(), holdout.heldOut()));
        SasRecConfig refit = config.withEpochs(epochs(chooseKey, "sequence", config.toString()));
        return history(everythingKey(knownOrder), "sequence", refit.toString(), "config.json", () -> SasRecModel.untrained(refit, movieIds.length),
                knownOrder, null);
    }

    static SasRecConfig nextWatchSettings(long seed) {
        return ConfigOverrides.applied(SasRecConfig.nextWatchDefaults().withSeed(seed), ConfigOverrides.ofProperty("reelwise.nextwatch"), SasRecConfig::with);
    }

    private String holdoutKey(LatestHoldout holdout) {
        return EmbeddingCache.hash(List.of(dataset, Arrays.deepToString(holdout.train()), Arrays.deepToString(holdout.heldOut()), Long.toString(seed)));
    }

    private String everythingKey(int[][] knownOrder) {
        return EmbeddingCache.hash(List.of(dataset, Arrays.deepToString(knownOrder), Long.toString(seed)));
    }

    /**
     * The sequential model's settings, changed for a run by system property {@code reelwise.sequence} as
     * "key=value,key=value" (default: none); the cached models are keyed by the settings, so a change trains anew.
     */
    private static SasRecConfig sequenceSettings(long seed) {
        return ConfigOverrides.applied(SasRecConfig.defaults().withSeed(seed), ConfigOverrides.ofProperty("reelwise.sequence"), SasRecConfig::with);
    }

    private Path dir(String key, String kind, String config) {
        return root.resolve(kind + "-" + EmbeddingCache.hash(List.of(key, config)));
    }

    private NeuMfRecommender neumf(String key, NeuMfConfig config, Interactions train, Interactions validation) {
        Path dir = dir(key, "ncf", config + NCF_OPTIMIZER);
        if (!Files.isRegularFile(dir.resolve("config.json"))) {
            try (NeuMfModel model = new NeuMfModel(config).withProgressBar(true)) {
                model.fit(train, validation);
                model.saveArtifact(dir, ratings.users(), ratings.movies(), Map.of("note", "evaluation run, seed " + seed,
                        "bestEpoch", model.report().bestEpoch(), "validation", model.report().bestValidation()));
                LOG.info("neumf: best epoch {} of {}", model.report().bestEpoch(), model.report().epochs().size());
            }
        }
        return NeuMfRecommender.load(dir);
    }

    private SequenceScorer history(String key, String kind, String config, String configFile, Supplier<HistoryModel> untrained,
                                   int[][] histories, HeldOutValidation validation) {
        return SequenceScorer.load(trained(key, kind, config, configFile, untrained, histories, validation));
    }

    /** The folder of the model these made, trained first unless the cache has it. */
    private Path trained(String key, String kind, String config, String configFile, Supplier<HistoryModel> untrained,
                         int[][] histories, HeldOutValidation validation) {
        Path dir = dir(key, kind, config);
        if (!Files.isRegularFile(dir.resolve(configFile))) {
            try (HistoryModel model = untrained.get()) {
                model.fit(histories, validation, true, TrainingProgress.NONE);
                LOG.info("{}: best epoch {} of {}, validation {}", kind, model.report().bestEpoch(), model.report().epochs().size(),
                        model.report().bestValidation());
                SequenceScorer.save(dir, model, movieIds, Map.of("note", "evaluation run, seed " + seed,
                        "bestEpoch", model.report().bestEpoch(), "validation", model.report().bestValidation()));
            }
        }
        return dir;
    }

    /** The best epoch recorded beside a stage-A model. */
    private int epochs(String key, String kind, String config) {
        Path metrics = dir(key, kind, config).resolve("metrics.json");
        try {
            return JSON.readTree(metrics.toFile()).get("bestEpoch").asInt();
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(new IOException("Cannot read the best epoch from " + metrics, e));
        }
    }
}
