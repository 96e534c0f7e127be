package com.reelwise.cluster;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.CatalogLoader;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.text.CatalogEmbeddings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Builds the cluster model for the real catalog: {@code mvn -q compile exec:java@clusters
 * -Dexec.args="--data-dir DIR [--embeddings DIR] [--out DIR] [--seed N] [--release ml-latest-small]"}.
 * Without --embeddings it clusters the bag-of-keywords vectors. Writes the model to --out (default:
 * the embeddings folder, else target/cluster-model) and the k-selection record with timings to
 * {@code model-training/cluster/k-selection-<source>.json}.
 */
@Command(name = "clusters", mixinStandardHelpOptions = true, description = "Builds the cluster model and the map of the catalog.")
public final class BuildClusters implements Callable<Integer> {

    @Option(names = "--data-dir", defaultValue = "${env:REELWISE_DATA_DIR:-../shared/datasets}",
            description = "Data directory (default: $REELWISE_DATA_DIR, else ${DEFAULT-VALUE}).")
    private Path dataDir;

    @Option(names = "--release", defaultValue = "ml-latest-small", description = "MovieLens release (default: ${DEFAULT-VALUE}).")
    private String release;

    @Option(names = "--seed", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--embeddings", description = "Folder of catalog embeddings (default: bag-of-keywords vectors).")
    private String embeddingsDir;

    @Option(names = "--out", description = "Where the model goes (default: the embeddings folder, else target/cluster-model).")
    private Path outDir;

    @Option(names = "--record-dir", defaultValue = "model-training/cluster", description = "Where the k-selection record goes (default: ${DEFAULT-VALUE}).")
    private Path recordDir;

    public static void main(String[] args) {
        int code = new CommandLine(new BuildClusters()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public Integer call() throws IOException {
        Path out = outDir != null ? outDir : Path.of(embeddingsDir != null ? embeddingsDir : "target/cluster-model");

        long start = System.nanoTime();
        Catalog catalog = new CatalogLoader(dataDir, false).load(MovieLensDataset.find(dataDir, release));
        double loadSeconds = seconds(start);
        System.out.printf("Catalog: %d movies (%.1f s)%n", catalog.size(), loadSeconds);

        start = System.nanoTime();
        CatalogEmbeddings embeddings = embeddingsDir != null ? CatalogEmbeddings.load(Path.of(embeddingsDir))
                : KeywordVectors.of(catalog, KeywordVectors.DEFAULT_DIMENSION);
        String source = embeddingsDir != null ? "embeddings" : "keywords";
        double vectorSeconds = seconds(start);
        System.out.printf("Vectors (%s): %d x %d (%.1f s)%n", source, embeddings.size(), embeddings.dimension(), vectorSeconds);

        start = System.nanoTime();
        ClusterModel model = ClusterModelBuilder.build(embeddings, catalog, seed, ClusterModelBuilder.Options.DEFAULT.withProgress());
        double buildSeconds = seconds(start);
        model.save(out);

        KSelection selection = model.kSelection();
        for (KSelection.Point point : selection.curve()) {
            System.out.printf("k=%2d  silhouette=%.4f  mean cos=%.4f%n", point.k(), point.silhouette(), point.meanCosine());
        }
        System.out.printf("Chosen k=%d; build %.1f s; PCA keeps %.1f%% of the variance; saved to %s%n",
                selection.chosenK(), buildSeconds, 100 * model.map().varianceExplained(), out.toAbsolutePath());
        model.labels().forEach(l -> System.out.printf("  %2d  %5d  %s%n", l.cluster(), l.size(), l.text()));

        Map<String, Object> record = new LinkedHashMap<>();
        record.put("source", source);
        record.put("release", release);
        record.put("movies", embeddings.size());
        record.put("dimension", embeddings.dimension());
        record.put("kSelection", selection);
        record.put("varianceExplainedBy2d", model.map().varianceExplained());
        record.put("seconds", Map.of("catalog", loadSeconds, "vectors", vectorSeconds, "build", buildSeconds));
        record.put("clusters", model.labels().stream().map(l -> l.text() + " (" + l.size() + ")").toList());
        MovieMap.Json.write(recordDir, "k-selection-" + source + ".json", record);
        System.out.println("Wrote " + recordDir.resolve("k-selection-" + source + ".json"));
        return 0;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
