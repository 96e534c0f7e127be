package com.reelwise.ratings;

import com.reelwise.memory.DoesNotFitException;
import com.reelwise.memory.MemoryInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Reads a MovieLens ratings file into {@link Ratings}, streaming: bytes are parsed straight into primitive columns,
 * with no string or object per row, so ML-32M (32 million rows, 877 MB) loads in seconds into about 20 bytes a
 * rating. The files are four numeric fields per line (a CSV library would build a string per field first); the
 * CSV layout has a header line, ml-100k is tab separated without one; CRLF line ends are accepted.
 */
public final class RatingsReader {

    /** Files above this size get a terminal progress bar while they load (ml-25m, ml-32m). */
    private static final long PROGRESS_THRESHOLD_BYTES = 64L << 20;
    /** A MovieLens CSV line is 20-30 bytes: the columns start this large and grow rarely. */
    private static final int BYTES_PER_ROW_GUESS = 24;
    /** Fewer bytes than any MovieLens line (a ten-digit timestamp alone is 10): the refusal over-counts ratings, never under. */
    static final int FEWEST_BYTES_PER_ROW = 16;
    static final int PEAK_BYTES_PER_RATING = 32;

    private RatingsReader() {
    }

    public static Ratings read(MovieLensDataset dataset) {
        var file = dataset.ratingsFile();
        try {
            refuseIfTooLarge(dataset.name(), Files.size(file), MemoryInfo.freeHeapBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the ratings file " + file, e);
        }
        try (InputStream in = withProgress(Files.newInputStream(file), Files.size(file), dataset.name())) {
            Columns columns = new Columns((int) Math.min(Integer.MAX_VALUE - 8, Files.size(file) / BYTES_PER_ROW_GUESS + 16));
            parse(in, dataset.format() == MovieLensDataset.Format.CSV, columns, file.toString());
            return columns.toRatings();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the ratings file " + file, e);
        }
    }

    /**
     * Refuses a file whose ratings would not fit the heap, with a sentence, before reading a byte: at its peak a load
     * holds about {@value #PEAK_BYTES_PER_RATING} bytes a rating (the raw columns, the dense indices, a sorted copy of
     * the ids), and a file holds at most one rating per {@value #FEWEST_BYTES_PER_ROW} bytes.
     */
    static void refuseIfTooLarge(String name, long fileBytes, long freeHeap) {
        long ratings = fileBytes / FEWEST_BYTES_PER_ROW;
        long needed = ratings * PEAK_BYTES_PER_RATING;
        if (needed > freeHeap) {
            throw new DoesNotFitException(String.format(java.util.Locale.ROOT,
                    "%s's ratings (%,d MB, up to %,d ratings) need up to %.1f GB of Java heap to load and %.1f GB is free: give Java"
                            + " more memory (-Xmx, or a larger machine) or choose a smaller release.", name, fileBytes >> 20, ratings,
                    needed / 1e9, freeHeap / 1e9));
        }
    }

    /** userId, movieId, rating, timestamp per line, separated by commas or tabs. */
    static void parse(InputStream in, boolean header, Columns into, String name) throws IOException {
        LineParser parser = new LineParser(header, into, name);
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                parser.accept(buffer[i]);
            }
        }
        parser.end();
    }

    /** The parse's state between bytes: which field of which line, and the number being read. */
    private static final class LineParser {
        private final Columns into;
        private final String name;
        private final long[] values = new long[4];
        private boolean skipping;
        private int field;
        private long whole;
        private long fraction;
        private long scale = 1;
        private boolean inFraction;
        private boolean negative;
        private boolean any;
        private long line = 1;

        LineParser(boolean header, Columns into, String name) {
            this.skipping = header;
            this.into = into;
            this.name = name;
        }

        void accept(byte b) {
            if (skipping) {
                if (b == '\n') {
                    skipping = false;
                    line++;
                }
                return;
            }
            if (b >= '0' && b <= '9') {
                if (inFraction) {
                    if (scale < 1_000_000_000_000L) {
                        fraction = fraction * 10 + (b - '0');
                        scale *= 10;
                    }
                } else {
                    whole = whole * 10 + (b - '0');
                }
                any = true;
            } else if (b == '.') {
                inFraction = true;
            } else if (b == '-') {
                negative = true;
            } else if (b == '\r') {
                return;
            } else if (b != ',' && b != '\t' && b != '\n') {
                throw new IllegalArgumentException(name + " line " + line + ": unexpected character '" + (char) (b & 0xff)
                        + "' (expected numbers separated by commas or tabs)");
            } else {
                separator(b == '\n');
            }
        }

        /** A last line without its newline ends as if it had one. */
        void end() {
            if (any || field > 0) {
                separator(true);
            }
        }

        private void separator(boolean lineEnd) {
            if (!lineEnd || any || field > 0) {
                if (!any) {
                    throw new IllegalArgumentException(name + " line " + line + ": field " + (field + 1) + " is empty");
                }
                if (field >= 4) {
                    throw new IllegalArgumentException(name + " line " + line + ": more than 4 fields");
                }
                values[field] = negative ? -whole : whole;
                if (field == 2) {
                    into.value(values[2] + (scale == 1 ? 0 : (double) fraction / scale) * (negative ? -1 : 1));
                }
                field++;
            }
            whole = 0;
            fraction = 0;
            scale = 1;
            inFraction = false;
            negative = false;
            any = false;
            if (lineEnd) {
                if (field != 0 && field != 4) {
                    throw new IllegalArgumentException(name + " line " + line + ": " + field + " fields, expected 4");
                }
                if (field == 4) {
                    into.add(toInt(values[0], name, line), toInt(values[1], name, line), values[3]);
                }
                field = 0;
                line++;
            }
        }
    }

    private static int toInt(long v, String name, long line) {
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " line " + line + ": id " + v + " is out of range");
        }
        return (int) v;
    }

    /** Growable primitive columns. */
    static final class Columns {
        private int[] users;
        private int[] movies;
        private float[] values;
        private long[] times;
        private int size;
        private double pendingValue = Double.NaN;

        Columns(int capacity) {
            users = new int[capacity];
            movies = new int[capacity];
            values = new float[capacity];
            times = new long[capacity];
        }

        void value(double v) {
            pendingValue = v;
        }

        void add(int user, int movie, long time) {
            if (size == users.length) {
                int grown = (int) Math.min(Integer.MAX_VALUE - 8, size + (size >> 1) + 16L);
                users = Arrays.copyOf(users, grown);
                movies = Arrays.copyOf(movies, grown);
                values = Arrays.copyOf(values, grown);
                times = Arrays.copyOf(times, grown);
            }
            users[size] = user;
            movies[size] = movie;
            values[size] = (float) pendingValue;
            times[size++] = time;
        }

        Ratings toRatings() {
            if (size < users.length) {
                users = Arrays.copyOf(users, size);
                movies = Arrays.copyOf(movies, size);
                values = Arrays.copyOf(values, size);
                times = Arrays.copyOf(times, size);
            }
            return Ratings.fromRawIds(users, movies, values, times);
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
