package com.reelwise.eval;

import com.reelwise.memory.DenseArrays;
import com.reelwise.memory.DoesNotFitException;

/** Whether dense EASE fits this machine at a catalog size: the harness's refusal and the scale benchmark's verdict. */
public final class DenseEaseMemory {

    private DenseEaseMemory() {
    }

    /**
     * Refuses, with the sentence the harness prints, a dense EASE that would not fit: one items x items float matrix in
     * the Java heap at a time (the Gram matrix, then its inverse, which becomes the weights in place) and, at the
     * inversion, the matrix, its inverse and LU workspace in PyTorch's native memory.
     *
     * <p>The heap's own growth counts against the machine: memory it has not claimed yet is "available" to the kernel
     * until the heap claims it, and at ml-synth-1m (23,253 films) the heap growing to its limit beside PyTorch's three
     * matrices took 23.5 GB of this 24 GB machine.
     *
     * @param freeHeap        bytes the heap can still take
     * @param heapGrowth      bytes the heap may still claim from the machine ({@link com.reelwise.memory.MemoryInfo#uncommittedHeapBytes})
     * @param availableNative bytes the machine can still give (MemAvailable), or a negative number when unknown
     */
    public static void refuseIfTooLarge(int items, long freeHeap, long heapGrowth, long availableNative) {
        long matrix = 4L * items * items;
        String why = DenseArrays.whyNotFit((long) items * items, 1, 3, freeHeap, heapGrowth, availableNative);
        if (why != null) {
            throw new DoesNotFitException(String.format(java.util.Locale.ROOT,
                    "Dense EASE over %,d films needs a %,d x %,d float matrix (%.1f GB) in the Java heap and three in native memory"
                            + " (%.1f GB); %s, so it is left out at this size (EASE over only the most-rated films, or a sparse"
                            + " variant, would be the way to run it).", items, items, items, matrix / 1e9, 3 * matrix / 1e9, why));
        }
    }
}
