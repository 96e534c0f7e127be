package com.reelwise.sequence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Next-film training examples cut from time-ordered histories: at every position the model reads the
 * films so far and is taught the next one. A history longer than the model's reach is cut, from its
 * latest end, into windows of at most {@code maxLength} positions, so every position is used.
 * Films are 1-based here (0 is padding).
 *
 * @param inputs  per window, the films read (1-based)
 * @param targets per window, the film that follows each of them (1-based)
 */
record TrainingWindows(List<int[]> inputs, List<int[]> targets) {

    /** Windows of every history with at least two films. {@code histories} hold 0-based film indices. */
    static TrainingWindows of(int[][] histories, int maxLength) {
        return of(histories, maxLength, 0, 3, 0);
    }

    /**
     * The windows above, then {@code shortCrops} more per history of five or more films: 3 to {@code cropLength}
     * consecutive films from anywhere in it, each taught the film after it (seeded). See {@link SasRecConfig#shortCrops()}.
     */
    static TrainingWindows of(int[][] histories, int maxLength, int shortCrops, int cropLength, long seed) {
        List<int[]> inputs = new ArrayList<>();
        List<int[]> targets = new ArrayList<>();
        for (int[] history : histories) {
            int positions = history.length - 1;
            for (int end = positions; end > 0; end -= maxLength) {
                addWindow(history, Math.max(0, end - maxLength), end, inputs, targets);
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int[] history : histories) {
            for (int c = 0; c < shortCrops && history.length >= 5; c++) {
                int length = Math.min(history.length - 1, 3 + random.nextInt(cropLength - 2));
                int start = random.nextInt(history.length - length);
                addWindow(history, start, start + length, inputs, targets);
            }
        }
        return new TrainingWindows(inputs, targets);
    }

    /** Positions {@code start} to {@code end - 1} of a history, each taught the film after it (films 1-based). */
    private static void addWindow(int[] history, int start, int end, List<int[]> inputs, List<int[]> targets) {
        int[] x = new int[end - start];
        int[] y = new int[end - start];
        for (int k = start; k < end; k++) {
            x[k - start] = history[k] + 1;
            y[k - start] = history[k + 1] + 1;
        }
        inputs.add(x);
        targets.add(y);
    }

    int size() {
        return inputs.size();
    }

    /** Positions taught per epoch. */
    long positions() {
        long n = 0;
        for (int[] y : targets) {
            n += y.length;
        }
        return n;
    }

    /**
     * One epoch's batches of window indices: shuffled, then sorted by length within pools of
     * {@code bucket} batches so a batch pads little, then the batches shuffled again.
     */
    List<int[]> batches(int batchSize, int bucket, Random random) {
        int[] order = permutation(size(), random);
        List<int[]> batches = new ArrayList<>();
        int pool = batchSize * bucket;
        for (int from = 0; from < order.length; from += pool) {
            Integer[] chunk = Arrays.stream(Arrays.copyOfRange(order, from, Math.min(order.length, from + pool))).boxed().toArray(Integer[]::new);
            Arrays.sort(chunk, (a, b) -> Integer.compare(inputs.get(a).length, inputs.get(b).length));
            for (int b = 0; b < chunk.length; b += batchSize) {
                batches.add(Arrays.stream(chunk, b, Math.min(chunk.length, b + batchSize)).mapToInt(Integer::intValue).toArray());
            }
        }
        int[] shuffled = permutation(batches.size(), random);
        List<int[]> out = new ArrayList<>(batches.size());
        for (int i : shuffled) {
            out.add(batches.get(i));
        }
        return out;
    }

    private static int[] permutation(int n, Random random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[k];
            p[k] = t;
        }
        return p;
    }

    /** Rows left-padded with 0 to the longest row, row-major. */
    static int[] leftPadded(List<int[]> rows, int width) {
        int[] out = new int[rows.size() * width];
        for (int r = 0; r < rows.size(); r++) {
            int[] row = rows.get(r);
            int take = Math.min(width, row.length);
            System.arraycopy(row, row.length - take, out, r * width + width - take, take);
        }
        return out;
    }
}
