package com.reelwise.text;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * all-MiniLM-L6-v2 run by ONNX Runtime on the same ONNX file and tokenizer, with mean pooling and L2
 * normalisation in plain Java: the reference the DJL/PyTorch encoder is checked and timed against.
 */
final class OrtReferenceEncoder implements AutoCloseable {

    private final Model model;
    private final Predictor<NDList, NDList> predictor;
    private final HuggingFaceTokenizer tokenizer;
    private final EncoderConfig config;

    /** @param workDir a scratch folder the ONNX file is extracted to (ORT loads from a file) */
    OrtReferenceEncoder(EncoderConfig config, Path workDir, int threads) throws IOException, MalformedModelException {
        this.config = config;
        Path onnx = workDir.resolve("all-minilm-l6-v2.onnx");
        if (!Files.exists(onnx)) {
            try (InputStream in = EncoderModels.resource(EncoderModels.ONNX_RESOURCE)) {
                Files.copy(in, onnx);
            }
        }
        model = Model.newInstance("ort-minilm", "OnnxRuntime");
        model.load(onnx, null, Map.of("intraOpNumThreads", Integer.toString(threads), "interOpNumThreads", "1"));
        predictor = model.newPredictor(new NoopTranslator());
        tokenizer = EncoderModels.pretrainedTokenizer(config);
    }

    float[][] encode(List<String> texts) throws TranslateException {
        Encoding[] encodings = tokenizer.batchEncode(texts);
        Integer[] order = new Integer[encodings.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> encodings[i].getIds().length).reversed());
        float[][] out = new float[texts.size()][];
        for (int start = 0; start < order.length; start += config.batchSize()) {
            int end = Math.min(order.length, start + config.batchSize());
            List<Encoding> batch = new ArrayList<>();
            for (int i = start; i < end; i++) {
                batch.add(encodings[order[i]]);
            }
            float[][] vectors = forward(TokenBatch.of(batch));
            for (int i = start; i < end; i++) {
                out[order[i]] = vectors[i - start];
            }
        }
        return out;
    }

    private float[][] forward(TokenBatch batch) throws TranslateException {
        try (NDManager manager = model.getNDManager().newSubManager()) {
            Shape shape = new Shape(batch.size(), batch.tokens());
            NDArray ids = manager.create(batch.ids(), shape);
            ids.setName("input_ids");
            NDArray mask = manager.create(batch.mask(), shape);
            mask.setName("attention_mask");
            NDArray types = manager.zeros(shape, ids.getDataType());
            types.setName("token_type_ids");
            NDList outputs = predictor.predict(new NDList(ids, mask, types));
            NDArray hidden = outputs.get("last_hidden_state") != null ? outputs.get("last_hidden_state") : outputs.head();
            return meanPoolAndNormalize(hidden.toFloatArray(), batch, (int) hidden.getShape().get(2));
        }
    }

    private static float[][] meanPoolAndNormalize(float[] hidden, TokenBatch batch, int dim) {
        float[][] rows = new float[batch.size()][dim];
        for (int b = 0; b < batch.size(); b++) {
            double[] sum = new double[dim];
            int count = 0;
            for (int t = 0; t < batch.tokens(); t++) {
                if (batch.mask()[b * batch.tokens() + t] == 0) {
                    continue;
                }
                count++;
                int base = (b * batch.tokens() + t) * dim;
                for (int d = 0; d < dim; d++) {
                    sum[d] += hidden[base + d];
                }
            }
            double norm = 0;
            for (int d = 0; d < dim; d++) {
                sum[d] /= Math.max(count, 1);
                norm += sum[d] * sum[d];
            }
            norm = Math.max(Math.sqrt(norm), 1e-12);
            for (int d = 0; d < dim; d++) {
                rows[b][d] = (float) (sum[d] / norm);
            }
        }
        return rows;
    }

    @Override
    public void close() {
        predictor.close();
        model.close();
        tokenizer.close();
    }
}
