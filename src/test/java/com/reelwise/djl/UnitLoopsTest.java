package com.reelwise.djl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class UnitLoopsTest {

    private final Random random = new Random(7);

    @Test
    void accumulateAddsTermByTermInInputOrderBitForBit() {
        for (int inputs : new int[] {1, 3, 4, 7, 32, 33}) {
            int n = 37;
            float[] w = gaussians(inputs);
            float[][] in = new float[inputs][];
            for (int k = 0; k < inputs; k++) {
                in[k] = gaussians(n + 5);
            }
            float[] expected = gaussians(n + 5);
            float[] out = expected.clone();
            for (int k = 0; k < inputs; k++) {
                for (int b = 0; b < n; b++) {
                    expected[b] += w[k] * in[k][b];
                }
            }
            UnitLoops.accumulate(w, in, out, n);
            assertArrayEquals(expected, out, 0f, inputs + " inputs");
        }
    }

    @Test
    void reluAndItsBackwardMaskMatchTheBranchingLoops() {
        float[] pre = gaussians(101);
        pre[3] = 0f;
        pre[4] = -0f;
        pre[5] = Float.MIN_VALUE;
        pre[6] = Float.MAX_VALUE;
        float[] act = new float[pre.length];
        UnitLoops.relu(pre, act, pre.length);
        float[] delta = gaussians(pre.length);
        float[] masked = delta.clone();
        UnitLoops.keepWhereFired(act, masked, pre.length);
        for (int b = 0; b < pre.length; b++) {
            assertEquals(pre[b] > 0 ? pre[b] : 0f, act[b], 0f);
            assertEquals(pre[b] > 0 ? delta[b] : 0f, masked[b], 0f, "at " + b);
        }
    }

    private float[] gaussians(int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) random.nextGaussian();
        }
        return x;
    }
}
