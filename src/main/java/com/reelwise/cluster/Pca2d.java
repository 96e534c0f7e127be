package com.reelwise.cluster;

import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Principal component analysis to two dimensions with EJML: the d × d covariance, its symmetric
 * eigen-decomposition, the rows projected on the top two eigenvectors.
 *
 * <p>WHY PCA and not t-SNE/UMAP: it is exact, deterministic, and a new movie projects with one
 * matrix product. Checked: lejon T-SNE-Java is on JitPack/SciJava, not Maven Central; on Central
 * only de.javagl:bh-tsne 0.0.1 and tech.molecules:external-umap-java 1.0 (a one-release repackaging
 * of tag.bio's umap-java) exist; Smile's t-SNE/UMAP is GPL from 3.0. None is a well-kept choice.
 */
final class Pca2d {

    /** Two coordinates per row, and the share of total variance the two components keep. */
    record Projection(double[][] points, double varianceExplained) {
    }

    private Pca2d() {
    }

    static Projection project(float[][] rows) {
        int n = rows.length;
        int d = rows[0].length;
        double[] mean = new double[d];
        for (float[] row : rows) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        DMatrixRMaj centred = new DMatrixRMaj(n, d);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                centred.unsafe_set(i, j, rows[i][j] - mean[j]);
            }
        }
        DMatrixRMaj covariance = new DMatrixRMaj(d, d);
        CommonOps_DDRM.multTransA(centred, centred, covariance);
        CommonOps_DDRM.scale(1.0 / Math.max(1, n - 1), covariance);
        double trace = CommonOps_DDRM.trace(covariance);

        EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(d, true, true);
        if (!eigen.decompose(covariance)) {
            throw new IllegalStateException("PCA: eigen-decomposition of the " + d + " x " + d + " covariance failed");
        }
        int first = -1;
        int second = -1;
        for (int e = 0; e < eigen.getNumberOfEigenvalues(); e++) {
            double value = real(eigen.getEigenvalue(e));
            if (first < 0 || value > real(eigen.getEigenvalue(first))) {
                second = first;
                first = e;
            } else if (second < 0 || value > real(eigen.getEigenvalue(second))) {
                second = e;
            }
        }
        double[][] axes = {axis(eigen.getEigenVector(first), d), second < 0 ? new double[d] : axis(eigen.getEigenVector(second), d)};
        double kept = real(eigen.getEigenvalue(first)) + (second < 0 ? 0 : real(eigen.getEigenvalue(second)));

        double[][] points = new double[n][2];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 2; a++) {
                double sum = 0;
                for (int j = 0; j < d; j++) {
                    sum += centred.unsafe_get(i, j) * axes[a][j];
                }
                points[i][a] = sum;
            }
        }
        return new Projection(points, trace > 0 ? Math.min(1, kept / trace) : 0);
    }

    private static double real(Complex_F64 value) {
        return value.real;
    }

    /** The eigenvector with its largest-magnitude entry made positive, so the map does not flip between runs. */
    private static double[] axis(DMatrixRMaj vector, int d) {
        double[] axis = new double[d];
        int largest = 0;
        for (int j = 0; j < d; j++) {
            axis[j] = vector.get(j);
            if (Math.abs(axis[j]) > Math.abs(axis[largest])) {
                largest = j;
            }
        }
        if (axis[largest] < 0) {
            for (int j = 0; j < d; j++) {
                axis[j] = -axis[j];
            }
        }
        return axis;
    }
}
