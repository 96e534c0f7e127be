package com.reelwise.text;

import com.reelwise.runs.RunFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One trained text model as {@code TrainAll} writes it: {@code <root>/<dataset>-<yyyyMMdd-HHmmss>/}
 * holding the fine-tuned encoder artifact ({@code encoder-vNNN/}) and {@code catalog-embeddings.bin}
 * (one vector per catalog movie, metadata-only movies included).
 *
 * <pre>{@code
 * TextModelFolder folder = TextModelFolder.newest(Path.of("models/text"), "ml-latest-small").orElseThrow();
 * CatalogEmbeddings movies = folder.loadEmbeddings();
 * try (SentenceEncoder encoder = folder.loadEncoder()) { float[] query = encoder.encode("heist thriller"); }
 * }</pre>
 *
 * @param dir the run folder
 */
public record TextModelFolder(Path dir) {

    private static final Pattern ENCODER = Pattern.compile("encoder-v\\d+");

    /**
     * The newest complete run folder of a data set (by the timestamp in its name), or empty when
     * none exists. Folders without {@code catalog-embeddings.bin} (an interrupted run) are skipped.
     */
    public static Optional<TextModelFolder> newest(Path root, String dataset) {
        return RunFolders.newest(root, dataset, CatalogEmbeddings.FILE_NAME).map(TextModelFolder::new);
    }

    /** Whether the folder holds a fine-tuned encoder (a folder of pretrained-encoder embeddings does not). */
    public boolean hasEncoder() throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.anyMatch(p -> ENCODER.matcher(p.getFileName().toString()).matches());
        }
    }

    /** The encoder artifact inside (the highest {@code encoder-vNNN}). */
    public Path encoderDir() throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(p -> ENCODER.matcher(p.getFileName().toString()).matches())
                    .max(Comparator.comparing(p -> p.getFileName().toString()))
                    .orElseThrow(() -> new IOException("No encoder-vNNN artifact in " + dir));
        }
    }

    /** Loads the fine-tuned encoder (for query embeddings); the caller closes it. */
    public SentenceEncoder loadEncoder() throws IOException {
        return SentenceEncoder.load(encoderDir());
    }

    /** Loads the saved per-movie embeddings. */
    public CatalogEmbeddings loadEmbeddings() throws IOException {
        return CatalogEmbeddings.load(dir);
    }
}
