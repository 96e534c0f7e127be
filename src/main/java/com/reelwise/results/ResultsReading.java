package com.reelwise.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A one-paragraph, plain-language reading of the results, generated from the numbers so it can never
 * disagree with the tables: who wins each comparison and by how much, said as plainly when a
 * baseline beats Reelwise's own methods as when it does not.
 */
public final class ResultsReading {

    private ResultsReading() {
    }

    /** One comparison: the best method overall, and the best of ours and of the baselines. */
    record Comparison(String dataset, String protocol, String metric, EvaluationRow winner, EvaluationRow ourBest,
                      EvaluationRow baselineBest) {

        boolean oursWins() {
            return MethodNames.ours(winner.method());
        }

        double value(EvaluationRow row) {
            return row.metric(metric);
        }
    }

    /** The paragraph; a sentence that says there is nothing to read when there are no results. */
    public static String of(LatestResults results) {
        List<Comparison> comparisons = comparisons(results);
        if (comparisons.isEmpty()) {
            return "There are no evaluation results to read yet.";
        }
        long wins = comparisons.stream().filter(c -> c.ourBest() != null).filter(Comparison::oursWins).count();
        long contested = comparisons.stream().filter(c -> c.ourBest() != null && c.baselineBest() != null).count();
        List<String> sentences = new ArrayList<>();
        if (contested > 0) {
            sentences.add(String.format(Locale.ROOT, "In %d of the %d comparisons where both were measured, one of "
                    + "Reelwise's own methods comes first; in the other %d a baseline does.", wins, contested, contested - wins));
        }
        for (String dataset : comparisons.stream().map(Comparison::dataset).distinct().toList()) {
            sentences.add("On " + dataset + ": " + String.join("; ", comparisons.stream()
                    .filter(c -> c.dataset().equals(dataset)).map(ResultsReading::clause).toList()) + ".");
        }
        hybridSentence(results).ifPresent(sentences::add);
        sentences.add(caveat(results));
        return String.join(" ", sentences);
    }

    /**
     * What the metrics page opens with: one comparison a person can read without the protocols, on ml-latest-small
     * (else the first data set) with every unseen film a candidate where measured (else the first protocol).
     *
     * @param rows     the rows of that comparison, for its chart
     * @param sentence the default list against the strongest baseline, in plain words
     */
    public record Headline(String dataset, String protocol, String metric, List<EvaluationRow> rows, String sentence) {
    }

    /** The headline comparison, when the default hybrid and a baseline were both measured somewhere. */
    public static Optional<Headline> headline(LatestResults results) {
        List<Comparison> all = comparisons(results).stream().filter(c -> c.baselineBest() != null).toList();
        Comparator<Comparison> preference = Comparator.comparing((Comparison c) -> !c.dataset().equals("ml-latest-small"))
                .thenComparing(c -> !c.protocol().equals("full-ranking"));
        return all.stream().filter(c -> value(results.filter(c.dataset(), c.protocol(), null), "hybrid", c.metric()) != null)
                .min(preference).map(c -> {
                    List<EvaluationRow> rows = results.filter(c.dataset(), c.protocol(), null).stream().filter(r -> !r.sweepPoint()).toList();
                    EvaluationRow hybrid = rows.stream().filter(r -> r.method().equals("hybrid")).findFirst().orElseThrow();
                    EvaluationRow baseline = c.baselineBest();
                    String sentence = String.format(Locale.ROOT, "%s, Reelwise's default list (the learned hybrid) scores %s on %s; the "
                                    + "strongest classic method measured (%s) scores %s. %s%s.", plainProtocol(c.protocol(), c.dataset()),
                            fmt(hybrid.metric(c.metric())), c.metric(), MethodNames.display(baseline.method()), fmt(baseline.metric(c.metric())),
                            verdict(hybrid, baseline, c.metric()), capitalised(c.metric() + " is the " + MetricNames.meaning(c.metric())));
                    return new Headline(c.dataset(), c.protocol(), c.metric(), rows, sentence);
                });
    }

    /** "Better: ", "Worse: " or "A tie: " by the paired bootstrap interval, or nothing without per-user values. */
    private static String verdict(EvaluationRow ours, EvaluationRow theirs, String metric) {
        double[] a = ours.perUser().get(metric);
        double[] b = theirs.perUser().get(metric);
        if (a == null || b == null || a.length != b.length || a.length == 0) {
            return "";
        }
        com.reelwise.eval.PairedBootstrap.Interval i = com.reelwise.eval.PairedBootstrap.of(a, b, ours.seed() == null ? 42 : ours.seed());
        return String.format(Locale.ROOT, "%s (difference %+.3f, 95%% interval %+.3f to %+.3f). ",
                i.better() ? "Better" : i.worse() ? "Worse" : "A tie within the noise", i.difference(), i.low(), i.high());
    }

