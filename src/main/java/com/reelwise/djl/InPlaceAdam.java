package com.reelwise.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.ParameterTracker;
import ai.djl.training.tracker.Tracker;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * DJL's Adam, the same update, in one pass per parameter over the tensor's own memory. DJL's Adam on the PyTorch
 * engine runs about eleven tensor operations per parameter (a copy of the gradient, the weight-decay add even at
 * 0, moments, a square root, a division), each a full pass and most a temporary as large as the parameter: for
 * NeuMF's item tables (9,724 x 40 floats) that was 1.8 of a 3.4 ms training step, against 2.3 ms for PyTorch's
 * whole step (model-training/ncf/README.md). Here the moments live in Java arrays and one loop reads the gradient
 * and updates the weight through a direct view of the tensor's memory, then zeroes the gradient as DJL's Adam does.
 *
 * <p>Same arithmetic as DJL's ({@code rescaled = rescaleGrad * grad}, clipped above at {@code clipGrad} when that is
 * set, plus {@code weightDecay * weight}; bias correction folded into the step size), in float, so results agree
 * with DJL's Adam to rounding, not bit for bit. Only for dense float32 parameters on the CPU, which is all this
 * project trains; anything else is refused with a sentence.
 *
 * <p>Optionally lazy for embedding tables ({@link Builder#optLazyRows}): a row the step's gradient leaves at zero (a
 * person or film not in the batch) is skipped, its weights and moments kept as they were, as PyTorch's
 * {@code SparseAdam} and TensorFlow's {@code LazyAdam} do. Dense Adam moves every row every step (the moments carry
 * on), so each step costs the whole table: at 32M ratings NeuMF's tables hold 11 million floats and a step of 1,024
 * pairs touches about 2,000 rows of them (docs/scale.md). Not the same optimiser: the bias correction uses the global
 * step count, and weight decay reaches a row only in the steps that touch it.
 */
public final class InPlaceAdam extends Optimizer {

    private final ParameterTracker learningRate;
    private final float beta1;
    private final float beta2;
    private final float epsilon;
    private final Predicate<String> lazyRows;
    private final Map<String, State> states = new HashMap<>();

