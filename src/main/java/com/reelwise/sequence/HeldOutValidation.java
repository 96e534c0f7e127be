package com.reelwise.sequence;

import com.reelwise.eval.Metrics;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Validation by full ranking: each person's training history is read, every film they have not seen is
 * ranked, and the films held out of training (their next ones in time) are looked for in the top
 * {@value #CUTOFF}. NDCG with binary relevance, ideal over min(cutoff, held out) hits, averaged over people
 * with held-out films.
 */
public final class HeldOutValidation implements EpochValidator {

    static final int CUTOFF = 10;
    private static final int BATCH = 64;

    private final int[][] histories;
    private final int[][] heldOut;

    /**
     * @param histories per person, the 0-based films of training in time order
     * @param heldOut   per person, the 0-based films held out (empty: not validated)
     */
    public HeldOutValidation(int[][] histories, int[][] heldOut) {
        if (histories.length != heldOut.length) {
            throw new IllegalArgumentException("histories and held-out films differ in people: " + histories.length + " vs " + heldOut.length);
        }
        this.histories = histories;
        this.heldOut = heldOut;
    }

    @Override
    public String name() {
        return "NDCG@" + CUTOFF + " of each person's held-out films, ranked against every film they have not seen";
    }

    @Override
    public double score(HistoryScorer model) {
        int[] people = java.util.stream.IntStream.range(0, histories.length)
                .filter(u -> heldOut[u].length > 0 && histories[u].length > 0).toArray();
        double sum = 0;
        for (int from = 0; from < people.length; from += BATCH) {
            int[] batch = Arrays.copyOfRange(people, from, Math.min(people.length, from + BATCH));
            int[][] read = new int[batch.length][];
            for (int b = 0; b < batch.length; b++) {
                read[b] = histories[batch[b]];
            }
            float[][] logits = model.logits(read);
            for (int b = 0; b < batch.length; b++) {
                sum += ndcg(logits[b], histories[batch[b]], heldOut[batch[b]]);
            }
        }
        return people.length == 0 ? Double.NaN : sum / people.length;
    }

    private static double ndcg(float[] scores, int[] seen, int[] relevant) {
        BitSet excluded = new BitSet(scores.length);
        for (int i : seen) {
            excluded.set(i);
        }
        int[] truth = relevant.clone();
        Arrays.sort(truth);
        return Metrics.ndcg(Metrics.topK(scores, CUTOFF, excluded::get), truth, CUTOFF);
    }
}
