package com.reelwise.text;

/** Shape hyper-parameters of a BERT encoder; {@link #MINI_LM_L6} is all-MiniLM-L6-v2's. */
record BertConfig(int vocabSize, int hidden, int layers, int heads, int intermediate, int maxPositions,
        float layerNormEps, float dropout) {

    static final BertConfig MINI_LM_L6 = new BertConfig(30522, 384, 6, 12, 1536, 512, 1e-12f, 0.1f);

    BertConfig {
        if (hidden % heads != 0) {
            throw new IllegalArgumentException("hidden " + hidden + " not divisible by heads " + heads);
        }
    }

    int headSize() {
        return hidden / heads;
    }
}
