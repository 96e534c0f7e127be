package com.reelwise.ratings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** Reads a MovieLens ratings file into {@link Ratings}. */
public final class RatingsReader {

    /** Files above this size get a terminal progress bar while they load (ml-25m, ml-32m). */
    private static final long PROGRESS_THRESHOLD_BYTES = 64L << 20;

    private static final ColumnType[] TYPES = {ColumnType.INTEGER, ColumnType.INTEGER, ColumnType.FLOAT, ColumnType.LONG};

    private RatingsReader() {
    }

    public static Ratings read(MovieLensDataset dataset) {
        var file = dataset.ratingsFile();
        try (InputStream in = withProgress(Files.newInputStream(file), Files.size(file), dataset.name())) {
            CsvReadOptions.Builder options = CsvReadOptions.builder(in).columnTypes(TYPES);
            if (dataset.format() == MovieLensDataset.Format.ML_100K) {
                options.header(false).separator('\t');
            }
            Table table = Table.read().csv(options.build());
            return Ratings.fromRawIds(
                    table.intColumn(0).asIntArray(),
                    table.intColumn(1).asIntArray(),
                    table.floatColumn(2).asFloatArray(),
                    table.longColumn(3).asLongArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the ratings file " + file, e);
        }
    }

    private static InputStream withProgress(InputStream in, long size, String name) {
        if (size < PROGRESS_THRESHOLD_BYTES) {
            return in;
        }
        return ProgressBar.wrap(in, new ProgressBarBuilder()
                .setTaskName("Loading " + name + " ratings")
                .setInitialMax(size)
                .setUnit(" MB", 1 << 20)
                .setStyle(ProgressBarStyle.ASCII));
    }
}
