package com.reelwise.eval;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * EASE's matrix goes to PyTorch and back a block of rows at a time (one transfer stops at 23,170 films): the blocks
 * must give the same matrix, and the same inverse, as one transfer.
 */
class EaseTransferTest {

    @Test
    void blocksOfRowsCarryTheMatrixAndItsInverseExactly() {
        int n = 7;
        Random random = new Random(9);
        float[] matrix = new float[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                matrix[i * n + j] = random.nextInt(4) + (i == j ? 20f : 0f);
            }
        }
        assertThat(EaseModel.blockRows(n)).isGreaterThanOrEqualTo(n);
        assertThat(EaseModel.blockRows(46_340)).isEqualTo(1448);
        try (NDManager manager = NDManager.newBaseManager()) {
            float[] whole = new float[n * n];
            float[] inverse = new float[n * n];
            for (int rows : new int[] {3, 1, n}) {
                float[] back = new float[n * n];
                float[] inverseBack = new float[n * n];
                try (NDArray blocks = EaseModel.toNative(manager, matrix, n, rows); NDArray inverted = blocks.inverse()) {
                    assertThat(blocks.getShape()).isEqualTo(new Shape(n, n));
                    EaseModel.fromNative(blocks, back, n, rows);
                    EaseModel.fromNative(inverted, inverseBack, n, 2);
                }
                assertThat(back).as("rows %d", rows).containsExactly(matrix);
                if (rows == 3) {
                    whole = back;
                    inverse = inverseBack;
                } else {
                    assertThat(inverseBack).as("rows %d", rows).containsExactly(inverse);
                }
            }
            try (NDArray once = manager.create(matrix, new Shape(n, n)); NDArray inverted = once.inverse()) {
                assertThat(inverted.toFloatArray()).containsExactly(inverse);
            }
            assertThat(whole).containsExactly(matrix);
        }
    }
}