    private static String plainProtocol(String protocol, String dataset) {
        return switch (protocol) {
            case "full-ranking" -> "Hiding the latest fifth of each person's films in " + dataset + " and ranking every film they had not seen";
            case "loo-99neg" -> "Hiding each person's latest film in " + dataset + " among 99 random others";
            case "cold-start" -> "Ranking films nobody in " + dataset + " had rated yet";
            case "full-ranking-released" -> "Hiding the latest fifth of each person's films in " + dataset
                    + " and ranking every film they had not seen that was out by then";
            case "cold-start-released" -> "Ranking films nobody in " + dataset + " had rated yet, among those out by then";
            default -> dataset + ", " + protocol;
        };
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static List<Comparison> comparisons(LatestResults results) {
        List<Comparison> out = new ArrayList<>();
        for (String dataset : results.datasets()) {
            for (String protocol : results.protocols(dataset)) {
                List<EvaluationRow> rows = results.filter(dataset, protocol, null).stream()
                        .filter(r -> !r.sweepPoint()).toList();
                Map<String, Double> names = new LinkedHashMap<>();
                rows.forEach(r -> r.metrics().forEach(names::putIfAbsent));
                String metric = MetricNames.primary(protocol, names.keySet());
                if (metric == null) {
                    continue;
                }
                List<EvaluationRow> scored = rows.stream().filter(r -> r.metric(metric) != null).toList();
                Optional<EvaluationRow> winner = best(scored, metric);
                if (winner.isEmpty()) {
                    continue;
                }
                out.add(new Comparison(dataset, protocol, metric, winner.get(),
                        best(scored.stream().filter(r -> MethodNames.ours(r.method())).toList(), metric).orElse(null),
                        best(scored.stream().filter(r -> !MethodNames.ours(r.method())).toList(), metric).orElse(null)));
            }
        }
        return out;
    }

    private static Optional<EvaluationRow> best(List<EvaluationRow> rows, String metric) {
        return rows.stream().max(Comparator.comparingDouble((EvaluationRow r) -> r.metric(metric)));
    }

    /** "leave-one-out (HR@10): EASE 0.752 beats our best, NeuMF 0.705, by 0.048 (7%)". */
    private static String clause(Comparison c) {
        String where = shortName(c.protocol()) + " (" + c.metric() + "): ";
        String winner = MethodNames.display(c.winner().method()) + " " + fmt(c.value(c.winner()));
        if (c.ourBest() == null) {
            return where + winner + " leads; none of our methods was measured";
        }
        if (c.baselineBest() == null) {
            return where + "our " + winner + "; no baseline was measured";
        }
        if (c.oursWins()) {
            return where + "our " + winner + " beats the best baseline, " + MethodNames.display(c.baselineBest().method())
                    + " " + fmt(c.value(c.baselineBest())) + ", by " + gap(c.value(c.winner()), c.value(c.baselineBest()));
        }
        return where + "the baseline " + winner + " beats our best, " + MethodNames.display(c.ourBest().method()) + " "
                + fmt(c.value(c.ourBest())) + ", by " + gap(c.value(c.winner()), c.value(c.ourBest()));
    }

    /** Whether the learned hybrid beats each of its parts, where the hybrid and at least one part were measured. */
    private static Optional<String> hybridSentence(LatestResults results) {
        int measured = 0;
        int beatsAll = 0;
        List<String> losses = new ArrayList<>();
        for (Comparison c : comparisons(results)) {
            List<EvaluationRow> rows = results.filter(c.dataset(), c.protocol(), null);
            Double hybrid = value(rows, "hybrid", c.metric());
            List<Double> parts = MethodNames.HYBRID_PARTS.stream().map(m -> value(rows, m, c.metric())).filter(Objects::nonNull).toList();
            if (hybrid == null || parts.isEmpty()) {
                continue;
            }
            measured++;
            if (hybrid > parts.stream().mapToDouble(Double::doubleValue).max().orElseThrow()) {
                beatsAll++;
            } else {
                losses.add(c.dataset() + " " + shortName(c.protocol()));
            }
        }
        if (measured == 0) {
            return Optional.empty();
        }
        String sentence = String.format(Locale.ROOT, "The learned hybrid beats each of its parts measured alone (NeuMF, next watch, "
                + "the taste autoencoder, content, popularity) in %d of %d comparisons", beatsAll, measured);
        return Optional.of(sentence + (losses.isEmpty() ? "." : "; it does not in " + String.join(", ", losses) + "."));
    }

    private static Double value(List<EvaluationRow> rows, String method, String metric) {
        return rows.stream().filter(r -> r.method().equals(method)).map(r -> r.metric(metric)).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    private static String caveat(LatestResults results) {
        List<Long> seeds = results.rows().stream().map(EvaluationRow::seed).filter(Objects::nonNull).distinct().sorted().toList();
        String runs = seeds.size() == 1 ? "one run with seed " + seeds.get(0)
                : seeds.isEmpty() ? "single runs" : "runs with seeds " + seeds;
        return "Each number comes from " + runs + "; the tables below give, for our methods, a paired bootstrap 95% interval of "
                + "the difference to EASE, and a difference whose interval holds 0 is a tie. Leave-one-out scores look "
                + "higher than full-ranking ones only because 99 sampled movies compete instead of the whole catalog.";
    }

    public static String shortName(String protocol) {
        return switch (protocol) {
            case "loo-99neg" -> "leave-one-out";
            case "full-ranking" -> "full ranking";
            case "cold-start" -> "cold start";
            case "full-ranking-released" -> "full ranking, films out by then";
            case "cold-start-released" -> "cold start, films out by then";
            default -> protocol;
        };
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String gap(double higher, double lower) {
        double diff = higher - lower;
        return lower > 0 ? String.format(Locale.ROOT, "%.3f (%.0f%%)", diff, 100 * diff / lower) : String.format(Locale.ROOT, "%.3f", diff);
    }
}
