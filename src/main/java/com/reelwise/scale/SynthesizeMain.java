package com.reelwise.scale;

import java.nio.file.Path;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Command line: writes a synthetic MovieLens-shaped release into the data directory, e.g.
 * {@code mvn -q compile exec:java@synthesize -Dexec.args="--data-dir /tmp/scale --ratings 4m"} writes
 * /tmp/scale/ml-synth-4m, which every command then reads as {@code --dataset ml-synth-4m}.
 */
@Command(name = "synthesize", mixinStandardHelpOptions = true,
        description = "Writes a synthetic MovieLens-shaped release (ratings.csv, movies.csv, links.csv) of the size asked for.")
public final class SynthesizeMain implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--data-dir", required = true, description = "Where the release folder goes.")
    Path dataDir;

    @Option(names = "--ratings", required = true, description = "How many ratings: a number, or with k or m, e.g. 4m.")
    String ratings;

    @Option(names = "--people", description = "How many people (default: ratings / 165.3, ml-latest-small's mean).")
    Integer people;

    @Option(names = "--films", description = "How many films (default: 9,724 x (ratings / 100,836)^0.38).")
    Integer films;

    @Option(names = "--seed", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    public static void main(String[] args) {
        int status = new CommandLine(new SynthesizeMain()).execute(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    @Override
    public Integer call() {
        long count = parseCount(ratings);
        SyntheticMovieLens.Size defaults = SyntheticMovieLens.Size.ofRatings(count);
        SyntheticMovieLens.Size size = new SyntheticMovieLens.Size(count, people != null ? people : defaults.people(),
                films != null ? films : defaults.films());
        Path dir = dataDir.resolve(size.folderName());
        long started = System.nanoTime();
        SyntheticMovieLens.Written written;
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Writing " + size.folderName()).setInitialMax(count)
                .setUnit("k ratings", 1000).setStyle(ProgressBarStyle.ASCII).build()) {
            written = new SyntheticMovieLens(MovieLensShape.ML_LATEST_SMALL).write(dir, size, seed, bar::stepTo);
        }
        System.out.printf("%s: %,d ratings by %,d people of %,d films (%,d rated), %,d MB, in %.1f s%n", written.dir(), written.ratings(),
                written.people(), written.films(), written.filmsRated(), written.bytes() >> 20, (System.nanoTime() - started) / 1e9);
        return 0;
    }

    /** 4m, 250k, 1000000. */
    static long parseCount(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT).replace("_", "").replace(",", "");
        long unit = t.endsWith("m") ? 1_000_000 : t.endsWith("k") ? 1_000 : 1;
        String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
        try {
            return Math.multiplyExact(Long.parseLong(digits), unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new CommandLine.TypeConversionException("--ratings needs a count such as 1000000, 250k or 4m, not '" + text + "'");
        }
    }
}
