package com.reelwise.eval;

import com.reelwise.ratings.Interactions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Scores a fitted model on a split's test part. Users without test items are skipped. Per-user
 * values are summed in user order, so the result does not depend on the thread count.
 * {@link RankingModel#scores} is called from up to {@code threads} threads at once.
 *
 * <p>With item vectors it also reports {@code ILD@10}, the mean {@link IntraListDiversity} of each
 * user's top 10 among the candidates a person would be shown: every item not in the user's train or
 * validation history (under loo-99neg too, whose 100-item test list is an artefact of sampling).
 */
final class Evaluator {

    /** Length of the lists whose intra-list diversity is reported. */
    static final int ILD_CUTOFF = 10;

    private final int threads;

    Evaluator(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** The metrics of {@code model} on {@code split.test()}, keyed like "HR@10" or "Recall@20". */
    Map<String, Double> evaluate(RankingModel model, Split split, Protocol protocol) {
        return evaluate(model, split, protocol, null);
    }

    /** As {@link #evaluate(RankingModel, Split, Protocol)}, plus ILD@10 when {@code itemVectors} is not null. */
    Map<String, Double> evaluate(RankingModel model, Split split, Protocol protocol, float[][] itemVectors) {
        return score(model, split, protocol, itemVectors).means();
    }

    /** The metrics with each evaluated user's values of the ranking metrics (users ascending). */
    UserScores score(RankingModel model, Split split, Protocol protocol, float[][] itemVectors) {
        return score(model, split, protocol, itemVectors, null);
    }

    /** As above; with a horizon (full ranking only), films released after a person's test year are not candidates. */
    UserScores score(RankingModel model, Split split, Protocol protocol, float[][] itemVectors, ReleaseHorizon horizon) {
        if (horizon != null && protocol.leaveOneOut()) {
            throw new IllegalArgumentException("leave-one-out ranks its sampled films; a release horizon applies to full ranking");
        }
        int[] users = evaluatedUsers(split, protocol);
        UserResult[] results = scoreEach(model, split, protocol, itemVectors, users, horizon);
        return summarise(results, split, protocol, itemVectors != null);
    }

    /**
     * One user's outcome: the ranking metrics by name (in the order they are reported), the top list and which of
     * its places hold a held-out film (full ranking only), and the top 10's diversity (NaN without item vectors).
     */
    private record UserResult(Map<String, Double> metrics, double averagePrecision, int[] top, boolean[] hitsByRank, double diversity) {
    }

    /** Users with a test item; under leave-one-out each must also have negatives (ranking against nothing is a hit). */
    private static int[] evaluatedUsers(Split split, Protocol protocol) {
        int[] users = IntStream.range(0, split.numUsers()).filter(u -> split.test().countOf(u) > 0).toArray();
        if (protocol.leaveOneOut()) {
            for (int u : users) {
                if (split.negatives()[u] == null || split.negatives()[u].length == 0) {
                    throw new IllegalArgumentException("user " + u + " has a test item but no negatives");
                }
            }
        }
        return users;
    }

    private UserResult[] scoreEach(RankingModel model, Split split, Protocol protocol, float[][] itemVectors, int[] users,
                                   ReleaseHorizon horizon) {
        UserResult[] results = new UserResult[users.length];
        ThreadLocal<float[]> buffers = ThreadLocal.withInitial(() -> new float[split.numItems()]);
        // once per split: merging train and validation reads every interaction (per person, it grew as people x ratings)
        Interactions known = split.known();
        ForkJoinPool pool = new ForkJoinPool(threads);
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Scoring " + model.name())
                .setInitialMax(users.length).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).build()) {
            pool.submit(() -> IntStream.range(0, users.length).parallel().forEach(k -> {
                float[] scores = buffers.get();
                model.scores(users[k], scores);
                results[k] = scoreOne(users[k], scores, split, known, protocol, itemVectors, horizon);
                bar.step();
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("scoring " + model.name() + " failed", e.getCause());
        } finally {
            pool.shutdown();
        }
        return results;
    }

    private static UserResult scoreOne(int u, float[] scores, Split split, Interactions known, Protocol protocol, float[][] itemVectors,
                                       ReleaseHorizon horizon) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        int[] top = null;
        boolean[] hits = null;
        double averagePrecision = 0;
        if (protocol.leaveOneOut()) {
            int rank = Metrics.rankAmong(scores, split.test().itemsOf(u)[0], split.negatives()[u]);
            for (int cutoff : protocol.cutoffs()) {
                metrics.put("HR@" + cutoff, Metrics.hitRate(rank, cutoff));
                metrics.put("NDCG@" + cutoff, Metrics.ndcgOfRank(rank, cutoff));
            }
        } else {
            top = Metrics.topK(scores, protocol.maxCutoff(),
                    item -> known.contains(u, item) || horizon != null && horizon.unreleased(u, item));
            int[] truth = split.test().itemsOf(u);
            for (int cutoff : protocol.cutoffs()) {
                metrics.put("Recall@" + cutoff, Metrics.recall(top, truth, cutoff));
                metrics.put("NDCG@" + cutoff, Metrics.ndcg(top, truth, cutoff));
            }
            averagePrecision = Metrics.averagePrecision(top, truth, protocol.maxCutoff());
            hits = hitsByRank(top, truth);
        }
        double diversity = Double.NaN;
        if (itemVectors != null) {
            int[] shown = protocol.leaveOneOut() ? Metrics.topK(scores, ILD_CUTOFF, item -> known.contains(u, item)) : top;
            diversity = IntraListDiversity.of(shown, ILD_CUTOFF, itemVectors);
        }
        return new UserResult(metrics, averagePrecision, top, hits, diversity);
    }

    /** Means summed in user order (so the thread count does not matter), per-user columns, and the list statistics. */
    private static UserScores summarise(UserResult[] results, Split split, Protocol protocol, boolean withDiversity) {
        int count = Math.max(1, results.length);
        Map<String, Double> metrics = new LinkedHashMap<>();
        Map<String, double[]> byUser = new LinkedHashMap<>();
        java.util.List<String> names = results.length == 0 ? metricNames(protocol) : java.util.List.copyOf(results[0].metrics().keySet());
        for (String name : names) {
            double[] column = new double[results.length];
            double sum = 0;
            for (int k = 0; k < results.length; k++) {
                column[k] = results[k].metrics().get(name);
                sum += column[k];
            }
            metrics.put(name, sum / count);
            byUser.put(name, column);
        }
        if (withDiversity) {
            double sum = 0;
            for (UserResult r : results) {
                sum += r.diversity();
            }
            metrics.put("ILD@" + ILD_CUTOFF, sum / count);
        }
        if (protocol.leaveOneOut()) {
            return new UserScores(metrics, byUser, null);
        }
        double precisionSum = 0;
        for (UserResult r : results) {
            precisionSum += r.averagePrecision();
        }
        metrics.put("MAP@" + protocol.maxCutoff(), precisionSum / count);
        int[][] tops = java.util.Arrays.stream(results).map(UserResult::top).toArray(int[][]::new);
        putListStatistics(metrics, tops, split.known().itemCounts(), split.numItems(), protocol.maxCutoff());
        boolean[][] hits = java.util.Arrays.stream(results).map(UserResult::hitsByRank).toArray(boolean[][]::new);
        return new UserScores(metrics, byUser, hitRateByRank(hits, protocol.maxCutoff()));
    }

    /** The ranking metrics' names in report order, for a run without users. */
    private static java.util.List<String> metricNames(Protocol protocol) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int cutoff : protocol.cutoffs()) {
            names.add((protocol.leaveOneOut() ? "HR@" : "Recall@") + cutoff);
            names.add("NDCG@" + cutoff);
        }
        return names;
    }

    private static boolean[] hitsByRank(int[] top, int[] truth) {
        boolean[] hits = new boolean[top.length];
        for (int r = 0; r < top.length; r++) {
            for (int t : truth) {
                hits[r] |= top[r] == t;
            }
        }
        return hits;
    }

    /** Per rank, the share of users whose film there is held out; a user with a shorter list counts as a miss. */
    static double[] hitRateByRank(boolean[][] hitsByRank, int listLength) {
        double[] rate = new double[listLength];
        for (boolean[] hits : hitsByRank) {
            for (int r = 0; r < hits.length; r++) {
                rate[r] += hits[r] ? 1 : 0;
            }
        }
        for (int r = 0; r < listLength; r++) {
            rate[r] /= Math.max(1, hitsByRank.length);
        }
        return rate;
    }

    /** Catalog coverage and mean train popularity of the recommended top lists. */
    private static void putListStatistics(Map<String, Double> metrics, int[][] tops, int[] popularity, int numItems, int k) {
        boolean[] recommended = new boolean[numItems];
        double popularitySum = 0;
        long slots = 0;
        for (int[] top : tops) {
            for (int item : top) {
                recommended[item] = true;
                popularitySum += popularity[item];
                slots++;
            }
        }
        int covered = 0;
        for (boolean r : recommended) {
            covered += r ? 1 : 0;
        }
        metrics.put("Coverage@" + k, (double) covered / numItems);
        metrics.put("MeanPopularity@" + k, slots == 0 ? 0 : popularitySum / slots);
    }
}
