package com.reelwise.hybrid;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.eval.Metrics;
import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The pool's popular picks walk a precomputed order: the same films as a top-k over every score. */
class CandidatePoolTest {

    @Test
    void theFirstFilmsOfAnOrderNotExcludedAreTheTopK() {
        Random random = new Random(4);
        float[] scores = new float[2000];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = random.nextInt(60); // many ties: the lower position goes first
        }
        BitSet excluded = new BitSet();
        for (int i = 0; i < 300; i++) {
            excluded.set(random.nextInt(scores.length));
        }
        int[] order = Metrics.topK(scores, scores.length, p -> false);
        for (int k : new int[] {1, 30, 50, 1700, 2000}) {
            BitSet fromOrder = new BitSet();
            CandidatePool.addFirst(fromOrder, order, k, excluded);
            BitSet fromScan = new BitSet();
            for (int p : Metrics.topK(scores, k, excluded::get)) {
                fromScan.set(p);
            }
            assertThat(fromOrder).as("k = %d", k).isEqualTo(fromScan);
        }
    }
}