    private InPlaceAdam(Builder builder) {
        super(builder);
        this.learningRate = builder.learningRate;
        this.beta1 = builder.beta1;
        this.beta2 = builder.beta2;
        this.epsilon = builder.epsilon;
        this.lazyRows = builder.lazyRows;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A parameter's moments, and scratch copies of its weight and gradient. */
    private static final class State {
        final float[] mean;
        final float[] variance;
        final float[] weight;
        final float[] grad;

        State(int n) {
            mean = new float[n];
            variance = new float[n];
            weight = new float[n];
            grad = new float[n];
        }
    }

    @Override
    public void update(String parameterId, NDArray weight, NDArray grad) {
        int t = updateCount(parameterId);
        double coef1 = 1.0 - Math.pow(beta1, t);
        double coef2 = 1.0 - Math.pow(beta2, t);
        float lr = learningRate.getNewValue(parameterId, t);
        float step = (float) (lr * Math.sqrt(coef2) / coef1);
        float decay = getWeightDecay();
        if (Float.isNaN(step) || Float.isInfinite(step) || Float.isNaN(decay) || Float.isInfinite(decay)) {
            throw new IllegalArgumentException("learning rate or weight decay is nan or infinite");
        }
        FloatBuffer w = view(weight, parameterId);
        FloatBuffer g = view(grad, parameterId);
        int n = w.remaining();
        boolean lazy = weight.getShape().dimension() == 2 && lazyRows.test(parameterId);
        State s = states.computeIfAbsent(parameterId + '@' + weight.getDevice(), k -> new State(n));
        if (s.mean.length != n || g.remaining() != n) {
            throw new IllegalStateException("parameter " + parameterId + " changed size: " + s.mean.length + " then " + n
                    + " (gradient " + g.remaining() + ")");
        }
        if (lazy) {
            try (NDArray own = weight.getGradient()) {
                updateTouchedRows(s, w, g, view(own, parameterId), (int) weight.getShape().get(1), step, decay);
            }
            return;
        }
        w.get(0, s.weight);
        g.get(0, s.grad);
        adam(s.mean, s.variance, s.weight, s.grad, 0, n, step, decay);
        w.put(0, s.weight);
        // The trainer passes a copy of the gradient; DJL's Adam zeroes the parameter's own one after its update (the
        // collector does not), so the next step's backward starts from 0.
        try (NDArray own = weight.getGradient()) {
            view(own, parameterId).put(0, s.grad);
        }
    }

    /** The update of values {@code from} to {@code to} (exclusive) of one parameter; each gradient value is zeroed once used. */
    private void adam(float[] m, float[] v, float[] x, float[] d, int from, int to, float step, float decay) {
        float rescale = rescaleGrad;
        boolean clip = clipGrad >= 0;
        float b1 = beta1;
        float b2 = beta2;
        float eps = epsilon;
        for (int i = from; i < to; i++) {
            float gi = rescale * d[i];
            if (clip && gi > clipGrad) {
                gi = clipGrad;
            }
            gi += decay * x[i];
            m[i] = m[i] * b1 + (1 - b1) * gi;
            v[i] = v[i] * b2 + (1 - b2) * gi * gi;
            x[i] -= step * m[i] / ((float) Math.sqrt(v[i]) + eps);
            d[i] = 0;
        }
    }

    /**
     * The update for the rows with a non-zero gradient only, each copied out of the views into the scratch copies and
     * back; the parameter's own gradient is zeroed on those rows (the others are zero already).
     */
    private void updateTouchedRows(State s, FloatBuffer w, FloatBuffer g, FloatBuffer own, int width, float step, float decay) {
        for (int row = 0; row < s.mean.length; row += width) {
            int end = row + width;
            int first = row;
            while (first < end && g.get(first) == 0f) {
                first++;
            }
            if (first == end) {
                continue;
            }
            w.get(row, s.weight, row, width);
            g.get(row, s.grad, row, width);
            adam(s.mean, s.variance, s.weight, s.grad, row, end, step, decay);
            w.put(row, s.weight, row, width);
            own.put(row, s.grad, row, width);
        }
    }

    /** The tensor's own memory as floats; refuses what cannot be viewed so (the update would be lost on a copy). */
    private static FloatBuffer view(NDArray array, String parameterId) {
        ByteBuffer bytes = array.getDataType() == DataType.FLOAT32 ? array.toByteBuffer(true) : null;
        if (bytes == null || !bytes.isDirect()) {
            throw new IllegalStateException("InPlaceAdam updates dense CPU tensors in place; parameter " + parameterId
                    + " (" + array.getDataType() + " on " + array.getDevice() + ") is not one: use DJL's Adam for it.");
        }
        return bytes.order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    /** Builds an {@link InPlaceAdam}; defaults as DJL's Adam (learning rate 0.001, betas 0.9 and 0.999, epsilon 1e-8). */
    public static final class Builder extends OptimizerBuilder<Builder> {
        private ParameterTracker learningRate = Tracker.fixed(0.001f);
        private float beta1 = 0.9f;
        private float beta2 = 0.999f;
        private float epsilon = 1e-8f;
        private Predicate<String> lazyRows = id -> false;

        @Override
        protected Builder self() {
            return this;
        }

        public Builder optLearningRateTracker(ParameterTracker tracker) {
            this.learningRate = tracker;
            return this;
        }

        public Builder optBeta1(float value) {
            this.beta1 = value;
            return this;
        }

        public Builder optBeta2(float value) {
            this.beta2 = value;
            return this;
        }

        public Builder optEpsilon(float value) {
            this.epsilon = value;
            return this;
        }

        /**
         * Updates the two-dimensional parameters whose ids pass {@code parameterIds} row by row, skipping rows the
         * step's gradient leaves at zero (lazy Adam, for embedding tables); every other parameter as dense Adam.
         */
        public Builder optLazyRows(Predicate<String> parameterIds) {
            this.lazyRows = parameterIds;
            return this;
        }

        public InPlaceAdam build() {
            return new InPlaceAdam(this);
        }
    }
}
