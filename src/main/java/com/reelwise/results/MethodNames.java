package com.reelwise.results;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Display names of the evaluated methods and which of them are Reelwise's own. */
public final class MethodNames {

    private static final Pattern SWEEP = Pattern.compile("hybrid-a(\\d+(?:\\.\\d+)?)");
    private static final Map<String, String> DISPLAY = Map.ofEntries(
            Map.entry("popular", "Popular"),
            Map.entry("popular-tmdb", "Popular (TMDB votes)"),
            Map.entry("random", "Random"),
            Map.entry("itemknn", "Item-kNN"),
            Map.entry("ease", "EASE"),
            Map.entry("ease-recency", "EASE, recency-weighted"),
            Map.entry("mf", "MF (ALS)"),
            Map.entry("neumf", "NeuMF (fold-in, as served)"),
            Map.entry("neumf-known", "NeuMF (known users' vectors)"),
            Map.entry("ncf", "NeuMF"),
            Map.entry("next", "Next watch (SASRec)"),
            Map.entry("taste", "Taste autoencoder (Mult-DAE)"),
            Map.entry("popular-served", "Popular (as served)"),
            Map.entry("content-pretrained", "Content (MiniLM, not fine-tuned)"),
            Map.entry("content-finetuned", "Content (fine-tuned MiniLM)"),
            Map.entry("content", "Content (fine-tuned MiniLM)"),
            Map.entry("cluster", "Cluster (more of mine)"),
            Map.entry("hybrid", "Hybrid (learned ranker)"));
    /** The methods Reelwise serves; everything else is a baseline or a reference point. */
    private static final Set<String> OURS = Set.of("neumf", "neumf-known", "ncf", "next", "taste", "content-finetuned", "content", "cluster",
            "popular-served", "hybrid");
    /** The harness row that measures each method a person can choose, through its served code. */
    private static final Map<com.reelwise.recommend.Method, String> SERVED_ROW = Map.of(
            com.reelwise.recommend.Method.HYBRID, "hybrid", com.reelwise.recommend.Method.NEXT, "next",
            com.reelwise.recommend.Method.NCF, "neumf", com.reelwise.recommend.Method.CONTENT, "content",
            com.reelwise.recommend.Method.CLUSTER, "cluster", com.reelwise.recommend.Method.POPULAR, "popular-served");

    /** The served method a harness row measured ("neumf" is Neural CF by fold-in); empty for baselines. */
    public static java.util.Optional<com.reelwise.recommend.Method> servedBy(String row) {
        return SERVED_ROW.entrySet().stream().filter(e -> e.getValue().equals(row)).map(Map.Entry::getKey).findFirst();
    }

    /** The sources the learned hybrid combines, each also measured alone through the served code. */
    public static final List<String> HYBRID_PARTS = List.of("neumf", "next", "taste", "content", "popular-served");

    /** Table order: reference points and baselines, weakest kind first, then ours, then the sweep by α. */
    private static final List<String> ORDER = List.of("random", "popular", "popular-tmdb", "itemknn", "ease", "ease-recency", "mf",
            "content-pretrained", "popular-served", "neumf-known", "neumf", "ncf", "next", "taste", "content-finetuned", "content", "cluster",
            "hybrid");

    /** Orders methods as the tables show them; unknown methods come after the known ones, by name. */
    public static final Comparator<String> TABLE_ORDER = Comparator
            .comparingInt((String m) -> {
                if (sweepAlpha(m) != null) {
                    return ORDER.size() + 1;
                }
                int i = ORDER.indexOf(m);
                return i < 0 ? ORDER.size() : i;
            })
            .thenComparing(m -> sweepAlpha(m) == null ? 0.0 : sweepAlpha(m))
            .thenComparing(Comparator.naturalOrder());

    private MethodNames() {
    }

    /** A readable name: "EASE", "NeuMF", "Hybrid α=0.50"; unknown methods keep their own name. */
    public static String display(String method) {
        Double alpha = sweepAlpha(method);
        if (alpha != null) {
            // at least two decimals, more when set (0.475 must not read as 0.48)
            java.math.BigDecimal exact = java.math.BigDecimal.valueOf(alpha).stripTrailingZeros();
            return "Hybrid α=" + (exact.scale() <= 2 ? String.format(Locale.ROOT, "%.2f", alpha) : exact.toPlainString());
        }
        return DISPLAY.getOrDefault(method, method);
    }

    /** True for the methods Reelwise itself serves (NeuMF, fine-tuned content, cluster, hybrid and its sweep points). */
    public static boolean ours(String method) {
        return OURS.contains(method) || sweepAlpha(method) != null;
    }

    /** α of a sweep point such as "hybrid-a0.25", else null. */
    public static Double sweepAlpha(String method) {
        Matcher m = SWEEP.matcher(method);
        return m.matches() ? Double.valueOf(m.group(1)) : null;
    }
}
