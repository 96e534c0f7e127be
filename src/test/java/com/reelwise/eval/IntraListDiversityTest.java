package com.reelwise.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IntraListDiversityTest {

    @Test
    void identicalItemsAreNotDiverse() {
        float[][] vectors = {{1, 2, 3}, {1, 2, 3}, {2, 4, 6}};
        assertThat(IntraListDiversity.of(new int[] {0, 1, 2}, 10, vectors)).isCloseTo(0.0, within(1e-6));
    }

    @Test
    void orthogonalItemsAreFullyDiverse() {
        float[][] vectors = {{1, 0, 0}, {0, 2, 0}, {0, 0, 3}};
        assertThat(IntraListDiversity.of(new int[] {2, 0, 1}, 10, vectors)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void meanOverPairs() {
        // pairs: (0,1) cos 0 -> 1, (0,2) cos 1 -> 0, (1,2) cos 0 -> 1: mean 2/3
        float[][] vectors = {{1, 0}, {0, 1}, {3, 0}};
        assertThat(IntraListDiversity.of(new int[] {0, 1, 2}, 10, vectors)).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void onlyTheFirstKItemsCount() {
        float[][] vectors = {{1, 0}, {1, 0}, {0, 1}};
        assertThat(IntraListDiversity.of(new int[] {0, 1, 2}, 2, vectors)).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void fewerThanTwoItemsScoreZero() {
        float[][] vectors = {{1, 0}, {0, 1}};
        assertThat(IntraListDiversity.of(new int[] {1}, 10, vectors)).isZero();
        assertThat(IntraListDiversity.of(new int[0], 10, vectors)).isZero();
    }

    @Test
    void aMissingOrZeroVectorIsDissimilarToEverything() {
        float[][] vectors = {{1, 0}, {0, 0}, null};
        assertThat(IntraListDiversity.of(new int[] {0, 1}, 10, vectors)).isCloseTo(1.0, within(1e-9));
        assertThat(IntraListDiversity.of(new int[] {0, 2}, 10, vectors)).isCloseTo(1.0, within(1e-9));
    }
}
