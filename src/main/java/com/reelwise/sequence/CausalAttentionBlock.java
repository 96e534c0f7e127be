package com.reelwise.sequence;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * One pre-LayerNorm transformer block over a film history: causal multi-head self-attention, then a
 * ReLU feed-forward, each added back to its input (as in the SASRec and gSASRec reference code).
 *
 * <p>Input: hidden states {@code (B, T, H)} and an additive attention bias {@code (B, 1, T, T)} that is
 * 0 where a position may look and a large negative number where it may not (later films, padding).
 */
final class CausalAttentionBlock extends AbstractBlock {

    private final int hidden;
    private final int heads;
    private final float dropout;
    private final LayerNorm attentionNorm;
    private final Linear queryKeyValue;
    private final Linear attentionOut;
    private final LayerNorm feedForwardNorm;
    private final Linear feedForwardIn;
    private final Linear feedForwardOut;

    CausalAttentionBlock(int hidden, int heads, float dropout) {
        this.hidden = hidden;
        this.heads = heads;
        this.dropout = dropout;
        attentionNorm = addChildBlock("attention_norm", norm());
        // Query, key and value in one GEMM: the same math as three, a third of the native calls.
        queryKeyValue = addChildBlock("query_key_value", Linear.builder().setUnits(3L * hidden).build());
        attentionOut = addChildBlock("attention_out", Linear.builder().setUnits(hidden).build());
        feedForwardNorm = addChildBlock("feed_forward_norm", norm());
        feedForwardIn = addChildBlock("feed_forward_in", Linear.builder().setUnits(hidden).build());
        feedForwardOut = addChildBlock("feed_forward_out", Linear.builder().setUnits(hidden).build());
    }

    int heads() {
        return heads;
    }

    LayerNorm attentionNorm() {
        return attentionNorm;
    }

    Linear queryKeyValue() {
        return queryKeyValue;
    }

    Linear attentionOut() {
        return attentionOut;
    }

    LayerNorm feedForwardNorm() {
        return feedForwardNorm;
    }

    Linear feedForwardIn() {
        return feedForwardIn;
    }

    Linear feedForwardOut() {
        return feedForwardOut;
    }

    private static LayerNorm norm() {
        // axis 2 = the hidden axis of (B, T, H)
        return LayerNorm.builder().axis(2).build();
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.get(0);
        NDArray bias = inputs.get(1);
        long batch = x.getShape().get(0);
        long steps = x.getShape().get(1);
        long headSize = hidden / heads;
        NDArray h = apply(attentionNorm, ps, x, training);
        // (B, T, 3H) -> (3, B, heads, T, d)
        NDArray qkv = apply(queryKeyValue, ps, h, training).reshape(batch, steps, 3, heads, headSize).transpose(2, 0, 3, 1, 4);
        NDArray q = qkv.get(0).mul(1.0 / Math.sqrt(headSize));
        NDArray k = qkv.get(1).transpose(0, 1, 3, 2);
        NDArray v = qkv.get(2);
        NDArray weights = drop(q.matMul(k).add(bias).softmax(-1), training);
        NDArray context = weights.matMul(v).transpose(0, 2, 1, 3).reshape(batch, steps, hidden);
        NDArray attended = x.add(drop(apply(attentionOut, ps, context, training), training));
        NDArray f = apply(feedForwardNorm, ps, attended, training);
        f = drop(apply(feedForwardIn, ps, f, training), training);
        f = drop(apply(feedForwardOut, ps, Activation.relu(f), training), training);
        return new NDList(attended.add(f));
    }

    private NDArray drop(NDArray x, boolean training) {
        return training && dropout > 0 ? Dropout.dropout(x, dropout, true).head() : x;
    }

    private static NDArray apply(Block block, ParameterStore ps, NDArray x, boolean training) {
        return block.forward(ps, new NDList(x), training).head();
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape states = inputShapes[0];
        for (Block b : new Block[] {attentionNorm, queryKeyValue, attentionOut, feedForwardNorm, feedForwardIn}) {
            b.initialize(manager, dataType, states);
        }
        feedForwardOut.initialize(manager, dataType, states);
    }
}
