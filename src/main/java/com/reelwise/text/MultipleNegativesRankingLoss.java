package com.reelwise.text;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;
import ai.djl.training.loss.SoftmaxCrossEntropyLoss;

/**
 * sentence-transformers' MultipleNegativesRankingLoss: each anchor must pick its own positive among
 * all positives of the batch, scored by scaled cosine similarity.
 *
 * <p>Predictions: unit embeddings {@code (2B, H)}, the B anchors then their B positives. Labels:
 * {@code 0..B-1} as int64.
 */
final class MultipleNegativesRankingLoss extends Loss {

    private final float scale;
    private final SoftmaxCrossEntropyLoss crossEntropy = new SoftmaxCrossEntropyLoss("mnrl-ce");

    MultipleNegativesRankingLoss(float scale) {
        super("MultipleNegativesRankingLoss");
        this.scale = scale;
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray embeddings = predictions.singletonOrThrow();
        long pairs = embeddings.getShape().get(0) / 2;
        NDArray anchors = embeddings.get("0:{}", pairs);
        NDArray positives = embeddings.get("{}:", pairs);
        // unit vectors: the dot product is the cosine similarity
        NDArray scores = anchors.matMul(positives.transpose()).mul(scale);
        return crossEntropy.evaluate(labels, new NDList(scores));
    }
}
