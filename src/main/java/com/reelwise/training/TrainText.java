package com.reelwise.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.CatalogLoader;
import com.reelwise.catalog.Movie;
import com.reelwise.ratings.Interactions;
import com.reelwise.ratings.LatestHoldout;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;
import com.reelwise.ratings.RatingsReader;
import com.reelwise.runs.Machine;
import com.reelwise.text.CatalogEmbeddings;
import com.reelwise.text.EncoderConfig;
import com.reelwise.text.EncoderFineTuner;
import com.reelwise.text.FineTuneOptions;
import com.reelwise.text.FineTuneResult;
import com.reelwise.text.MovieText;
import com.reelwise.text.PairConfig;
import com.reelwise.text.PairSampler;
import com.reelwise.text.SentenceEncoder;
import com.reelwise.text.TextPair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production text model: fine-tunes the encoder on pairs from the ratings every model of the run
 * learns from ({@link LatestHoldout#product}'s train part: the held-out films teach the hybrid's ranker,
 * so no pair may come from them), then embeds the whole catalog, metadata-only movies included, and writes
 * {@code <outRoot>/<run>/encoder-v001/}, {@code <outRoot>/<run>/catalog-embeddings.bin} and the run
 * record {@code <runsDir>/<run>.json}. The app finds it with {@code TextModelFolder.newest}.
 */
final class TrainText {

    private static final Logger LOG = LoggerFactory.getLogger(TrainText.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Settings of one text training run. */
    record Settings(EncoderConfig encoder, FineTuneOptions fineTune, PairConfig pairs) {
    }

    private TrainText() {
    }

    /** Returns the run folder. */
    static Path train(Path dataDir, MovieLensDataset dataset, String run, Path outRoot, Path runsDir, Settings settings)
            throws IOException {
        Ratings ratings = RatingsReader.read(dataset);
        Catalog catalog = new CatalogLoader(dataDir, false).load(Optional.of(dataset), ratings);
        Interactions all = LatestHoldout.product(ratings).trainInteractions(ratings.movies().size());
        Movie[] byItem = new Movie[ratings.movies().size()];
        String[] texts = new String[byItem.length];
        for (int i = 0; i < byItem.length; i++) {
            int id = ratings.movies().idAt(i);
            byItem[i] = catalog.byId(id).orElse(null);
            texts[i] = byItem[i] != null ? MovieText.of(byItem[i]) : "Movie " + id + ".";
        }
        List<TextPair> pairs = new PairSampler(settings.pairs()).sample(ratings, all, i -> byItem[i], i -> texts[i]);
        LOG.info("{} fine-tuning pairs ({} cap) from {} ratings", pairs.size(), settings.pairs().maxPairs(), ratings.size());

        Path runDir = outRoot.resolve(run);
        // no dropout-free loss passes before and after: each costs a third of an epoch on CPU
        FineTuneResult tuned = new EncoderFineTuner(settings.encoder(), settings.fineTune()).withoutLossEvaluation()
                .fineTune(pairs, runDir);

        List<Movie> movies = catalog.movies();
        int[] ids = movies.stream().mapToInt(Movie::movieId).toArray();
        long start = System.nanoTime();
        float[][] vectors;
        try (SentenceEncoder encoder = SentenceEncoder.load(tuned.artifactDir())) {
            vectors = encoder.encode(movies.stream().map(MovieText::of).toList());
        }
        double embedSeconds = (System.nanoTime() - start) / 1e9;
        CatalogEmbeddings embeddings = new CatalogEmbeddings(ids, vectors);
        embeddings.save(runDir);
        long indexStart = System.nanoTime();
        try {
            TextModelManager.prebuild(runDir, embeddings, catalog);
        } catch (IOException | RuntimeException e) {
            // the model is complete without them: the app builds both at its first start
            LOG.warn("Could not build the HNSW index and the clusters beside {} ({}); the app builds them at start", runDir, e.toString());
        }
        double indexSeconds = (System.nanoTime() - indexStart) / 1e9;

        Map<String, Object> record = new LinkedHashMap<>();
        record.put("run", run);
        record.put("createdAt", Instant.now().toString());
        record.put("dataset", dataset.name());
        record.put("artifact", runDir.toString());
        record.put("encoder", settings.encoder());
        record.put("fineTune", settings.fineTune());
        record.put("pairConfig", settings.pairs());
        record.put("pairs", tuned.pairs());
        record.put("steps", tuned.steps());
        record.put("epochLosses", tuned.epochLosses());
        record.put("fineTuneSeconds", tuned.seconds());
        record.put("fineTuneSecondsPerEpoch", tuned.seconds() / settings.fineTune().epochs());
        record.put("catalogMovies", movies.size());
        record.put("catalogEmbedSeconds", embedSeconds);
        record.put("catalogMoviesPerSecond", movies.size() / embedSeconds);
        record.put("indexAndClustersSeconds", indexSeconds);
        record.put("machine", Machine.current());
        Files.createDirectories(runsDir);
        JSON.writeValue(runsDir.resolve(run + ".json").toFile(), record);
        LOG.info("Text model written to {}: fine-tuning {} s, catalog of {} embedded in {} s", runDir,
                String.format("%.0f", tuned.seconds()), movies.size(), String.format("%.0f", embedSeconds));
        return runDir;
    }
}
