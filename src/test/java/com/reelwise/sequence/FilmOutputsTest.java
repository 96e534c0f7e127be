package com.reelwise.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Logits at chosen films equal every film's logits bit for bit, whether a call gathers its own rows or reuses the
 * rows kept from an earlier long call (the hybrid's reference sample at every request).
 */
class FilmOutputsTest {

    static final int FILMS = 1300;
    static final int UNITS = 37;

    private final Random random = new Random(3);
    private final FilmOutputs outputs = new FilmOutputs(gaussians(FILMS * UNITS + 2 * UNITS), 2, FILMS, UNITS, gaussians(FILMS));
    private final float[][] states = {gaussians(UNITS), gaussians(UNITS), gaussians(UNITS)};
    private final float[][] every = outputs.logits(states, null);

    @Test
    void aLongCallThenCallsSharingMostOfItsFilmsGiveEveryFilmsLogits() {
        int[] reference = IntStream.range(0, 400).map(i -> i * 3).toArray();
        assertMatchesEveryFilm(reference);
        // the reference again with a few other films around and inside it, one twice
        int[] withShown = IntStream.concat(IntStream.of(1001, 5, 1001), IntStream.concat(IntStream.of(reference), IntStream.of(1299, 7)))
                .toArray();
        assertMatchesEveryFilm(withShown);
        assertMatchesEveryFilm(IntStream.range(0, 350).map(i -> i * 3 + 150).toArray());
    }

    @Test
    void shortCallsAndDifferentLongCallsGatherTheirOwn() {
        assertMatchesEveryFilm(new int[] {12, 0, 1299, 12});
        assertMatchesEveryFilm(IntStream.range(0, 500).map(i -> FILMS - 1 - i * 2).toArray());
        assertMatchesEveryFilm(IntStream.range(0, 200).toArray());
        assertMatchesEveryFilm(IntStream.range(0, 500).map(i -> FILMS - 1 - i * 2).toArray());
    }

    private void assertMatchesEveryFilm(int[] items) {
        float[][] at = outputs.logits(states, items);
        for (int b = 0; b < states.length; b++) {
            assertThat(at[b]).hasSize(items.length);
            for (int j = 0; j < items.length; j++) {
                assertThat(Float.floatToIntBits(at[b][j])).as("state %d, film %d", b, items[j])
                        .isEqualTo(Float.floatToIntBits(every[b][items[j]]));
            }
        }
    }

    private float[] gaussians(int n) {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) random.nextGaussian();
        }
        return out;
    }
}
