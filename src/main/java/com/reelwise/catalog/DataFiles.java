package com.reelwise.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds data files by name anywhere in the data directory (up to three folders deep), so any sensible layout works. */
final class DataFiles {

    private static final int MAX_DEPTH = 3;

    private final Path dataDir;

    DataFiles(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Every file whose name matches the glob, in path order (deterministic when several match). */
    List<Path> all(String fileGlob) {
        if (!Files.isDirectory(dataDir)) {
            return List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + fileGlob);
        try (Stream<Path> files = Files.walk(dataDir, MAX_DEPTH)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> matcher.matches(p.getFileName()))
                    .sorted(Comparator.naturalOrder())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the data directory " + dataDir, e);
        }
    }

    /** The first file whose name matches the glob. */
    Optional<Path> first(String fileGlob) {
        return all(fileGlob).stream().findFirst();
    }
}
