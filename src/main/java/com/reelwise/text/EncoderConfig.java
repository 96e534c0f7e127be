package com.reelwise.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Settings of a {@link SentenceEncoder}, saved as JSON in every encoder artifact.
 *
 * @param maxLength tokens kept per text, [CLS] and [SEP] included (all-MiniLM-L6-v2 was trained at 128/256)
 * @param batchSize texts encoded per forward pass
 * @param pooling how token states become one vector
 * @param freezeWordEmbeddings whether fine-tuning leaves the 30k x 384 word embedding table alone
 */
public record EncoderConfig(int maxLength, int batchSize, Pooling pooling, boolean freezeWordEmbeddings) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** all-MiniLM-L6-v2 as published: 256 tokens, batch 32, mean pooling. */
    public static EncoderConfig defaults() {
        return new EncoderConfig(256, 32, Pooling.MEAN, false);
    }

    public EncoderConfig {
        if (maxLength < 2 || maxLength > BertConfig.MINI_LM_L6.maxPositions()) {
            throw new IllegalArgumentException("maxLength must be in [2, 512]: " + maxLength);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
        if (pooling == null) {
            throw new IllegalArgumentException("pooling is required");
        }
    }

    /** A copy with another maximum token length. */
    public EncoderConfig withMaxLength(int tokens) {
        return new EncoderConfig(tokens, batchSize, pooling, freezeWordEmbeddings);
    }

    /** A copy with another batch size. */
    public EncoderConfig withBatchSize(int size) {
        return new EncoderConfig(maxLength, size, pooling, freezeWordEmbeddings);
    }

    /** A copy that does or does not freeze the word embeddings during fine-tuning. */
    public EncoderConfig withFrozenWordEmbeddings(boolean frozen) {
        return new EncoderConfig(maxLength, batchSize, pooling, frozen);
    }

    void save(Path file) throws IOException {
        JSON.writeValue(file.toFile(), this);
    }

    static EncoderConfig read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), EncoderConfig.class);
    }
}
