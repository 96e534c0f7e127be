package com.reelwise.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reelwise.eval.ResultFields;
import com.reelwise.recommend.Method;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The score a person reads, with the same meaning for every method: how often, in the harness, the film a method
 * put at this place of a newcomer's list was one the person went on to watch. It comes from the newest
 * full-ranking run over newcomer-sized profiles ({@code -Dreelwise.harness.newcomerPicks=5}; see
 * model-training/README.md), one rate per method and rank, made non-increasing down the list; a method or rank
 * that run lacks has none.
 */
public final class WatchChances {

    /**
     * @param share   between 0 and 1
     * @param meaning one sentence saying what the share is and how it was measured
     */
    public record Chance(double share, String meaning) {

        /** "24%", or "<1%" for a share that would round to nothing. */
        public String percent() {
            return share > 0 && share < 0.005 ? "<1%" : Math.round(100 * share) + "%";
        }
    }

    private final Map<Method, double[]> byRank;
    private final String dataset;
    private final int picks;

    private WatchChances(Map<Method, double[]> byRank, String dataset, int picks) {
        this.byRank = byRank;
        this.dataset = dataset;
        this.picks = picks;
    }

    /** None known: every {@link #at} is empty. */
    public static WatchChances none() {
        return new WatchChances(Map.of(), "", 0);
    }

    /** The newest {@code *_full-ranking_*.json} in {@code dir}; none when there is no such file. */
    public static WatchChances read(Path dir) {
        if (!Files.isDirectory(dir)) {
            return none();
        }
        Optional<Path> newest;
        try (Stream<Path> files = Files.list(dir)) {
            newest = files.filter(f -> f.getFileName().toString().contains("_full-ranking_") && f.toString().endsWith(".json"))
                    .max(Comparator.comparing(f -> f.getFileName().toString().substring(f.getFileName().toString().lastIndexOf('_'))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
        return newest.map(WatchChances::parse).orElseGet(WatchChances::none);
    }

    private static WatchChances parse(Path file) {
        JsonNode rows;
        try {
            rows = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        Map<Method, double[]> byRank = new EnumMap<>(Method.class);
        String dataset = "";
        int picks = 0;
        for (JsonNode row : rows) {
            JsonNode rates = row.path(ResultFields.HIT_RATE_BY_RANK);
            Method method = MethodNames.servedBy(row.path(ResultFields.METHOD).asText()).orElse(null);
            if (method == null || !rates.isArray() || rates.isEmpty()) {
                continue;
            }
            double[] values = new double[rates.size()];
            for (int r = 0; r < values.length; r++) {
                values[r] = rates.get(r).asDouble();
            }
            byRank.put(method, nonIncreasing(values));
            dataset = row.path(ResultFields.DATASET).asText();
            picks = picksIn(row.path(ResultFields.MODEL_CONFIG).path(ResultFields.PATH).asText());
        }
        return new WatchChances(byRank, dataset, picks);
    }

    /**
     * The closest non-increasing sequence (least squares, pool-adjacent-violators): with ~600 people per rank the
     * raw rates wobble by about ±3 points, and a list whose third film reads likelier than its first misleads.
     */
    static double[] nonIncreasing(double[] rates) {
        int n = rates.length;
        double[] mean = new double[n];
        int[] size = new int[n];
        int blocks = 0;
        for (double rate : rates) {
            mean[blocks] = rate;
            size[blocks] = 1;
            blocks++;
            while (blocks > 1 && mean[blocks - 2] < mean[blocks - 1]) {
                int merged = size[blocks - 2] + size[blocks - 1];
                mean[blocks - 2] = (mean[blocks - 2] * size[blocks - 2] + mean[blocks - 1] * size[blocks - 1]) / merged;
                size[blocks - 2] = merged;
                blocks--;
            }
        }
        double[] out = new double[n];
        int at = 0;
        for (int b = 0; b < blocks; b++) {
            java.util.Arrays.fill(out, at, at + size[b], mean[b]);
            at += size[b];
        }
        return out;
    }

    /** The profile size the run used, from its "profile = the latest N known films" note (0 when it used them all). */
    private static int picksIn(String path) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("the latest (\\d+) known films").matcher(path);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The chance at {@code rank} (1 = top) of a list by {@code method}; empty when not measured. */
    public Optional<Chance> at(Method method, int rank) {
        double[] rates = byRank.get(method);
        if (rates == null || rank < 1 || rank > rates.length) {
            return Optional.empty();
        }
        double share = rates[rank - 1];
        String people = picks > 0 ? "people of " + dataset + " who named their latest " + picks + " films"
                : "people of " + dataset;
        String meaning = String.format(Locale.ROOT, "In our test, %s of the films this method put at place %d for %s were films "
                + "they went on to watch (default settings; filters, mood and discovery change the list).", new Chance(share, "").percent(),
                rank, people);
        return Optional.of(new Chance(share, meaning));
    }
}
