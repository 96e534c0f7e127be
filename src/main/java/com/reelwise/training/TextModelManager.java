package com.reelwise.training;

import com.reelwise.ann.HnswIndex;
import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.cluster.ClusterModel;
import com.reelwise.cluster.ClusterModelBuilder;
import com.reelwise.recommend.CandidateRanker;
import com.reelwise.recommend.ClusterMode;
import com.reelwise.recommend.ClusterRecommender;
import com.reelwise.recommend.ContentRecommender;
import com.reelwise.recommend.EmbeddingMatrix;
import com.reelwise.recommend.Method;
import com.reelwise.recommend.NcfRecommender;
import com.reelwise.recommend.Recommendations;
import com.reelwise.runs.RunFolders;
import com.reelwise.text.CatalogEmbeddings;
import com.reelwise.text.EncoderConfig;
import com.reelwise.text.MovieText;
import com.reelwise.text.RememberedSentences;
import com.reelwise.text.SentenceEncoder;
import com.reelwise.text.TextModelFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the app its content model: the newest {@code <modelsDir>/text/<dataset>-<timestamp>/} folder
 * (a fine-tuned encoder written by the train command, plus the catalog's embeddings), or, on a first
 * start without one, the pretrained MiniLM encoder and catalog embeddings computed now and saved, so
 * the next start loads them instead of re-encoding. Content and hybrid register when ready.
 */
public final class TextModelManager implements ModelManager {

    private static final Logger log = LoggerFactory.getLogger(TextModelManager.class);
    static final String MODEL = "Content (sentence encoder)";
    private static final int CHUNK = 256;
    private static final long CLUSTER_SEED = 42;
    private static final int WARM_ROWS = 2_000;
    /** The saved HNSW index, beside the embeddings it indexes. */
    static final String INDEX_FOLDER = "hnsw";
    /** The folder beside the embeddings that holds their clusters. */
    static final String CLUSTER_FOLDER = "cluster";

    /**
     * @param modelsDir       where artifacts live
     * @param name            the artifact name prefix: the MovieLens release, or "catalog" without one
     * @param computeIfMissing embed the catalog with the pretrained encoder when no artifact exists
     */
    public record Settings(Path modelsDir, String name, boolean computeIfMissing) {
    }

    private final Settings settings;
    private final Catalog catalog;
    private final CandidateRanker ranker;
    private final Recommendations recommendations;
    private final Supplier<NcfRecommender> ncf;
    private final ExecutorService worker = ArtifactFolders.backgroundWorker("text-model");
    private volatile ModelStatus status = new ModelStatus(MODEL, ModelStatus.State.LOADING, 0, "Loading the content model…");
    private volatile SentenceEncoder encoder;
    private volatile ClusterModel clusters;
    private volatile ContentRecommender content;
    private volatile CatalogEmbeddings embeddings;
    private final List<java.util.function.Consumer<ContentRecommender>> readyListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<java.util.function.Consumer<String>> unavailableListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public TextModelManager(Settings settings, Catalog catalog, CandidateRanker ranker, Recommendations recommendations,
                            Supplier<NcfRecommender> ncf) {
        this.settings = settings;
        this.catalog = catalog;
        this.ranker = ranker;
        this.recommendations = recommendations;
        this.ncf = ncf;
    }

    @Override
    public ModelStatus status() {
        return status;
    }

    /** The catalog embeddings once ready, else null. */
    public CatalogEmbeddings embeddings() {
        return embeddings;
    }

    /** The sentence encoder once ready, else null. */
    public SentenceEncoder encoder() {
        return encoder;
    }

    /** The content recommender once ready, else null (the hybrid reads it as a source). */
    public ContentRecommender content() {
        return content;
    }

    /** Called with the content recommender when it becomes ready (at once if it already is). */
    public void whenReady(java.util.function.Consumer<ContentRecommender> listener) {
        readyListeners.add(listener);
        ContentRecommender ready = content;
        if (ready != null) {
            readyListeners.remove(listener);
            listener.accept(ready);
        }
    }

    /**
     * Tells {@code listener} why, once the content model cannot serve (at once if it already cannot): what
     * waits for it, such as the hybrid, can then say so instead of waiting for ever.
     */
    public void whenUnavailable(java.util.function.Consumer<String> listener) {
        unavailableListeners.add(listener);
        ModelStatus now = status;
        if (now.state() == ModelStatus.State.UNAVAILABLE) {
            unavailableListeners.remove(listener);
            listener.accept(now.message());
        }
    }

    /** The cluster model with its 2D map once ready, else null (the map page waits for it). */
    public ClusterModel clusters() {
        return clusters;
    }

    /** Loads or computes in the background; the future completes when the model is ready or given up on. */
    @Override
    public Future<?> start() {
        if (catalog.isEmpty()) {
            unavailable("The content model needs movies in the catalog; see data/README.md.");
            return CompletableFuture.completedFuture(null);
        }
        Optional<TextModelFolder> artifact = TextModelFolder.newest(settings.modelsDir().resolve("text"), settings.name());
        if (artifact.isPresent()) {
            return worker.submit(() -> load(artifact.get()));
        }
        if (settings.computeIfMissing()) {
            return worker.submit(this::computeWithPretrained);
        }
        unavailable("No content model in " + settings.modelsDir().toAbsolutePath() + "; train one with: mvn -q compile exec:java@train");
        return CompletableFuture.completedFuture(null);
    }

    private void load(TextModelFolder artifact) {
        Path dir = artifact.dir();
        try {
            boolean fineTuned = artifact.hasEncoder();
            CatalogEmbeddings embeddings = artifact.loadEmbeddings();
            SentenceEncoder loaded = fineTuned ? artifact.loadEncoder() : SentenceEncoder.loadPretrained(EncoderConfig.defaults());
            ready(loaded, embeddings, dir, "Content model loaded from " + dir.getFileName()
                    + (fineTuned ? " (fine-tuned encoder)." : " (pretrained encoder)."));
        } catch (IOException | RuntimeException e) {
            log.error("Content model in {} is unusable: {}", dir, e.getMessage());
            unavailable("The content model files in " + dir.toAbsolutePath() + " are damaged (" + e.getMessage()
                    + "). Delete the folder to rebuild on the next start, or run: mvn -q compile exec:java@train");
        }
    }

    private void computeWithPretrained() {
        String waiting = "Describing the catalog with the sentence encoder; this takes a few minutes.";
        status = new ModelStatus(MODEL, ModelStatus.State.TRAINING, 0, waiting);
        recommendations.markUnavailable(Method.CONTENT, waiting);
        recommendations.markUnavailable(Method.HYBRID, waiting);
        try {
            SentenceEncoder pretrained = SentenceEncoder.loadPretrained(EncoderConfig.defaults());
            List<Movie> movies = catalog.movies();
            int[] ids = new int[movies.size()];
            float[][] vectors = new float[movies.size()][];
            for (int start = 0; start < movies.size(); start += CHUNK) {
                List<String> texts = new ArrayList<>();
                for (int i = start; i < Math.min(start + CHUNK, movies.size()); i++) {
                    ids[i] = movies.get(i).movieId();
                    texts.add(MovieText.of(movies.get(i)));
                }
                float[][] chunk = pretrained.encode(texts);
                System.arraycopy(chunk, 0, vectors, start, chunk.length);
                int done = Math.min(start + CHUNK, movies.size());
                status = new ModelStatus(MODEL, ModelStatus.State.TRAINING, (double) done / movies.size(),
                        "Describing the catalog with the sentence encoder: %d of %d movies.".formatted(done, movies.size()));
            }
            CatalogEmbeddings embeddings = new CatalogEmbeddings(ids, vectors);
            Path dir = settings.modelsDir().resolve("text")
                    .resolve(RunFolders.name(settings.name(), java.time.Clock.systemUTC()));
            embeddings.save(dir);
            ready(pretrained, embeddings, dir, "Content model ready (pretrained encoder; catalog embeddings saved to " + dir.getFileName() + ").");
        } catch (IOException | RuntimeException e) {
            log.error("Embedding the catalog failed", e);
            unavailable("Describing the catalog failed (" + e.getMessage() + "); run: mvn -q compile exec:java@train");
        }
    }

    private void ready(SentenceEncoder loaded, CatalogEmbeddings embeddings, Path artifact, String message) {
        encoder = loaded;
        this.embeddings = embeddings;
        EmbeddingMatrix matrix = new EmbeddingMatrix(embeddings, ranker);
        // A mood sent again (the same sentence, another slider position) is not encoded again.
        ContentRecommender content = new ContentRecommender(matrix, ranker, new RememberedSentences(loaded::encode));
        recommendations.register(content);
        this.content = content;
        readyListeners.forEach(listener -> listener.accept(content));
        int missing = (int) catalog.movies().stream().filter(m -> embeddings.of(m.movieId()) == null).count();
        if (missing > 0) {
            log.warn("{} catalog movies have no embedding (the catalog changed since training); retrain to include them", missing);
        }
        status = new ModelStatus(MODEL, ModelStatus.State.READY, 1, message);
        log.info(message);
        warmSimilarityRows(content);
        buildIndex(content, matrix, artifact);
        startClusters(embeddings, artifact);
    }

    /**
     * The HNSW index behind the content method's approximate candidates (the "candidates" choice): the one saved beside
     * these embeddings when it indexes exactly them, else built (seconds at 20,000 films) and saved there for the next start.
     * A replaced index is left to the garbage collector, never closed under a search.
     */
    private void buildIndex(ContentRecommender content, EmbeddingMatrix matrix, Path artifact) {
        long started = System.nanoTime();
        Path dir = artifact.resolve(INDEX_FOLDER);
        float[][] vectors = matrix.vectorsByPosition();
        IntUnaryOperator movieIdOf = p -> ranker.movieAt(p).movieId();
        try {
            Optional<HnswIndex> saved = Optional.empty();
            try {
                saved = HnswIndex.load(dir, vectors, movieIdOf);
            } catch (IOException | RuntimeException e) {
                log.warn("The saved nearest-neighbour index in {} is unreadable ({}); building it again", dir, e.getMessage());
            }
            if (saved.isPresent()) {
                content.useIndex(saved.get());
                log.info("HNSW index of {} films loaded from {} in {} ms", saved.get().size(), dir, (System.nanoTime() - started) / 1_000_000);
                return;
            }
            HnswIndex built = HnswIndex.build(vectors, n -> { });
            content.useIndex(built);
            log.info("HNSW index of {} films built in {} ms ({} MB)", built.size(), (System.nanoTime() - started) / 1_000_000, built.ramBytes() >> 20);
            try {
                built.save(dir, vectors, movieIdOf);
            } catch (IOException | RuntimeException e) {
                log.warn("Could not save the nearest-neighbour index to {} ({}); it is built again at the next start", dir, e.getMessage());
            }
        } catch (RuntimeException e) {
            log.error("Building the nearest-neighbour index failed; the content method scores every film", e);
        }
    }

    /**
     * Builds from a text model's catalog embeddings what a start would otherwise build and save beside them (the HNSW
     * index, the clusters), so a start from models trained ahead, as in the image, only maps them: a container starts
     * from the image every time, and paid both builds at each start, beside the other models loading (8 s and up to 20 s
     * at 19,073 films on 2 cores; 13 s together in training).
     * A start whose catalog differs finds them stale and builds its own, as before.
     */
    static void prebuild(Path artifact, CatalogEmbeddings embeddings, Catalog catalog) throws IOException {
        CandidateRanker ranker = new CandidateRanker(catalog);
        float[][] vectors = new EmbeddingMatrix(embeddings, ranker).vectorsByPosition();
        int films = HnswIndex.indexedCount(vectors);
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("HNSW index").setInitialMax(films).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(1000).build();
             HnswIndex index = HnswIndex.build(vectors, bar::stepTo)) {
            index.save(artifact.resolve(INDEX_FOLDER), vectors, p -> ranker.movieAt(p).movieId());
        }
        ClusterModelBuilder.build(embeddings, catalog, CLUSTER_SEED, ClusterModelBuilder.Options.DEFAULT.withProgress())
                .save(artifact.resolve(CLUSTER_FOLDER));
    }

    /** The most-rated movies are what people pick: their similarity rows are computed before anyone asks. */
    private void warmSimilarityRows(ContentRecommender content) {
        long started = System.nanoTime();
        List<Integer> positions = catalog.mostRated(WARM_ROWS).stream().map(m -> ranker.position(m.movieId())).toList();
        content.similarityRows().warm(positions);
        log.info("Similarity rows of the {} most-rated movies cached in {} ms", positions.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Cluster explore rides on the content embeddings: load the clusters saved beside them, or build and save them once. */
    private void startClusters(CatalogEmbeddings embeddings, Path artifact) {
        Path dir = artifact.resolve(CLUSTER_FOLDER);
        try {
            ClusterModel clusters;
            if (Files.isRegularFile(dir.resolve(ClusterModel.FILE_NAME))) {
                clusters = ClusterModel.load(dir);
            } else {
                recommendations.markUnavailable(Method.CLUSTER, "Grouping the catalog into clusters; ready in a minute.");
                clusters = ClusterModelBuilder.build(embeddings, catalog, CLUSTER_SEED);
                clusters.save(dir);
            }
            recommendations.register(new ClusterRecommender(clusters, embeddings, catalog, ranker, ClusterMode.EXPLORE));
            this.clusters = clusters;
            log.info("Cluster explore ready: {} clusters", clusters.k());
        } catch (IOException | RuntimeException e) {
            log.error("Clustering the catalog failed", e);
            recommendations.markUnavailable(Method.CLUSTER, "Clustering the catalog failed (" + e.getMessage()
                    + "); delete " + dir.toAbsolutePath() + " to rebuild it on the next start.");
        }
    }

    private void unavailable(String reason) {
        status = new ModelStatus(MODEL, ModelStatus.State.UNAVAILABLE, 0, reason);
        recommendations.markUnavailable(Method.CONTENT, reason);
        recommendations.markUnavailable(Method.HYBRID, reason);
        recommendations.markUnavailable(Method.CLUSTER, reason);
        unavailableListeners.forEach(listener -> listener.accept(reason));
    }

    /** NDArrays on the sentence encoder's native manager, for the leak gauge; empty until it is loaded. */
    @Override
    public OptionalInt djlArrayCount() {
        SentenceEncoder e = encoder;
        return e == null ? OptionalInt.empty() : OptionalInt.of(e.managedArrayCount());
    }

    @Override
    public void close() {
        worker.shutdownNow();
        SentenceEncoder e = encoder;
        if (e != null) {
            e.close();
        }
    }
}
