package com.reelwise.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** Picks k by the mean silhouette of k-means on a seeded sample, over a grid of k. */
final class KSelector {

    static final String CRITERION = "max mean cosine silhouette of spherical k-means on a seeded sample";

    private KSelector() {
    }

    static KSelection select(float[][] rows, List<Integer> grid, int sampleSize, long seed, int maxIterations, boolean progress) {
        float[][] sample = sample(rows, sampleSize, seed);
        Silhouette silhouette = Silhouette.over(sample);
        List<KSelection.Point> curve = new ArrayList<>();
        try (ProgressBar bar = progress ? new ProgressBarBuilder().setTaskName("k grid").setInitialMax(grid.size()).build() : null) {
            for (int k : grid) {
                if (k > sample.length) {
                    break;
                }
                SphericalKMeans.Result fit = SphericalKMeans.fit(sample, k, seed, maxIterations);
                curve.add(new KSelection.Point(k, silhouette.mean(fit.assignments(), k), fit.meanCosine()));
                if (bar != null) {
                    bar.step();
                }
            }
        }
        KSelection.Point best = curve.get(0);
        for (KSelection.Point point : curve) {
            if (point.silhouette() > best.silhouette()) {
                best = point;
            }
        }
        return new KSelection(CRITERION, sample.length, seed, curve, best.k());
    }

    /** A seeded sample without replacement (partial Fisher-Yates), or all rows when there are few. */
    static float[][] sample(float[][] rows, int size, long seed) {
        if (rows.length <= size) {
            return rows;
        }
        int[] order = new int[rows.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        float[][] sample = new float[size][];
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(order.length - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
            sample[i] = rows[order[i]];
        }
        return sample;
    }
}
