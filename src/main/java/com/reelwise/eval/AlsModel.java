package com.reelwise.eval;

import com.reelwise.ratings.Interactions;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dot-product matrix factorization trained by implicit alternating least squares (Hu, Koren and
 * Volinsky 2008): every cell is a target, observed ones with confidence 1 + alpha. The number
 * of sweeps is chosen by validation NDCG@20 (fit on train), then the model is refit on train
 * plus validation for that many sweeps from the same seeded start.
 */
final class AlsModel implements RankingModel {

    private static final Logger LOG = LoggerFactory.getLogger(AlsModel.class);

    private final int factors;
    private final double regularization;
    private final double alpha;
    private final int maxIterations;
    private final long seed;
    private double[] userFactors = new double[0];
    private double[] itemFactors = new double[0];
    private int bestIterations;

    AlsModel(int factors, double regularization, double alpha, int maxIterations, long seed) {
        this.factors = factors;
        this.regularization = regularization;
        this.alpha = alpha;
        this.maxIterations = maxIterations;
        this.seed = seed;
    }

    @Override
    public String name() {
        return "mf";
    }

    @Override
    public void fit(Interactions train, Interactions validation) {
        bestIterations = maxIterations;
        if (validation.size() > 0) {
            double best = Double.NEGATIVE_INFINITY;
            Interactions byItem = Split.transpose(train);
            initialise(train.numUsers(), train.numItems());
            for (int it = 1; it <= maxIterations; it++) {
                sweep(train, byItem);
                double score = ValidationScore.ndcg(this, train, validation, 20);
                if (score > best) {
                    best = score;
                    bestIterations = it;
                }
            }
            LOG.info("ALS best validation NDCG@20={} after {} sweeps", String.format("%.4f", best), bestIterations);
        }
        Interactions all = Split.union(train, validation);
        Interactions byItem = Split.transpose(all);
        initialise(all.numUsers(), all.numItems());
        for (int it = 0; it < bestIterations; it++) {
            sweep(all, byItem);
        }
    }

    private void initialise(int numUsers, int numItems) {
        SplittableRandom random = new SplittableRandom(seed);
        userFactors = new double[numUsers * factors];
        itemFactors = new double[numItems * factors];
        for (int i = 0; i < itemFactors.length; i++) {
            itemFactors[i] = 0.01 * gaussian(random);
        }
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller; SplittableRandom has no nextGaussian on Java 17.
        double u1 = 1.0 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private void sweep(Interactions byUser, Interactions byItem) {
        solve(byUser, itemFactors, userFactors);
        solve(byItem, userFactors, itemFactors);
    }

    /**
     * For every row r: x_r = (Y^T Y + alpha Y_r^T Y_r + reg I)^-1 (1 + alpha) Y_r^T 1, where Y_r are
     * the fixed factors of r's observed columns.
     */
    private void solve(Interactions rows, double[] fixed, double[] target) {
        int f = factors;
        DMatrixRMaj y = DMatrixRMaj.wrap(fixed.length / f, f, fixed);
        DMatrixRMaj yty = new DMatrixRMaj(f, f);
        CommonOps_DDRM.multTransA(y, y, yty);
        DMatrixRMaj a = new DMatrixRMaj(f, f);
        DMatrixRMaj b = new DMatrixRMaj(f, 1);
        DMatrixRMaj x = new DMatrixRMaj(f, 1);
        LinearSolverDense<DMatrixRMaj> cholesky = LinearSolverFactory_DDRM.symmPosDef(f);
        for (int r = 0; r < rows.numUsers(); r++) {
            int[] cols = rows.itemsOf(r);
            if (cols.length == 0) {
                Arrays.fill(target, r * f, (r + 1) * f, 0.0);
                continue;
            }
            a.setTo(yty);
            Arrays.fill(b.data, 0.0);
            double[] ad = a.data;
            for (int c : cols) {
                int off = c * f;
                for (int p = 0; p < f; p++) {
                    double yp = fixed[off + p];
                    b.data[p] += (1 + alpha) * yp;
                    double ayp = alpha * yp;
                    int row = p * f;
                    for (int q = 0; q < f; q++) {
                        ad[row + q] += ayp * fixed[off + q];
                    }
                }
            }
            for (int p = 0; p < f; p++) {
                ad[p * f + p] += regularization;
            }
            if (!cholesky.setA(a)) {
                throw new IllegalStateException("ALS system of row " + r + " is not positive definite");
            }
            cholesky.solve(b, x);
            System.arraycopy(x.data, 0, target, r * f, f);
        }
    }

    @Override
    public void scores(int user, float[] out) {
        int f = factors;
        int uo = user * f;
        for (int i = 0; i < out.length; i++) {
            int io = i * f;
            double s = 0;
            for (int p = 0; p < f; p++) {
                s += userFactors[uo + p] * itemFactors[io + p];
            }
            out[i] = (float) s;
        }
    }
}
