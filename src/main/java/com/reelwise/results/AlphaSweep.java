package com.reelwise.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The hybrid's accuracy as its collaborative weight α goes from 0 (content only) to 1 (collaborative
 * only), on one data set under one protocol, with the two parts alone as reference levels.
 *
 * @param dataset       data set
 * @param protocol      protocol
 * @param metric        the protocol's primary metric, the one plotted
 * @param points        one point per α, ascending
 * @param collaborative the collaborative-only method's value (NeuMF alone), or null when not measured
 * @param content       the content-only method's value (fine-tuned MiniLM alone), or null when not measured
 * @param tuned         the tuned hybrid (its α and value), or null when not measured
 * @param validationMetric the metric α was tuned by on the validation part (e.g. "NDCG@20"), or null
 * @param note          what the harness noted about the tuning (e.g. that α cannot matter here), or null
 */
public record AlphaSweep(String dataset, String protocol, String metric, List<Point> points, Double collaborative,
                         Double content, Point tuned, String validationMetric, String note) {

    /**
     * One α and the metric there; {@code all} holds every metric of that row, {@code validation} the
     * validation score α was tuned by (null when not recorded).
     */
    public record Point(double alpha, double value, Map<String, Double> all, Double validation) {
    }

    public AlphaSweep {
        points = points.stream().sorted(Comparator.comparingDouble(Point::alpha)).toList();
    }

    /** The α with the highest value of the plotted metric. */
    public Point best() {
        return points.stream().max(Comparator.comparingDouble(Point::value)).orElseThrow();
    }

    /** Every sweep found in the results, one per (data set, protocol) with at least two α points. */
    public static List<AlphaSweep> from(LatestResults results) {
        List<AlphaSweep> out = new ArrayList<>();
        for (String dataset : results.datasets()) {
            for (String protocol : results.protocols(dataset)) {
                of(results.filter(dataset, protocol, null), dataset, protocol).ifPresent(out::add);
            }
        }
        return out;
    }

    static Optional<AlphaSweep> of(List<EvaluationRow> rows, String dataset, String protocol) {
        List<EvaluationRow> sweep = rows.stream().filter(EvaluationRow::sweepPoint).toList();
        if (sweep.size() < 2) {
            return Optional.empty();
        }
        Map<String, Double> any = new LinkedHashMap<>();
        sweep.forEach(r -> r.metrics().forEach(any::putIfAbsent));
        String metric = MetricNames.primary(protocol, any.keySet());
        List<Point> points = sweep.stream().filter(r -> r.metric(metric) != null)
                .map(r -> new Point(r.alpha(), r.metric(metric), r.metrics(), r.modelNumber("validation"))).toList();
        if (points.size() < 2) {
            return Optional.empty();
        }
        Double collaborative = value(rows, metric, MethodNames.COLLABORATIVE_ONLY);
        Double content = value(rows, metric, MethodNames.CONTENT_ONLY);
        Optional<EvaluationRow> tunedRow = rows.stream()
                .filter(r -> r.method().equals("hybrid") && r.alpha() != null && r.metric(metric) != null).findFirst();
        Point tuned = tunedRow.map(r -> new Point(r.alpha(), r.metric(metric), r.metrics(), r.modelNumber("validation"))).orElse(null);
        String validationMetric = sweep.stream().map(r -> r.modelConfig().get("validationMetric")).filter(String.class::isInstance)
                .map(String.class::cast).findFirst().orElse(null);
        String note = tunedRow.map(r -> r.modelConfig().get("note")).filter(String.class::isInstance).map(String.class::cast).orElse(null);
        return Optional.of(new AlphaSweep(dataset, protocol, metric, points, collaborative, content, tuned, validationMetric, note));
    }

    private static Double value(List<EvaluationRow> rows, String metric, Set<String> methods) {
        return rows.stream().filter(r -> methods.contains(r.method()) && r.metric(metric) != null)
                .sorted(Comparator.comparing(EvaluationRow::method, MethodNames.TABLE_ORDER))
                .map(r -> r.metric(metric)).findFirst().orElse(null);
    }
}
