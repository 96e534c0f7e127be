package com.reelwise.rating;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reelwise.runs.RunFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The newest rating-prediction result per data set and model ({@code <dataset>_ratings_<stamp>.json}, written by
 * {@link EvaluateRatings}), as rows and as the Markdown table of the README, the report and the rating README,
 * with Surprise's published ml-100k table as anchors.
 *
 * @param problems files that could not be read, as sentences
 */
public record RatingResults(List<Row> rows, List<String> problems) {

    private static final Pattern FILE = Pattern.compile("(.+)_ratings_(" + RunFolders.STAMP_PATTERN + ")\\.json");
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** Surprise's published 5-fold table on ml-100k (random folds, default parameters): RMSE per algorithm. */
    public static final Map<String, Double> SURPRISE_ML100K = anchors();

    /** One model on one data set: per-fold RMSE and MAE and their mean ± sample sd. */
    public record Row(String dataset, String folds, String model, double[] rmse, double[] mae, double rmseMean, double rmseSd,
                      double maeMean, double maeSd, String run, Long seed) {
    }

    /** Models in the order the tables list them: the floor, the classic predictors, then ours. */
    static final List<String> ORDER = List.of("global-mean", "biases", "biased-mf", "knn-baseline", "visitor-path", "autorec", "stars");

    /** The newest row per data set and model over every result file in {@code dir} (a run may hold some models only). */
    public static RatingResults newest(Path dir) {
        List<Path> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> listed = Files.list(dir)) {
                listed.filter(f -> FILE.matcher(f.getFileName().toString()).matches()).forEach(files::add);
            } catch (IOException e) {
                problems.add("The rating results in " + dir + " cannot be listed: " + e.getMessage());
            }
        }
        // oldest stamp first, so a newer row replaces an older one
        files.sort(Comparator.comparing(f -> stamp(f)));
        Map<String, Row> newest = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                for (Map<String, Object> r : JSON.readValue(file.toFile(), Map[].class)) {
                    Row row = new Row((String) r.get("dataset"), (String) r.get("folds"), (String) r.get("model"), numbers(r.get("rmse")),
                            numbers(r.get("mae")), number(r.get("rmseMean")), number(r.get("rmseSd")), number(r.get("maeMean")),
                            number(r.get("maeSd")), stamp(file), r.get("seed") == null ? null : ((Number) r.get("seed")).longValue());
                    newest.put(row.dataset() + "\u0000" + row.model(), row);
                }
            } catch (IOException | ClassCastException | NullPointerException e) {
                problems.add("The rating result file " + file.getFileName() + " cannot be read: " + e.getMessage());
            }
        }
        List<Row> rows = new ArrayList<>(newest.values());
        rows.sort(Comparator.comparing(Row::dataset, Comparator.comparing(d -> d.equals("ml-100k") ? 0 : 1))
                .thenComparing(r -> ORDER.contains(r.model()) ? ORDER.indexOf(r.model()) : ORDER.size()));
        return new RatingResults(rows, problems);
    }

    private static String stamp(Path file) {
        Matcher m = FILE.matcher(file.getFileName().toString());
        return m.matches() ? m.group(2) : "";
    }

    public List<String> datasets() {
        return rows.stream().map(Row::dataset).distinct().toList();
    }

    public List<Row> of(String dataset) {
        return rows.stream().filter(r -> r.dataset().equals(dataset)).toList();
    }

    /** What a person reads for a model name. */
    public static String display(String model) {
        return switch (model) {
            case "global-mean" -> "Global mean";
            case "biases" -> "User and film biases (Surprise's BaselineOnly)";
            case "biased-mf" -> "Biased MF (Surprise's SVD defaults)";
            case "knn-baseline" -> "Item k-NN on the biases' residuals (Surprise's KNNBaseline)";
            case "visitor-path" -> "The visitor path: k-NN with the user's bias folded in from their own ratings";
            case "autorec" -> "I-AutoRec (DJL)";
            case "stars" -> "Star model: biases lifted towards I-AutoRec and k-NN (served)";
            default -> model;
        };
    }

    /** Per data set: the protocol, then one row per model (mean ± sd and each fold); ml-100k adds Surprise's anchors. */
    public String markdown() {
        StringBuilder out = new StringBuilder();
        for (String dataset : datasets()) {
            List<Row> rows = of(dataset);
            Row first = rows.get(0);
            out.append("#### ").append(dataset).append(", predicted stars, ").append(first.folds()).append("\n\n");
            out.append(protocol(first)).append("\n\n");
            out.append("| model | RMSE (mean ± sd) | MAE (mean ± sd) | RMSE per fold |\n| --- | ---: | ---: | --- |\n");
            double best = rows.stream().mapToDouble(Row::rmseMean).min().orElse(Double.NaN);
            for (Row r : rows) {
                String rmse = String.format(Locale.ROOT, "%.4f ± %.4f", r.rmseMean(), r.rmseSd());
                out.append("| ").append(display(r.model())).append(" | ").append(r.rmseMean() == best ? "**" + rmse + "**" : rmse)
                        .append(String.format(Locale.ROOT, " | %.4f ± %.4f | ", r.maeMean(), r.maeSd()))
                        .append(String.join(", ", java.util.Arrays.stream(r.rmse()).mapToObj(v -> String.format(Locale.ROOT, "%.4f", v)).toList()))
                        .append(" |\n");
            }
            if (dataset.equals("ml-100k")) {
                out.append("\nAnchors, Surprise's published table (ml-100k, five *random* folds, default parameters), RMSE: ");
                out.append(String.join(", ", SURPRISE_ML100K.entrySet().stream()
                        .map(e -> String.format(Locale.ROOT, "%s %.3f", e.getKey(), e.getValue())).toList()));
                out.append(". Bar: mean RMSE ≤ 0.90 over the official folds.\n");
            }
            List<String> runs = rows.stream().map(Row::run).distinct().sorted().toList();
            out.append(runs.size() == 1 ? "\nRun " : "\nRuns ").append(String.join(", ", runs))
                    .append(first.seed() == null ? "" : ", seed " + first.seed()).append(".\n\n");
        }
        return out.toString();
    }

    /** The protocol in one sentence, written beside every table. */
    public static String protocol(Row row) {
        return (row.folds().startsWith("official") ? "ml-100k's five official folds (u1.base/u1.test … u5), 80/20, every rating tested once"
                : "Five seeded random folds of every rating, every rating tested once")
                + "; a seeded 5% of each fold's base part is the validation slice that picks I-AutoRec's epochs and the blend's "
                + "weights; no test rating is used for training, tuning or stopping; RMSE and MAE in stars, mean ± sample sd over the folds.";
    }

    private static Map<String, Double> anchors() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("SVD", 0.936);
        m.put("SVD++", 0.922);
        m.put("k-NN Baseline", 0.931);
        m.put("BaselineOnly", 0.944);
        m.put("NMF", 0.964);
        m.put("Slope One", 0.946);
        return java.util.Collections.unmodifiableMap(m);
    }

    private static double[] numbers(Object list) {
        return ((List<?>) list).stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
