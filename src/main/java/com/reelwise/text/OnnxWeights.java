package com.reelwise.text;

import com.reelwise.text.OnnxProto.GraphProto;
import com.reelwise.text.OnnxProto.ModelProto;
import com.reelwise.text.OnnxProto.NodeProto;
import com.reelwise.text.OnnxProto.TensorProto;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The float weights of an ONNX BERT export, keyed by HuggingFace parameter name in HuggingFace layout.
 *
 * <p>Exporters keep the names of biases and LayerNorm weights but give the MatMul weights anonymous
 * names ({@code onnx::MatMul_787}); their HF name is recovered from the graph (MatMul output feeds an
 * Add with the named bias), and they are transposed from ONNX's {@code [in, out]} to HF/DJL's
 * {@code [out, in]}.
 */
final class OnnxWeights {

    private static final int FLOAT = 1;

    /** A dense row-major float tensor. */
    record Tensor(long[] shape, float[] data) {
        Tensor {
            long size = Arrays.stream(shape).reduce(1, Math::multiplyExact);
            if (size != data.length) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " does not hold " + data.length);
            }
        }

        /** Stacks tensors along their first axis; the rest of their shapes must agree. */
        static Tensor concatRows(Tensor... parts) {
            long[] shape = parts[0].shape().clone();
            shape[0] = 0;
            int size = 0;
            for (Tensor part : parts) {
                if (!Arrays.equals(Arrays.copyOfRange(part.shape(), 1, part.shape().length),
                        Arrays.copyOfRange(shape, 1, shape.length))) {
                    throw new IllegalArgumentException("cannot stack " + Arrays.toString(part.shape()));
                }
                shape[0] += part.shape()[0];
                size += part.data().length;
            }
            float[] data = new float[size];
            int offset = 0;
            for (Tensor part : parts) {
                System.arraycopy(part.data(), 0, data, offset, part.data().length);
                offset += part.data().length;
            }
            return new Tensor(shape, data);
        }
    }

    private final Map<String, Tensor> byName;

    private OnnxWeights(Map<String, Tensor> byName) {
        this.byName = byName;
    }

    static OnnxWeights read(InputStream onnx) throws IOException {
        GraphProto graph = ModelProto.parseFrom(onnx).getGraph();
        Map<String, TensorProto> initializers = new HashMap<>();
        for (TensorProto t : graph.getInitializerList()) {
            initializers.put(t.getName(), t);
        }
        Map<String, Tensor> named = new HashMap<>();
        for (TensorProto t : initializers.values()) {
            if (t.getDataType() == FLOAT && !t.getName().startsWith("onnx::")) {
                named.put(t.getName(), toTensor(t));
            }
        }
        // MatMul output name -> anonymous weight initializer feeding it
        Map<String, TensorProto> matMulWeightByOutput = new HashMap<>();
        for (NodeProto node : graph.getNodeList()) {
            if (node.getOpType().equals("MatMul") && node.getInputCount() == 2
                    && initializers.containsKey(node.getInput(1))) {
                matMulWeightByOutput.put(node.getOutput(0), initializers.get(node.getInput(1)));
            }
        }
        for (NodeProto node : graph.getNodeList()) {
            if (!node.getOpType().equals("Add")) {
                continue;
            }
            String bias = null;
            TensorProto weight = null;
            for (String input : node.getInputList()) {
                if (input.endsWith(".bias") && named.containsKey(input)) {
                    bias = input;
                } else if (matMulWeightByOutput.containsKey(input)) {
                    weight = matMulWeightByOutput.get(input);
                }
            }
            if (bias != null && weight != null) {
                String weightName = bias.substring(0, bias.length() - ".bias".length()) + ".weight";
                named.put(weightName, transpose(toTensor(weight)));
            }
        }
        return new OnnxWeights(Map.copyOf(named));
    }

    /** The tensor called {@code name}; fails loudly so a renamed export cannot load half a model. */
    Tensor get(String name) {
        Tensor t = byName.get(name);
        if (t == null) {
            throw new IllegalArgumentException("No weight '" + name + "' in the ONNX model");
        }
        return t;
    }

    boolean contains(String name) {
        return byName.containsKey(name);
    }

    int size() {
        return byName.size();
    }

    private static Tensor toTensor(TensorProto t) {
        long[] shape = t.getDimsList().stream().mapToLong(Long::longValue).toArray();
        float[] data;
        if (!t.getRawData().isEmpty()) {
            // raw_data is little-endian by the ONNX spec
            FloatBuffer floats = t.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
            data = new float[floats.remaining()];
            floats.get(data);
        } else {
            data = new float[t.getFloatDataCount()];
            for (int i = 0; i < data.length; i++) {
                data[i] = t.getFloatData(i);
            }
        }
        return new Tensor(shape, data);
    }

    private static Tensor transpose(Tensor m) {
        if (m.shape().length != 2) {
            throw new IllegalArgumentException("MatMul weight is not 2-D: " + Arrays.toString(m.shape()));
        }
        int rows = (int) m.shape()[0];
        int cols = (int) m.shape()[1];
        float[] out = new float[m.data().length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[c * rows + r] = m.data()[r * cols + c];
            }
        }
        return new Tensor(new long[] {cols, rows}, out);
    }
}
