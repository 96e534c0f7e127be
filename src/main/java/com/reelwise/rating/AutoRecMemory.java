package com.reelwise.rating;

import com.reelwise.memory.DenseArrays;
import com.reelwise.memory.DoesNotFitException;
import java.util.Locale;

/** Whether I-AutoRec's dense films x people tables fit: refused with a sentence before any is allocated. */
final class AutoRecMemory {

    private AutoRecMemory() {
    }

    /**
     * I-AutoRec reads every film's column of people's stars and keeps every film's decoded column for serving: two films x
     * people float arrays in the Java heap, and the same two as tensors in native memory while the table is decoded.
     * At ml-latest-small that is 24 MB; at 16M ratings (66,686 films x 96,794 people) more than a Java array holds.
     *
     * @param freeHeap        bytes the heap can still take
     * @param heapGrowth      bytes the heap may still claim from the machine
     * @param availableNative bytes the machine can still give (MemAvailable), or a negative number when unknown
     */
    static void refuseIfTooLarge(int films, int people, long freeHeap, long heapGrowth, long availableNative) {
        long cells = (long) films * people;
        String why = DenseArrays.whyNotFit(cells, 2, 2, freeHeap, heapGrowth, availableNative);
        if (why != null) {
            throw new DoesNotFitException(String.format(Locale.ROOT,
                    "The star model's I-AutoRec needs two %,d films x %,d people float tables (%.1f GB each) in the Java heap"
                            + " and in native memory; %s, so predicted stars are left out at this size (the app serves"
                            + " everything else).", films, people, 4L * cells / 1e9, why));
        }
    }
}
