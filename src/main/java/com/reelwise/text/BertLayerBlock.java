package com.reelwise.text;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * One post-LayerNorm BERT layer: self-attention then a GELU feed-forward, each with a residual and
 * LayerNorm. Written out because DJL's own transformer blocks normalise differently and cannot take
 * HuggingFace weights.
 *
 * <p>Input: hidden states {@code (B, T, H)} and an additive attention bias {@code (B, 1, 1, T)}.
 */
final class BertLayerBlock extends AbstractBlock {

    private final BertConfig config;
    /** Query, key and value projections fused into one GEMM: same math, a third of the calls. */
    final Linear queryKeyValue;
    final Linear attentionOut;
    final LayerNorm attentionNorm;
    final Linear intermediate;
    final Linear output;
    final LayerNorm outputNorm;

    BertLayerBlock(BertConfig config) {
        this.config = config;
        queryKeyValue = addChildBlock("query_key_value", linear(3 * config.hidden()));
        attentionOut = addChildBlock("attention_out", linear(config.hidden()));
        attentionNorm = addChildBlock("attention_norm", norm(config));
        intermediate = addChildBlock("intermediate", linear(config.intermediate()));
        output = addChildBlock("output", linear(config.hidden()));
        outputNorm = addChildBlock("output_norm", norm(config));
    }

    static Linear linear(int units) {
        return Linear.builder().setUnits(units).build();
    }

    static LayerNorm norm(BertConfig config) {
        // axis 2 = the hidden axis of (B, T, H)
        return LayerNorm.builder().axis(2).optEpsilon(config.layerNormEps()).build();
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.get(0);
        NDArray bias = inputs.get(1);
        long batch = x.getShape().get(0);
        long tokens = x.getShape().get(1);
        // (B, T, 3H) -> (3, B, heads, T, d)
        NDArray qkv = apply(queryKeyValue, ps, x, training)
                .reshape(batch, tokens, 3, config.heads(), config.headSize()).transpose(2, 0, 3, 1, 4);
        NDArray q = qkv.get(0).mul(1.0 / Math.sqrt(config.headSize()));
        NDArray k = qkv.get(1).transpose(0, 1, 3, 2);
        NDArray v = qkv.get(2);
        NDArray probs = q.matMul(k).add(bias).softmax(-1);
        probs = dropout(probs, training);
        NDArray context = probs.matMul(v).transpose(0, 2, 1, 3).reshape(batch, tokens, config.hidden());

        NDArray attended = dropout(apply(attentionOut, ps, context, training), training);
        NDArray h = apply(attentionNorm, ps, attended.add(x), training);
        NDArray ff = Activation.gelu(apply(intermediate, ps, h, training));
        NDArray out = dropout(apply(output, ps, ff, training), training);
        return new NDList(apply(outputNorm, ps, out.add(h), training));
    }

    private NDArray dropout(NDArray x, boolean training) {
        return training ? Dropout.dropout(x, config.dropout(), true).head() : x;
    }

    static NDArray apply(Block block, ParameterStore ps, NDArray x, boolean training) {
        return block.forward(ps, new NDList(x), training).head();
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape hidden = inputShapes[0];
        for (Linear l : new Linear[] {queryKeyValue, attentionOut, intermediate}) {
            l.initialize(manager, dataType, hidden);
        }
        attentionNorm.initialize(manager, dataType, hidden);
        output.initialize(manager, dataType, new Shape(hidden.get(0), hidden.get(1), config.intermediate()));
        outputNorm.initialize(manager, dataType, hidden);
    }
}
