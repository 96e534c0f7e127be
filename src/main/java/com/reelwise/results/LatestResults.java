package com.reelwise.results;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The newest row per (data set, protocol, method) across every result file, and the files that could
 * not be read.
 *
 * @param dir      the folder read
 * @param rows     sorted by data set, protocol, then method in table order
 * @param problems one sentence per unreadable file; empty when all were fine
 */
public record LatestResults(Path dir, List<EvaluationRow> rows, List<String> problems) {

    private static final List<String> DATASET_ORDER = List.of("ml-latest-small", "ml-100k");

    /** Protocols in the order a reader meets them: the paper protocol, the strict one, then cold start; each before its released-films variant. */
    private static final List<String> PROTOCOL_ORDER = List.of("loo-99neg", "full-ranking", "full-ranking-released",
            "cold-start", "cold-start-released");

    public static final Comparator<String> PROTOCOLS = Comparator
            .comparingInt((String p) -> PROTOCOL_ORDER.contains(p) ? PROTOCOL_ORDER.indexOf(p) : PROTOCOL_ORDER.size())
            .thenComparing(Comparator.naturalOrder());

    static final Comparator<EvaluationRow> ROW_ORDER = Comparator.comparing(EvaluationRow::dataset)
            .thenComparing(EvaluationRow::protocol, PROTOCOLS)
            .thenComparing(EvaluationRow::method, MethodNames.TABLE_ORDER);

    public LatestResults {
        rows = rows.stream().sorted(ROW_ORDER).toList();
        problems = List.copyOf(problems);
    }

    /** The rows matching every given filter; a null or blank filter matches all. */
    public List<EvaluationRow> filter(String dataset, String protocol, String method) {
        return rows.stream().filter(r -> matches(dataset, r.dataset()) && matches(protocol, r.protocol())
                && matches(method, r.method())).toList();
    }

    /** Data sets present: the one the app serves by default first, then the evaluation-only ones, then any other by name. */
    public List<String> datasets() {
        return rows.stream().map(EvaluationRow::dataset).distinct()
                .sorted(Comparator.comparingInt((String d) -> DATASET_ORDER.contains(d) ? DATASET_ORDER.indexOf(d) : DATASET_ORDER.size())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** Protocols present for a data set, in reading order. */
    public List<String> protocols(String dataset) {
        TreeSet<String> out = new TreeSet<>(PROTOCOLS);
        rows.stream().filter(r -> r.dataset().equals(dataset)).forEach(r -> out.add(r.protocol()));
        return List.copyOf(out);
    }

    private static boolean matches(String filter, String value) {
        return filter == null || filter.isBlank() || Objects.equals(filter.strip(), value);
    }
}
