package com.reelwise.scale;

import java.util.SplittableRandom;

/** Draws an index with probability proportional to its weight in constant time (Vose's alias method). */
final class AliasTable {

    private final double[] keep;
    private final int[] alias;

    AliasTable(double[] weights) {
        int n = weights.length;
        keep = new double[n];
        alias = new int[n];
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double[] scaled = new double[n];
        int[] small = new int[n];
        int[] large = new int[n];
        int smalls = 0;
        int larges = 0;
        for (int i = 0; i < n; i++) {
            scaled[i] = weights[i] * n / total;
            if (scaled[i] < 1) {
                small[smalls++] = i;
            } else {
                large[larges++] = i;
            }
        }
        while (smalls > 0 && larges > 0) {
            int s = small[--smalls];
            int l = large[--larges];
            keep[s] = scaled[s];
            alias[s] = l;
            scaled[l] -= 1 - scaled[s];
            if (scaled[l] < 1) {
                small[smalls++] = l;
            } else {
                large[larges++] = l;
            }
        }
        while (larges > 0) {
            keep[large[--larges]] = 1;
        }
        while (smalls > 0) {
            keep[small[--smalls]] = 1;
        }
    }

    int draw(SplittableRandom random) {
        int i = random.nextInt(keep.length);
        return random.nextDouble() < keep[i] ? i : alias[i];
    }
}
