package com.reelwise.ratings;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every training command takes to find its MovieLens release (a picocli mixin). */
public final class DatasetOptions {

    @Option(names = "--data", required = true, description = "Folder holding MovieLens releases.")
    public Path data;

    @Option(names = "--dataset", defaultValue = "ml-latest-small", description = "MovieLens release (default: ${DEFAULT-VALUE}).")
    public String dataset;
}
