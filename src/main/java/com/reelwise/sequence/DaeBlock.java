package com.reelwise.sequence;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Mult-DAE: a person's films as one row over the catalogue, L2-normalised, dropped out while training, encoded
 * to a small code and decoded to one logit per film (tanh between layers). Input {@code (B, n)} weights, output
 * {@code (B, n)} logits; a multinomial likelihood over those logits is its loss.
 */
final class DaeBlock extends AbstractBlock {

    private static final byte VERSION = 1;

    private final DaeConfig config;
    private final int numItems;
    private final Linear encode;
    private final Linear code;
    private final Linear decode;
    private final Linear output;

    private DaeBlock(DaeConfig config, int numItems) {
        super(VERSION);
        this.config = config;
        this.numItems = numItems;
        encode = addChildBlock("encode", Linear.builder().setUnits(config.hidden()).build());
        code = addChildBlock("code", Linear.builder().setUnits(config.latent()).build());
        decode = addChildBlock("decode", Linear.builder().setUnits(config.hidden()).build());
        output = addChildBlock("output", Linear.builder().setUnits(numItems).build());
    }

    /** The single factory used by training and serving, so saved parameters always fit. */
    static DaeBlock create(DaeConfig config, int numItems) {
        return new DaeBlock(config, numItems);
    }

    int numItems() {
        return numItems;
    }

    /** The layers in order, for serving's float-array copy ({@link DaeWeights}). */
    java.util.List<Linear> layers() {
        return java.util.List.of(encode, code, decode, output);
    }

    /** The output layer's weight rows: one vector per film, in the space the code decodes to. */
    Linear output() {
        return output;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.head();
        NDArray norm = x.square().sum(new int[] {1}, true).sqrt().add(1e-8f);
        NDArray h = x.div(norm);
        if (training && config.dropout() > 0) {
            h = Dropout.dropout(h, config.dropout(), true).head();
        }
        h = apply(encode, store, h, training).tanh();
        h = apply(code, store, h, training).tanh();
        h = apply(decode, store, h, training).tanh();
        return new NDList(apply(output, store, h, training));
    }

    private static NDArray apply(Block block, ParameterStore store, NDArray x, boolean training) {
        return block.forward(store, new NDList(x), training).head();
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), numItems)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        long batch = inputShapes[0].get(0);
        encode.initialize(manager, dataType, inputShapes[0]);
        code.initialize(manager, dataType, new Shape(batch, config.hidden()));
        decode.initialize(manager, dataType, new Shape(batch, config.latent()));
        output.initialize(manager, dataType, new Shape(batch, config.hidden()));
    }
}
