package com.reelwise.runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one owner of run names: {@code <dataset>-<yyyyMMdd-HHmmss>} in UTC, for model folders, run records and
 * result files alike, and the rule that finds the newest one (timestamps sort as text).
 */
public final class RunFolders {

    /** The stamp's format, UTC. */
    public static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** The stamp as a regular expression, for names that embed it (run folders, result files). */
    public static final String STAMP_PATTERN = "\\d{8}-\\d{6}";

    private RunFolders() {
    }

    /** The stamp for now. */
    public static String stamp(Clock clock) {
        return STAMP.format(clock.instant());
    }

    /** {@code <dataset>-<stamp>}. */
    public static String name(String dataset, Clock clock) {
        return dataset + "-" + stamp(clock);
    }

    /** The data set a run is named after: "ml-latest-small-20261122-212520" to "ml-latest-small". */
    public static String datasetOf(String runName) {
        return runName.replaceFirst("-" + STAMP_PATTERN + "$", "");
    }

    /**
     * The newest {@code <dataset>-<stamp>} folder under {@code root}, optionally only among folders that hold
     * {@code requiredFile} (so a half-written run is skipped). The exact pattern keeps "ml-latest" from
     * picking up "ml-latest-small" runs.
     */
    public static Optional<Path> newest(Path root, String dataset, String requiredFile) {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        Pattern name = Pattern.compile(Pattern.quote(dataset) + "-" + STAMP_PATTERN);
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory)
                    .filter(d -> name.matcher(d.getFileName().toString()).matches())
                    .filter(d -> requiredFile == null || Files.isRegularFile(d.resolve(requiredFile)))
                    .max(Comparator.comparing(d -> d.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
    }
}
