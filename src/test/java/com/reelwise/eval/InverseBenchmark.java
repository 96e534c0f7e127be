package com.reelwise.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Measures the Gram-matrix inversion EASE needs, EJML (pure Java, double) against PyTorch
 * through DJL (float), so the choice in {@link EaseModel} rests on numbers. Not a test: run with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.reelwise.eval.InverseBenchmark -Dexec.args="2000 9724"}.
 */
public final class InverseBenchmark {

    public static void main(String[] args) {
        int ejmlSize = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int torchSize = args.length > 1 ? Integer.parseInt(args[1]) : 9724;
        DMatrixRMaj a = spd(ejmlSize);
        long t0 = System.nanoTime();
        DMatrixRMaj inverse = new DMatrixRMaj(ejmlSize, ejmlSize);
        CommonOps_DDRM.invertSPD(a, inverse);
        double ejml = (System.nanoTime() - t0) / 1e9;
        System.out.printf("EJML invertSPD n=%d: %.2f s (n^3 extrapolation to %d: %.0f s)%n",
                ejmlSize, ejml, torchSize, ejml * Math.pow((double) torchSize / ejmlSize, 3));
        float[] g = new float[torchSize * torchSize];
        Random random = new Random(1);
        for (int i = 0; i < torchSize; i++) {
            g[i * torchSize + i] = 500f + random.nextFloat();
        }
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray m = manager.create(g, new Shape(torchSize, torchSize));
            long t1 = System.nanoTime();
            NDArray p = m.inverse();
            float[] back = p.toFloatArray();
            System.out.printf("PyTorch inverse n=%d: %.2f s (%d floats back)%n", torchSize, (System.nanoTime() - t1) / 1e9, back.length);
        }
    }

    private static DMatrixRMaj spd(int n) {
        Random random = new Random(1);
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double v = random.nextDouble() * 0.01;
                a.set(i, j, v);
                a.set(j, i, v);
            }
            a.add(i, i, n);
        }
        return a;
    }
}
