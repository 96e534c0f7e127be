package com.reelwise.cluster;

import java.util.List;

/**
 * How k was chosen: the measured curve over the grid and the winner.
 *
 * @param criterion  what was maximised, in words
 * @param sampleSize rows the curve was measured on
 * @param seed       seed of the sample and of every k-means run
 * @param curve      one point per k of the grid, in grid order
 * @param chosenK    the k with the highest silhouette (the smaller k on a tie)
 */
public record KSelection(String criterion, int sampleSize, long seed, List<Point> curve, int chosenK) {

    public KSelection {
        curve = List.copyOf(curve);
    }

    /**
     * @param silhouette mean cosine silhouette of the sample
     * @param meanCosine mean cosine of sample rows to their centroid (the elbow curve, for reference)
     */
    public record Point(int k, double silhouette, double meanCosine) {
    }
}
