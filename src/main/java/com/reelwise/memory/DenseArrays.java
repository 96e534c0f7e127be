package com.reelwise.memory;

import java.util.Locale;

/** Whether a job's dense float arrays fit: the rule shared by every refusal of a films x films or films x people table. */
public final class DenseArrays {

    private DenseArrays() {
    }

    /**
     * Why {@code heapCopies} float arrays of {@code cells} cells in the Java heap and {@code nativeCopies} of them in
     * native memory do not fit, as the end of a sentence; null when they do. The heap's own growth counts against the
     * machine: memory it has not claimed yet is "available" to the kernel until the heap claims it.
     *
     * @param freeHeap        bytes the heap can still take
     * @param heapGrowth      bytes the heap may still claim from the machine ({@link MemoryInfo#uncommittedHeapBytes})
     * @param availableNative bytes the machine can still give (MemAvailable), or a negative number when unknown
     */
    public static String whyNotFit(long cells, int heapCopies, int nativeCopies, long freeHeap, long heapGrowth, long availableNative) {
        long bytes = 4L * cells;
        long nativeLeft = availableNative - Math.max(0, heapGrowth);
        if (cells > Integer.MAX_VALUE - 8) {
            return "a Java array holds at most 2,147,483,639 floats";
        }
        if (heapCopies * bytes * 11 / 10 > freeHeap) {
            return String.format(Locale.ROOT, "the heap has %.1f GB free", freeHeap / 1e9);
        }
        if (availableNative >= 0 && nativeCopies * bytes > nativeLeft) {
            return String.format(Locale.ROOT, "the machine has %.1f GB available, %.1f GB of it beside what the heap may still claim",
                    availableNative / 1e9, Math.max(0, nativeLeft) / 1e9);
        }
        return null;
    }
}
