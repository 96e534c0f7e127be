package com.reelwise.text;

import ai.djl.Model;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;

/**
 * Turns texts into unit-length sentence embeddings with all-MiniLM-L6-v2 (384 dimensions) run as a
 * DJL block on PyTorch; the dot product of two embeddings is their cosine similarity.
 *
 * <p>Thread-safe for concurrent {@code encode} calls; close it to free the native weights.
 */
public final class SentenceEncoder implements AutoCloseable {

    /** Lists with more batches than this show a progress bar on the terminal. */
    private static final int PROGRESS_BAR_MIN_BATCHES = 20;

    private final Model model;
    private final HuggingFaceTokenizer tokenizer;
    private final EncoderConfig config;

    SentenceEncoder(Model model, HuggingFaceTokenizer tokenizer, EncoderConfig config) {
        this.model = model;
        this.tokenizer = tokenizer;
        this.config = config;
        // inference never needs gradients: frozen weights keep PyTorch from recording an autograd graph
        model.getBlock().freezeParameters(true);
    }

    /**
     * The published all-MiniLM-L6-v2 weights, read from the ONNX export on the classpath (no download).
     *
     * @param config token length, batch size and pooling
     * @return an open encoder; the caller closes it
     */
    public static SentenceEncoder loadPretrained(EncoderConfig config) {
        Model model = EncoderModels.pretrained(config);
        try {
            return new SentenceEncoder(model, EncoderModels.pretrainedTokenizer(config), config);
        } catch (IOException | RuntimeException e) {
            model.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /**
     * An encoder saved as an artifact folder (weights, {@code tokenizer.json}, {@code encoder-config.json}),
     * e.g. by {@code EncoderFineTuner}.
     *
     * @param artifactDir the folder
     * @return an open encoder; the caller closes it
     * @throws IOException if the folder is missing or malformed
     */
    public static SentenceEncoder load(Path artifactDir) throws IOException {
        EncoderConfig config = EncoderArtifact.readConfig(artifactDir);
        Model model = EncoderModels.load(artifactDir, config);
        try {
            return new SentenceEncoder(model, EncoderModels.tokenizer(EncoderArtifact.tokenizerFile(artifactDir), config),
                    config);
        } catch (IOException | RuntimeException e) {
            model.close();
            throw e;
        }
    }

    /** The settings this encoder runs with. */
    public EncoderConfig config() {
        return config;
    }

    /** Length of every embedding (384). */
    public int dimension() {
        return BertConfig.MINI_LM_L6.hidden();
    }

    /** How many tokens the encoder reads for this text, [CLS] and [SEP] included (benchmarks size their inputs by it). */
    int tokenCount(String text) {
        return Math.min(config.maxLength(), tokenizer.encode(text).getIds().length);
    }

    /**
     * Embeds one text.
     *
     * @param text any text; it is truncated to {@link EncoderConfig#maxLength()} tokens
     * @return its unit-length embedding
     */
    public float[] encode(String text) {
        return encode(List.of(text))[0];
    }

    /**
     * Embeds many texts in batches of {@link EncoderConfig#batchSize()}, with a progress bar for long
     * lists.
     *
     * @param texts texts to embed
     * @return one unit-length embedding per text, in the order given
     */
    public float[][] encode(List<String> texts) {
        float[][] out = new float[texts.size()][];
        if (texts.isEmpty()) {
            return out;
        }
        Encoding[] encodings = tokenizer.batchEncode(texts);
        // longest first, so each batch pads little and a too-long input fails at once
        Integer[] order = new Integer[encodings.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> encodings[i].getIds().length).reversed());
        int batches = (order.length + config.batchSize() - 1) / config.batchSize();
        try (ProgressBar bar = batches >= PROGRESS_BAR_MIN_BATCHES ? new ProgressBar("Encoding", order.length) : null) {
            for (int start = 0; start < order.length; start += config.batchSize()) {
                int end = Math.min(order.length, start + config.batchSize());
                List<Encoding> batch = new ArrayList<>(end - start);
                for (int i = start; i < end; i++) {
                    batch.add(encodings[order[i]]);
                }
                float[][] vectors = forward(TokenBatch.of(batch));
                for (int i = start; i < end; i++) {
                    out[order[i]] = vectors[i - start];
                }
                if (bar != null) {
                    bar.stepBy(end - start);
                }
            }
        }
        return out;
    }

    private float[][] forward(TokenBatch batch) {
        try (NDManager manager = model.getNDManager().newSubManager()) {
            ParameterStore parameters = new ParameterStore(manager, false);
            NDArray embeddings = model.getBlock().forward(parameters, batch.toNDList(manager), false).head();
            float[] flat = embeddings.toFloatArray();
            int dim = dimension();
            float[][] rows = new float[batch.size()][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = Arrays.copyOfRange(flat, i * dim, (i + 1) * dim);
            }
            return rows;
        }
    }

    /**
     * NDArrays on the model's manager: its weights, the arrays of forward passes in flight, and any a
     * forward pass failed to free, so a count that keeps growing under steady load is a leak.
     */
    public int managedArrayCount() {
        return com.reelwise.djl.ManagedArrays.count(model);
    }

    @Override
    public void close() {
        tokenizer.close();
        model.close();
    }
}
