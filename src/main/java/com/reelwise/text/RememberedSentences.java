package com.reelwise.text;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * A sentence encoder that remembers the vectors of the sentences it encoded last. WHY: a person who typed a mood
 * and then moves the blend slider or the discovery control sends the same sentence with every change, and one
 * short sentence costs 10-25 ms of the encoder (model-training/text/README.md), more than the rest of a hybrid
 * request. A sentence not seen before is encoded as it always was; the vectors are the encoder's own, bit for bit.
 */
public final class RememberedSentences implements Function<String, float[]> {

    /** Sentences kept: a few hours of distinct moods for a small site, 1.5 KB each (384 floats). */
    public static final int DEFAULT_SIZE = 1_000;

    private final Function<String, float[]> encoder;
    private final Cache<String, float[]> vectors;

    /** @param encoder the encoder whose vectors are remembered (e.g. {@code SentenceEncoder::encode}) */
    public RememberedSentences(Function<String, float[]> encoder) {
        this(encoder, DEFAULT_SIZE, Runnable::run);
    }

    /** @param maintenance runs Caffeine's evictions (the caller's thread by default, so the bound holds at once) */
    RememberedSentences(Function<String, float[]> encoder, int size, Executor maintenance) {
        this.encoder = encoder;
        this.vectors = Caffeine.newBuilder().maximumSize(size).executor(maintenance).build();
    }

    /** The sentence's vector: a copy, so a caller that changes it changes nobody else's. */
    @Override
    public float[] apply(String sentence) {
        return vectors.get(sentence, encoder).clone();
    }

    /** How many sentences are remembered now (approximately, as Caffeine counts). */
    long size() {
        vectors.cleanUp();
        return vectors.estimatedSize();
    }
}
