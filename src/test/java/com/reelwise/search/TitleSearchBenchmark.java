package com.reelwise.search;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.CatalogLoader;
import com.reelwise.catalog.Movie;
import com.reelwise.ratings.MovieLensDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Title search latency over 45,000 titles: the real catalog where the data is present, topped up
 * with generated titles. Run: {@code mvn -q test-compile exec:java@bench-search}.
 */
public final class TitleSearchBenchmark {

    private static final int TARGET_TITLES = 45_000;
    private static final int WARMUP = 3_000;
    private static final int MEASURED = 20_000;
    private static final String[] WORDS = {"night", "river", "shadow", "king", "love", "city", "last", "dark", "summer", "war",
            "secret", "blood", "star", "dream", "house", "return", "journey", "lost", "golden", "storm", "angel", "hunter",
            "ghost", "island", "empire", "silent", "wild", "broken", "winter", "fire"};

    private TitleSearchBenchmark() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "../shared/datasets");
        List<Movie> movies = new ArrayList<>();
        if (Files.isDirectory(dataDir)) {
            movies.addAll(new CatalogLoader(dataDir, false).load(MovieLensDataset.find(dataDir, "auto")).movies());
        }
        int real = movies.size();
        Random random = new Random(42);
        for (int i = 0; movies.size() < TARGET_TITLES; i++) {
            String title = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " "
                    + WORDS[random.nextInt(WORDS.length)];
            movies.add(new Movie(Catalog.TMDB_ONLY_ID_BASE + 5_000_000 + i, null, null, title, List.of(), 1950 + random.nextInt(70),
                    List.of(), null, null, List.of(), List.of(), null, List.of(), null, random.nextInt(50), null, 0));
        }
        long buildStart = System.nanoTime();
        try (TitleSearch search = new TitleSearch(Catalog.of(movies))) {
            double buildMs = (System.nanoTime() - buildStart) / 1e6;
            String[] queries = {"godfater", "amelie", "matrix 1999", "star wars", "lord of the ring", "the godf", "shawshank",
                    "pulp fiction", "silent night", "blod", "golden storm 1975", "x", "ghost hunter", "toy stroy", "terminator 2"};
            for (int i = 0; i < WARMUP; i++) {
                search.search(queries[i % queries.length], 10);
            }
            long[] nanos = new long[MEASURED];
            long[][] perQuery = new long[queries.length][MEASURED / queries.length + 1];
            for (int i = 0; i < MEASURED; i++) {
                long start = System.nanoTime();
                search.search(queries[i % queries.length], 10);
                nanos[i] = System.nanoTime() - start;
                perQuery[i % queries.length][i / queries.length] = nanos[i];
            }
            Arrays.sort(nanos);
            double total = Arrays.stream(nanos).sum() / 1e9;
            System.out.printf("Title search benchmark: %,d titles (%,d real, %,d generated), index built in %.0f ms%n",
                    movies.size(), real, movies.size() - real, buildMs);
            System.out.printf("  %,d queries (mix of %d: typos, prefixes, years, multi-word), limit 10, one thread%n", MEASURED, queries.length);
            System.out.printf("  p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms, mean %.2f ms, %.0f queries/s%n",
                    ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6, total * 1e3 / MEASURED, MEASURED / total);
            System.out.printf("  p99 against the 10 ms budget: %.2fx of budget%n", ms(nanos, 0.99) / 10.0);
            for (int q = 0; q < queries.length; q++) {
                long[] times = Arrays.copyOf(perQuery[q], MEASURED / queries.length);
                Arrays.sort(times);
                System.out.printf("    %-20s p50 %6.2f ms  p99 %6.2f ms%n", '"' + queries[q] + '"', ms(times, 0.5), ms(times, 0.99));
            }
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
