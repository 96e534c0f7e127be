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
        int[] users = IntStream.range(0, split.numUsers()).filter(u -> split.test().countOf(u) > 0).toArray();
        if (protocol.leaveOneOut()) {
            for (int u : users) {
                // Ranking against nothing would count as a hit.
                if (split.negatives()[u].length == 0) {
                    throw new IllegalArgumentException("user " + u + " has a test item but no negatives");
                }
            }
        }
        Interactions known = split.known();
        int[] cutoffs = protocol.cutoffs();
        int listLength = protocol.maxCutoff();
        // Per user: one slot per metric; full ranking also keeps the top list for coverage.
        int metricsPerUser = protocol.leaveOneOut() ? 2 * cutoffs.length : 3 * cutoffs.length + 1;
        double[] diversity = new double[users.length];
        double[][] perUser = new double[users.length][];
        int[][] tops = new int[users.length][];
        boolean[][] hitsByRank = new boolean[users.length][];
        ThreadLocal<float[]> buffers = ThreadLocal.withInitial(() -> new float[split.numItems()]);
        ForkJoinPool pool = new ForkJoinPool(threads);
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Scoring " + model.name())
                .setInitialMax(users.length).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).build()) {
            pool.submit(() -> IntStream.range(0, users.length).parallel().forEach(k -> {
                int u = users[k];
                float[] scores = buffers.get();
                model.scores(u, scores);
                double[] values = new double[metricsPerUser];
                if (protocol.leaveOneOut()) {
                    int rank = Metrics.rankAmong(scores, split.test().itemsOf(u)[0], split.negatives()[u]);
                    for (int c = 0; c < cutoffs.length; c++) {
                        values[2 * c] = Metrics.hitRate(rank, cutoffs[c]);
                        values[2 * c + 1] = Metrics.ndcgOfRank(rank, cutoffs[c]);
                    }
                } else {
                    int[] top = Metrics.topK(scores, listLength, item -> known.contains(u, item));
                    int[] truth = split.test().itemsOf(u);
                    for (int c = 0; c < cutoffs.length; c++) {
                        values[3 * c] = Metrics.recall(top, truth, cutoffs[c]);
                        values[3 * c + 1] = Metrics.ndcg(top, truth, cutoffs[c]);
                        values[3 * c + 2] = Metrics.averagePrecision(top, truth, cutoffs[c]);
                    }
                    tops[k] = top;
                    hitsByRank[k] = hitsByRank(top, truth);
                }
                if (itemVectors != null) {
                    int[] shown = protocol.leaveOneOut() ? Metrics.topK(scores, ILD_CUTOFF, item -> known.contains(u, item)) : tops[k];
                    diversity[k] = IntraListDiversity.of(shown, ILD_CUTOFF, itemVectors);
                }
                perUser[k] = values;
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
        double[] sums = new double[metricsPerUser];
        for (double[] values : perUser) {
            for (int m = 0; m < metricsPerUser; m++) {
                sums[m] += values[m];
            }
        }
        int count = Math.max(1, users.length);
        Map<String, Double> metrics = new LinkedHashMap<>();
        Map<String, double[]> byUser = new LinkedHashMap<>();
        for (int c = 0; c < cutoffs.length; c++) {
            if (protocol.leaveOneOut()) {
                metrics.put("HR@" + cutoffs[c], sums[2 * c] / count);
                metrics.put("NDCG@" + cutoffs[c], sums[2 * c + 1] / count);
                byUser.put("HR@" + cutoffs[c], column(perUser, 2 * c));
                byUser.put("NDCG@" + cutoffs[c], column(perUser, 2 * c + 1));
            } else {
                metrics.put("Recall@" + cutoffs[c], sums[3 * c] / count);
                metrics.put("NDCG@" + cutoffs[c], sums[3 * c + 1] / count);
                byUser.put("Recall@" + cutoffs[c], column(perUser, 3 * c));
                byUser.put("NDCG@" + cutoffs[c], column(perUser, 3 * c + 1));
            }
        }
        if (itemVectors != null) {
            double sum = 0;
            for (double d : diversity) {
                sum += d;
            }
            metrics.put("ILD@" + ILD_CUTOFF, sum / count);
        }
        if (!protocol.leaveOneOut()) {
            metrics.put("MAP@" + listLength, sums[3 * (cutoffs.length - 1) + 2] / count);
            putListStatistics(metrics, tops, known.itemCounts(), split.numItems(), listLength);
        }
        return new UserScores(metrics, byUser, protocol.leaveOneOut() ? null : hitRateByRank(hitsByRank, listLength));
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

    private static double[] column(double[][] rows, int m) {
        double[] out = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            out[k] = rows[k][m];
        }
        return out;
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
