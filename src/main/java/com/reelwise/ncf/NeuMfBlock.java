package com.reelwise.ncf;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;
import java.util.Set;

/**
 * NeuMF: a GMF branch (user ⊙ item embeddings) and an MLP branch (concatenated embeddings
 * through a ReLU tower), concatenated and mapped to one logit. Input: (user indices, item indices),
 * both shape (batch); output: logits of shape (batch, 1). The sigmoid is applied by the loss in
 * training (numerically stable) and by the callers when they want probabilities.
 */
final class NeuMfBlock extends AbstractBlock {

    private static final byte VERSION = 1;

    static final String GMF_USER = "gmfUser";
    static final String GMF_ITEM = "gmfItem";
    static final String MLP_USER = "mlpUser";
    static final String MLP_ITEM = "mlpItem";

    private final Parameter gmfUser;
    private final Parameter gmfItem;
    private final Parameter mlpUser;
    private final Parameter mlpItem;
    private final SequentialBlock tower;
    private final Linear predict;
    private final NeuMfConfig config;

    private NeuMfBlock(NeuMfConfig config, int numUsers, int numItems) {
        super(VERSION);
        this.config = config;
        int mlpDim = config.mlpEmbedding();
        gmfUser = addParameter(embedding(GMF_USER, numUsers, config.factors()));
        gmfItem = addParameter(embedding(GMF_ITEM, numItems, config.factors()));
        mlpUser = addParameter(embedding(MLP_USER, numUsers, mlpDim));
        mlpItem = addParameter(embedding(MLP_ITEM, numItems, mlpDim));
        SequentialBlock layers = new SequentialBlock();
        for (int width : config.mlpLayers().subList(1, config.mlpLayers().size())) {
            layers.add(Linear.builder().setUnits(width).build()).add(Activation::relu);
        }
        tower = addChildBlock("tower", layers);
        predict = addChildBlock("predict", Linear.builder().setUnits(1).build());
    }

    /** Ids of the four embedding tables (a batch touches a few rows of each). */
    Set<String> embeddingIds() {
        return Set.of(gmfUser.getId(), gmfItem.getId(), mlpUser.getId(), mlpItem.getId());
    }

    /** The single factory used by training and serving, so saved parameters always fit. */
    static NeuMfBlock create(NeuMfConfig config, int numUsers, int numItems) {
        return new NeuMfBlock(config, numUsers, numItems);
    }

    /** Shapes to pass to {@code initialize}: one index per sample for user and item. */
    static Shape[] inputShapes(int batch) {
        return new Shape[] {new Shape(batch), new Shape(batch)};
    }

    private static Parameter embedding(String name, int rows, int dim) {
        // Paper: embeddings drawn from N(0, 0.01); Xavier would be far too wide for 9k-row tables.
        return Parameter.builder().setName(name).setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(rows, dim)).optInitializer(new NormalInitializer(0.01f)).build();
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray users = inputs.get(0);
        NDArray items = inputs.get(1);
        NDArray gu = lookup(store, gmfUser, users, training);
        NDArray gi = lookup(store, gmfItem, items, training);
        NDArray mu = lookup(store, mlpUser, users, training);
        NDArray mi = lookup(store, mlpItem, items, training);
        NDArray gmf = gu.mul(gi);
        NDArray mlp = tower.forward(store, new NDList(mu.concat(mi, 1)), training).singletonOrThrow();
        return predict.forward(store, new NDList(gmf.concat(mlp, 1)), training);
    }

    private static NDArray lookup(ParameterStore store, Parameter table, NDArray indices, boolean training) {
        NDArray weight = store.getValue(table, indices.getDevice(), training);
        return Embedding.embedding(indices, weight, SparseFormat.DENSE).singletonOrThrow();
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), 1)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        long batch = inputShapes[0].get(0);
        Shape towerInput = new Shape(batch, config.mlpLayers().get(0));
        tower.initialize(manager, dataType, towerInput);
        Shape towerOutput = tower.getOutputShapes(new Shape[] {towerInput})[0];
        predict.initialize(manager, dataType, new Shape(batch, config.factors() + towerOutput.get(1)));
    }

    SequentialBlock tower() {
        return tower;
    }

    Linear predict() {
        return predict;
    }

    Parameter table(String name) {
        return switch (name) {
            case GMF_USER -> gmfUser;
            case GMF_ITEM -> gmfItem;
            case MLP_USER -> mlpUser;
            case MLP_ITEM -> mlpItem;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
