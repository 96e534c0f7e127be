package com.reelwise.text;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;

/** Token ids and attention mask of a few texts, right-padded to the longest of them. */
record TokenBatch(long[] ids, long[] mask, int size, int tokens) {

    static TokenBatch of(List<Encoding> encodings) {
        int tokens = encodings.stream().mapToInt(e -> e.getIds().length).max().orElse(0);
        long[] ids = new long[encodings.size() * tokens];
        long[] mask = new long[ids.length];
        for (int i = 0; i < encodings.size(); i++) {
            long[] row = encodings.get(i).getIds();
            System.arraycopy(row, 0, ids, i * tokens, row.length);
            // [PAD] is id 0 and mask 0: the zeros already there
            java.util.Arrays.fill(mask, i * tokens, i * tokens + row.length, 1L);
        }
        return new TokenBatch(ids, mask, encodings.size(), tokens);
    }

    NDList toNDList(NDManager manager) {
        Shape shape = new Shape(size, tokens);
        return new NDList(manager.create(ids, shape), manager.create(mask, shape));
    }
}
