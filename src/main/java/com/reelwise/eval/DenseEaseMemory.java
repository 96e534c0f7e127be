package com.reelwise.eval;

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
     * @param freeHeap       bytes the heap can still take
     * @param availableNative bytes the machine can still give (MemAvailable), or a negative number when unknown
     */
    public static void refuseIfTooLarge(int items, long freeHeap, long availableNative) {
        long matrix = 4L * items * items;
        boolean javaArray = (long) items * items <= Integer.MAX_VALUE - 8;
        boolean heap = matrix * 11 / 10 <= freeHeap;
        boolean off = availableNative < 0 || 3 * matrix <= availableNative;
        if (!javaArray || !heap || !off) {
            throw new DoesNotFitException(String.format(java.util.Locale.ROOT,
                    "Dense EASE over %,d films needs a %,d x %,d float matrix (%.1f GB) in the Java heap and three in native memory"
                            + " (%.1f GB); %s, so it is left out at this size (EASE over only the most-rated films, or a sparse"
                            + " variant, would be the way to run it).", items, items, items, matrix / 1e9, 3 * matrix / 1e9,
                    !javaArray ? "a Java array holds at most 2,147,483,639 floats"
                            : !heap ? String.format(java.util.Locale.ROOT, "the heap has %.1f GB free", freeHeap / 1e9)
                            : String.format(java.util.Locale.ROOT, "the machine has %.1f GB available", availableNative / 1e9)));
        }
    }
}
