package com.reelwise.sequence;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * SASRec: film embeddings plus learned positions, causal self-attention blocks, and an output layer tied
 * to the film embeddings, so a hidden state scores every film by one product.
 *
 * <p>Films are numbered 1..n; 0 is padding. Histories are left-padded, and positions count from the
 * right, so the latest film always sits at position {@code maxLength - 1} whatever the history's length.
 * Inputs and outputs:
 * <ul>
 *   <li>{@code (histories (B, T))}: logits of the film after each history's last one, {@code (B, n + 1)};</li>
 *   <li>{@code (histories (B, T), keep (B, T) boolean)}: logits at every kept position, {@code (N, n + 1)},
 *       positions in row-major order (training with full softmax);</li>
 *   <li>{@code (histories, keep, candidates (N, C))}: logits of the given films only, {@code (N, C)} (gBCE).</li>
 * </ul>
 * Column 0 of full logits belongs to padding; callers ignore it.
 *
 * <p>Every op takes a per-call array as its first operand, so its result lives in the caller's manager and
 * nothing accumulates on the model's (a result attaches to its first operand's manager).
 */
final class SasRecBlock extends AbstractBlock {

    private static final byte VERSION = 1;
    /** Additive bias for a position that may not be looked at; finite, so an all-padding row stays a number. */
    private static final float BLOCKED = -1e9f;

    static final String ITEMS = "items";
    static final String POSITIONS = "positions";

    private final SasRecConfig config;
    private final int numItems;
    private final Parameter items;
    private final Parameter positions;
    private final List<CausalAttentionBlock> layers = new ArrayList<>();
    private final LayerNorm finalNorm;

    private SasRecBlock(SasRecConfig config, int numItems) {
        super(VERSION);
        this.config = config;
        this.numItems = numItems;
        items = addParameter(table(ITEMS, numItems + 1, config.hidden()));
        positions = addParameter(table(POSITIONS, config.maxLength(), config.hidden()));
        for (int b = 0; b < config.blocks(); b++) {
            layers.add(addChildBlock("block" + b, new CausalAttentionBlock(config.hidden(), config.heads(), config.dropout())));
        }
        finalNorm = addChildBlock("final_norm", LayerNorm.builder().axis(2).build());
    }

    /** The single factory used by training and serving, so saved parameters always fit. */
    static SasRecBlock create(SasRecConfig config, int numItems) {
        return new SasRecBlock(config, numItems);
    }

    private static Parameter table(String name, int rows, int dim) {
        return Parameter.builder().setName(name).setType(Parameter.Type.WEIGHT).optShape(new Shape(rows, dim))
                .optInitializer(new NormalInitializer((float) Math.sqrt(2.0 / (rows + dim)))).build();
    }

    int numItems() {
        return numItems;
    }

    List<CausalAttentionBlock> layers() {
        return layers;
    }

    LayerNorm finalNorm() {
        return finalNorm;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray histories = inputs.get(0);
        NDManager manager = histories.getManager();
        long batch = histories.getShape().get(0);
        int steps = (int) histories.getShape().get(1);
        NDArray itemTable = store.getValue(items, histories.getDevice(), training);
        NDArray positionTable = store.getValue(positions, histories.getDevice(), training);
        NDArray present = histories.neq(0).toType(DataType.FLOAT32, false).expandDims(2);
        NDArray positionIds = manager.arange(config.maxLength() - steps, config.maxLength(), 1, DataType.INT32);
        NDArray x = Embedding.embedding(histories, itemTable, SparseFormat.DENSE).head().mul(Math.sqrt(config.hidden()))
                .add(Embedding.embedding(positionIds, positionTable, SparseFormat.DENSE).head());
        x = drop(x, training).mul(present);
        NDArray bias = attentionBias(histories, steps);
        for (CausalAttentionBlock layer : layers) {
            x = layer.forward(store, new NDList(x, bias), training).head().mul(present);
        }
        NDArray states = finalNorm.forward(store, new NDList(x), training).head();
        if (inputs.size() == 1) {
            NDArray last = states.get(":, -1, :");
            return Linear.linear(last, itemTable);
        }
        NDArray kept = states.get(new NDIndex().addBooleanIndex(inputs.get(1)));
        if (inputs.size() == 2) {
            return Linear.linear(kept, itemTable);
        }
        // (N, C, H) x (N, H, 1) -> (N, C)
        NDArray candidates = Embedding.embedding(inputs.get(2), itemTable, SparseFormat.DENSE).head();
        return new NDList(candidates.matMul(kept.expandDims(2)).squeeze(2));
    }

    /** Causal and padding bias {@code (B, 1, T, T)}: query i may look at key j iff j <= i and j is a film. */
    private static NDArray attentionBias(NDArray histories, int steps) {
        NDManager manager = histories.getManager();
        float[] causal = new float[steps * steps];
        for (int i = 0; i < steps; i++) {
            for (int j = i + 1; j < steps; j++) {
                causal[i * steps + j] = BLOCKED;
            }
        }
        NDArray padding = histories.eq(0).toType(DataType.FLOAT32, false).mul(BLOCKED).expandDims(1).expandDims(1);
        return padding.add(manager.create(causal, new Shape(steps, steps)));
    }

    private NDArray drop(NDArray x, boolean training) {
        return training && config.dropout() > 0 ? Dropout.dropout(x, config.dropout(), true).head() : x;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        if (inputShapes.length == 3) {
            return new Shape[] {new Shape(-1, inputShapes[2].get(1))};
        }
        return new Shape[] {new Shape(inputShapes.length == 1 ? inputShapes[0].get(0) : -1, numItems + 1)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape states = new Shape(inputShapes[0].get(0), inputShapes[0].get(1), config.hidden());
        Shape bias = new Shape(inputShapes[0].get(0), 1, inputShapes[0].get(1), inputShapes[0].get(1));
        for (CausalAttentionBlock layer : layers) {
            layer.initialize(manager, dataType, states, bias);
        }
        finalNorm.initialize(manager, dataType, states);
    }
}
