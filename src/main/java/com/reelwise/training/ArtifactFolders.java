package com.reelwise.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Where the app finds model artifacts, and the background thread that loads or trains them. */
final class ArtifactFolders {

    private ArtifactFolders() {
    }

    /**
     * The newest {@code <dataset>-yyyyMMdd-HHmmss} folder under {@code root} (timestamps sort as text),
     * optionally only among folders that hold {@code requiredFile} (so a half-written run is skipped).
     * The exact name pattern keeps "ml-latest" from picking up "ml-latest-small" runs.
     */
    static Optional<Path> newest(Path root, String dataset, String requiredFile) {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        Pattern name = Pattern.compile(Pattern.quote(dataset) + "-\\d{8}-\\d{6}");
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory)
                    .filter(d -> name.matcher(d.getFileName().toString()).matches())
                    .filter(d -> requiredFile == null || Files.isRegularFile(d.resolve(requiredFile)))
                    .max(Comparator.comparing(d -> d.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
    }

    /** One daemon thread, so loading or training never holds the JVM open at shutdown. */
    static ExecutorService backgroundWorker(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
