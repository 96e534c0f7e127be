package com.reelwise.text;

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
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * BERT embeddings (word + absolute position + token type 0, LayerNorm) and the stack of
 * {@link BertLayerBlock}s, then mean pooling over the attention mask and L2 normalisation, as
 * sentence-transformers does for all-MiniLM-L6-v2.
 *
 * <p>Input: token ids {@code (B, T)} and attention mask {@code (B, T)}, both int64. Output: unit
 * sentence embeddings {@code (B, H)}.
 */
final class BertEncoderBlock extends AbstractBlock {

    /** Added to attention scores of padding keys; exp of it underflows to exactly 0. */
    private static final float MASKED = -10_000f;

    private final BertConfig config;
    private final Pooling pooling;
    final Parameter wordEmbeddings;
    final Parameter positionEmbeddings;
    final Parameter tokenTypeEmbeddings;
    final LayerNorm embeddingNorm;
    final List<BertLayerBlock> layers = new ArrayList<>();

    BertEncoderBlock(BertConfig config, Pooling pooling) {
        this.config = config;
        this.pooling = pooling;
        wordEmbeddings = addParameter(embedding("word_embeddings", config.vocabSize(), config.hidden()));
        positionEmbeddings = addParameter(embedding("position_embeddings", config.maxPositions(), config.hidden()));
        tokenTypeEmbeddings = addParameter(embedding("token_type_embeddings", 2, config.hidden()));
        embeddingNorm = addChildBlock("embedding_norm", BertLayerBlock.norm(config));
        for (int i = 0; i < config.layers(); i++) {
            layers.add(addChildBlock("layer" + i, new BertLayerBlock(config)));
        }
    }

    private static Parameter embedding(String name, int rows, int hidden) {
        return Parameter.builder().setName(name).setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(rows, hidden)).build();
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray ids = inputs.get(0);
        NDArray mask = inputs.get(1);
        long batch = ids.getShape().get(0);
        long tokens = ids.getShape().get(1);
        if (tokens > config.maxPositions()) {
            throw new IllegalArgumentException(tokens + " tokens exceed " + config.maxPositions() + " positions");
        }
        NDArray words = Embedding.embedding(ids, ps.getValue(wordEmbeddings, ids.getDevice(), training),
                SparseFormat.DENSE).head();
        NDArray positions = ps.getValue(positionEmbeddings, ids.getDevice(), training).get(new NDIndex(":{}", tokens));
        NDArray tokenType = ps.getValue(tokenTypeEmbeddings, ids.getDevice(), training).get(0);
        // a slice of a weight is born on the weight's manager, which lives as long as the model: hand
        // both to this batch's manager, or every forward pass leaves two tensors behind
        positions.attach(ids.getManager());
        tokenType.attach(ids.getManager());
        NDArray x = BertLayerBlock.apply(embeddingNorm, ps, words.add(positions).add(tokenType), training);
        if (training) {
            x = Dropout.dropout(x, config.dropout(), true).head();
        }

        NDArray maskF = mask.toType(DataType.FLOAT32, false);
        NDArray bias = maskF.neg().add(1f).mul(MASKED).reshape(batch, 1, 1, tokens);  // (1 - mask) * MASKED
        for (BertLayerBlock layer : layers) {
            x = layer.forward(ps, new NDList(x, bias), training).head();
        }
        return new NDList(l2Normalize(pool(x, maskF)));
    }

    private NDArray pool(NDArray hidden, NDArray maskF) {
        if (pooling == Pooling.CLS) {
            return hidden.get(":, 0, :");
        }
        // sum of unmasked token states / number of unmasked tokens (clamped like sentence-transformers)
        NDArray m = maskF.expandDims(2);
        return hidden.mul(m).sum(new int[] {1}).div(m.sum(new int[] {1}).clip(1e-9f, Float.MAX_VALUE));
    }

    private static NDArray l2Normalize(NDArray x) {
        // torch.nn.functional.normalize: x / max(||x||, 1e-12)
        return x.div(x.norm(new int[] {1}, true).clip(1e-12f, Float.MAX_VALUE));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), config.hidden())};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape hidden = new Shape(inputShapes[0].get(0), inputShapes[0].get(1), config.hidden());
        embeddingNorm.initialize(manager, dataType, hidden);
        Shape bias = new Shape(inputShapes[0].get(0), 1, 1, inputShapes[0].get(1));
        for (BertLayerBlock layer : layers) {
            layer.initialize(manager, dataType, hidden, bias);
        }
    }
}
