package com.reelwise.memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What memory is left: in the Java heap, and on the machine for native allocations (PyTorch's). */
public final class MemoryInfo {

    private MemoryInfo() {
    }

    /** Bytes the heap can still grow into: its maximum minus what is in use now. */
    public static long freeHeapBytes() {
        Runtime r = Runtime.getRuntime();
        return r.maxMemory() - (r.totalMemory() - r.freeMemory());
    }

    /**
     * Bytes the heap may still take from the machine: its maximum minus what it has claimed so far. The kernel
     * counts them as available until the heap grows into them, so a native allocation must leave them free.
     */
    public static long uncommittedHeapBytes() {
        Runtime r = Runtime.getRuntime();
        return r.maxMemory() - r.totalMemory();
    }

    /** The kernel's MemAvailable in bytes (Linux), or -1 where it cannot be read. */
    public static long availableBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemAvailable:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
