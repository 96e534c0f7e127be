package com.reelwise.results;

import java.util.Locale;
import java.util.Map;

/** Plain-language titles and descriptions of the protocols, built from the configuration written beside the numbers. */
public final class ProtocolText {

    private ProtocolText() {
    }

    /** A short title: "Leave-one-out, 99 sampled negatives". */
    public static String title(String protocol) {
        return switch (protocol) {
            case "loo-99neg" -> "Leave-one-out against 99 sampled movies (loo-99neg)";
            case "full-ranking" -> "Full ranking of the whole catalog (full-ranking)";
            case "cold-start" -> "Cold start: movies nobody has rated (cold-start)";
            case "full-ranking-released" -> "Full ranking of the films already out at the time (full-ranking-released)";
            case "cold-start-released" -> "Cold start among the films already out at the time (cold-start-released)";
            default -> "Protocol " + protocol;
        };
    }

    /** What was hidden, what it was ranked against, what the numbers count; with the seed and user count. */
    public static String describe(String protocol, Map<String, Object> config, Long seed, Integer users) {
        String body = switch (protocol) {
            case "loo-99neg" -> "Each person's latest rating is hidden; the model ranks that movie among "
                    + number(config, "negatives", "99") + " random movies the person never rated. HR@10 is the share of "
                    + "people whose hidden movie lands in the top 10, NDCG@10 also rewards landing near the top. "
                    + "This is the protocol of the NeuMF paper (He et al. 2017); sampling only 99 rivals flatters every "
                    + "method compared with full ranking.";
            case "full-ranking" -> "Each person's latest " + percent(config, "testFraction", "20%") + " of ratings are "
                    + "hidden; the model ranks every movie the person has not rated, and Recall@K counts the hidden movies "
                    + "in the top K. This is the strict, realistic protocol.";
            case "cold-start" -> percent(config, "testFraction", "10%") + " of the movies with at least "
                    + number(config, "minInteractions", "5") + " ratings are removed from all training; people who rated one "
                    + "of them " + number(config, "ratingThreshold", "4") + " or more must find it among all the removed "
                    + "movies. Only a movie's text (or its TMDB popularity) can score a movie no one has rated.";
            case "full-ranking-released" -> describe("full-ranking", config, null, null) + " Only films released by the year of "
                    + "the person's latest hidden rating are ranked: someone who rated in 1999 could not have watched a 2014 film, "
                    + "and a person using Reelwise today can watch both.";
            case "cold-start-released" -> describe("cold-start", config, null, null) + " Only the removed movies released by the "
                    + "year of the person's latest rating are ranked for them.";
            default -> "Configuration as written in the result file: " + (config.isEmpty() ? "none recorded" : config) + ".";
        };
        StringBuilder out = new StringBuilder(body);
        if (seed != null || users != null) {
            out.append(" Measured");
            if (users != null) {
                out.append(String.format(Locale.ROOT, " on %,d people", users));
            }
            if (seed != null) {
                out.append(" with seed ").append(seed);
            }
            out.append('.');
        }
        return out.toString();
    }

    private static String number(Map<String, Object> config, String key, String fallback) {
        Object value = config.get(key);
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
        }
        return fallback;
    }

    private static String percent(Map<String, Object> config, String key, String fallback) {
        Object value = config.get(key);
        return value instanceof Number n ? Math.round(n.doubleValue() * 100) + "%" : fallback;
    }
}
