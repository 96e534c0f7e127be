package com.reelwise.rating;

import java.util.ArrayList;
import java.util.List;

/**
 * The served star model: the user-and-film biases' guess {@code b}, lifted towards I-AutoRec ({@code a}, the mean
 * of one or more networks that differ in their seed) and towards item-based k-NN on the biases' residuals
 * ({@code k}, {@link KnnBaseline}): {@code r̂ = b + w₁(g)·(a − b) + w₂(g)·(k − b)}, with one pair of weights per
 * bucket {@code g} of films by rating count. I-AutoRec reads a film's whole column of ratings and is strong where it
 * has many; the neighbours carry what the user said about similar films; the biases are the fallback for a film
 * with one or two ratings. The weights are the least-squares weights on the validation slice, with every part
 * trained on the rest; then every part trains again on everything (I-AutoRec for the epoch count validation
 * chose) and the weights are kept.
 */
public final class StarBlend implements RatingModel {

    /** Lower ends of the film buckets by training-rating count: 1-9, 10-49, 50 and more. */
    static final int[] BUCKET_FROM = {0, 10, 50};
    /** Networks averaged by the served model: three gave 0.9079 against one's 0.9078 on ml-100k's u1, so one. */
    public static final int NETWORKS = 1;

    private final AutoRecConfig config;
    private final int networks;
    private final boolean bar;
    private AutoRecEnsemble autoRec;
    private KnnBaseline neighbours;
    private int[] itemCounts;
    private double[][] weights;
    private double validationRmse = Double.NaN;

    /**
     * @param networks how many I-AutoRec networks, seeded {@code config.seed()}, {@code +1}, …, are averaged
     */
    public StarBlend(AutoRecConfig config, int networks, boolean bar) {
        if (networks < 1) {
            throw new IllegalArgumentException("The star model needs at least one network, got " + networks);
        }
        this.config = config;
        this.networks = networks;
        this.bar = bar;
    }

    /** Rebuilt from fitted parts: the I-AutoRec networks, the neighbours (with the biases inside), film rating counts and weights. */
    StarBlend(AutoRecEnsemble autoRec, KnnBaseline neighbours, int[] itemCounts, double[][] weights) {
        this(AutoRecConfig.defaults(), 1, false);
        this.autoRec = autoRec;
        this.neighbours = neighbours;
        this.itemCounts = itemCounts;
        this.weights = weights;
    }

    @Override
    public String name() {
        return "stars";
    }

    @Override
    public void fit(RatingData train, RatingData validation) {
        List<AutoRec> probes = new ArrayList<>();
        for (int n = 0; n < networks; n++) {
            AutoRec probe = new AutoRec(config.withSeed(config.seed() + n), bar);
            probe.fit(train, validation);
            probes.add(probe);
        }
        AutoRecEnsemble probe = new AutoRecEnsemble(probes);
        KnnBaseline probeNeighbours = new KnnBaseline();
        probeNeighbours.fit(train, null);
        weights = weightsOn(validation, probe, probeNeighbours, probeNeighbours.biases(), counts(train));
        validationRmse = validation.size() == 0 ? Double.NaN
                : RatingMetrics.errors(new StarBlend(probe, probeNeighbours, counts(train), weights), validation)[0];
        RatingData all = train.plus(validation);
        List<AutoRec> refits = new ArrayList<>();
        for (AutoRec each : probes) {
            // the whole data, for the epoch count this network's validation run chose
            AutoRec refit = new AutoRec(each.config().forEpochs(each.bestEpoch()), bar);
            refit.fit(all, null);
            refit.keepCurveOf(each);
            refits.add(refit);
        }
        autoRec = new AutoRecEnsemble(refits);
        neighbours = new KnnBaseline();
        neighbours.fit(all, null);
        itemCounts = counts(all);
    }

    /**
     * Per bucket, the weights {w₁, w₂} that minimise the squared error of {@code b + w₁(a − b) + w₂(k − b)} on
     * {@code validation}; a bucket too small to tell both apart gets the best single weight, an empty one none.
     */
    static double[][] weightsOn(RatingData validation, RatingModel autoRec, RatingModel neighbours, RatingModel biases, int[] counts) {
        // per bucket: Σaa, Σak, Σkk, Σae, Σke over the lifts a = autorec − b, k = knn − b and the error e = r − b
        double[][] sums = new double[BUCKET_FROM.length][5];
        for (int n = 0; n < validation.size(); n++) {
            int u = validation.users()[n];
            int i = validation.items()[n];
            double base = biases.predict(u, i);
            double a = autoRec.predict(u, i) - base;
            double k = neighbours.predict(u, i) - base;
            double e = validation.stars()[n] - base;
            double[] s = sums[bucket(i < counts.length ? counts[i] : 0)];
            s[0] += a * a;
            s[1] += a * k;
            s[2] += k * k;
            s[3] += a * e;
            s[4] += k * e;
        }
        double[][] out = new double[BUCKET_FROM.length][2];
        for (int g = 0; g < out.length; g++) {
            double[] s = sums[g];
            double det = s[0] * s[2] - s[1] * s[1];
            if (det > 1e-9 * Math.max(1, s[0] * s[2])) {
                out[g][0] = (s[3] * s[2] - s[4] * s[1]) / det;
                out[g][1] = (s[4] * s[0] - s[3] * s[1]) / det;
            } else if (s[0] > 0) {
                out[g][0] = s[3] / s[0];
            }
        }
        return out;
    }

    static int bucket(int count) {
        int b = 0;
        while (b + 1 < BUCKET_FROM.length && count >= BUCKET_FROM[b + 1]) {
            b++;
        }
        return b;
    }

    static int[] counts(RatingData data) {
        int[] out = new int[data.numItems()];
        for (int i : data.items()) {
            out[i]++;
        }
        return out;
    }

    /** The first I-AutoRec network, trained on everything: reported on its own beside the blend. */
    public AutoRec autoRec() {
        return autoRec.members().get(0);
    }

    /** The k-NN part, trained on everything: reported on its own beside the blend. */
    public KnnBaseline neighbours() {
        return neighbours;
    }

    /** Every network, trained on everything. */
    List<AutoRec> networks() {
        return autoRec.members();
    }

    /** RMSE on the validation slice of the blend trained without it (NaN for a loaded blend or an empty slice). */
    public double validationRmse() {
        return validationRmse;
    }

    /** Per bucket of {@link #BUCKET_FROM}: the weights of I-AutoRec's and the neighbours' lift over the biases. */
    public double[][] weights() {
        double[][] copy = new double[weights.length][];
        for (int g = 0; g < weights.length; g++) {
            copy[g] = weights[g].clone();
        }
        return copy;
    }

    /** A visitor's stars from their own ratings: the k-NN part alone, as I-AutoRec has no column for them. */
    float predictNew(int[] items, float[] stars, int item) {
        return neighbours.predictNew(items, stars, item);
    }

    @Override
    public float predict(int user, int item) {
        Biases biases = neighbours.biases();
        float base = biases.predict(user, item);
        double[] w = weights[bucket(item < itemCounts.length ? itemCounts[item] : 0)];
        double p = base + w[0] * (autoRec.predict(user, item) - base) + w[1] * (neighbours.predict(user, item) - base);
        return (float) Math.max(biases.min(), Math.min(biases.max(), p));
    }
}
