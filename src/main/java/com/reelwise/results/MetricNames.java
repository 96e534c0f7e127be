package com.reelwise.results;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the metric columns are called, in which order they read best, and which one judges a protocol. */
public final class MetricNames {

    private static final Pattern NAME = Pattern.compile("([A-Za-z]+)@(\\d+)");
    // Accuracy first (what the protocol is about), then beyond-accuracy measures.
    private static final List<String> FAMILIES = List.of("HR", "RECALL", "NDCG", "MAP", "ILD", "COVERAGE", "MEANPOPULARITY");
    private static final Set<String> NOT_ACCURACY = Set.of("ILD", "COVERAGE", "MEANPOPULARITY");

    private MetricNames() {
    }

    /** Orders metric names HR, Recall, NDCG, MAP, ILD, Coverage, MeanPopularity, each by cutoff; others last by name. */
    public static final Comparator<String> READING_ORDER = Comparator
            .comparingInt((String name) -> {
                int i = FAMILIES.indexOf(family(name));
                return i < 0 ? FAMILIES.size() : i;
            })
            .thenComparingInt(MetricNames::cutoff)
            .thenComparing(Comparator.naturalOrder());

    static Map<String, Double> ordered(Map<String, Double> metrics) {
        Map<String, Double> out = new LinkedHashMap<>();
        metrics.keySet().stream().sorted(READING_ORDER).forEach(name -> out.put(name, metrics.get(name)));
        return out;
    }

    /** True when a larger value means more accurate recommendations (not so for coverage, popularity or diversity). */
    public static boolean isAccuracy(String name) {
        return !NOT_ACCURACY.contains(family(name));
    }

    /** The metric a protocol is judged by: HR@10 for leave-one-out, Recall@20 for full ranking, Recall@10 for cold start. */
    public static String primary(String protocol, Set<String> available) {
        List<String> preference = switch (protocol) {
            case "loo-99neg" -> List.of("HR@10", "NDCG@10");
            case "full-ranking", "full-ranking-released" -> List.of("Recall@20", "Recall@10", "NDCG@10");
            case "cold-start", "cold-start-released" -> List.of("Recall@10", "NDCG@10");
            default -> List.of("HR@10", "Recall@20", "Recall@10", "NDCG@10");
        };
        return preference.stream().filter(available::contains).findFirst()
                .orElseGet(() -> available.stream().filter(MetricNames::isAccuracy).sorted(READING_ORDER).findFirst()
                        .orElse(available.stream().sorted(READING_ORDER).findFirst().orElse(null)));
    }

    /** A short plain-language meaning, for table headers and the About page. */
    public static String meaning(String name) {
        int k = cutoff(name);
        return switch (family(name)) {
            case "HR" -> "share of people whose hidden movie is in the top " + k;
            case "RECALL" -> "share of the hidden movies found in the top " + k;
            case "NDCG" -> "like recall, but a hit near the top counts more (top " + k + ")";
            case "MAP" -> "mean precision at each hit, top " + k;
            case "ILD" -> "how different the top " + k + " movies are from each other (higher = more varied)";
            case "COVERAGE" -> "share of the catalog that appears in anyone's top " + k;
            case "MEANPOPULARITY" -> "average number of ratings of a recommended movie (lower = less mainstream)";
            default -> name;
        };
    }

    private static String family(String name) {
        Matcher m = NAME.matcher(name);
        return (m.matches() ? m.group(1) : name).toUpperCase(Locale.ROOT);
    }

    private static int cutoff(String name) {
        Matcher m = NAME.matcher(name);
        return m.matches() ? Integer.parseInt(m.group(2)) : 0;
    }
}
