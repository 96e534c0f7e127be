package com.reelwise.djl;

import ai.djl.MalformedModelException;
import ai.djl.nn.Block;
import ai.djl.ndarray.NDManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Keeps the parameters of the best epoch in memory while training goes on, and puts them back at the end. */
public final class BestEpoch {

    private byte[] parameters;

    /** Remembers {@code block}'s parameters as they are now. */
    public void keep(Block block) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            block.saveParameters(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the model's parameters in memory", e);
        }
        parameters = bytes.toByteArray();
    }

    /** Kept parameters from bytes written by {@link #bytes} (a saved model). */
    public static BestEpoch of(byte[] parameters) {
        BestEpoch out = new BestEpoch();
        out.parameters = parameters.clone();
        return out;
    }

    /** The kept parameters in DJL's block format, or null when nothing was kept. */
    public byte[] bytes() {
        return parameters == null ? null : parameters.clone();
    }

    /** True once {@link #keep} was called. */
    public boolean kept() {
        return parameters != null;
    }

    /** Puts the kept parameters back into {@code block} (a no-op when nothing was kept). */
    public void restore(Block block, NDManager manager) {
        if (parameters == null) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(parameters))) {
            block.loadParameters(manager, in);
        } catch (IOException | MalformedModelException e) {
            throw new IllegalStateException("Cannot restore the best epoch's parameters", e);
        }
    }
}
