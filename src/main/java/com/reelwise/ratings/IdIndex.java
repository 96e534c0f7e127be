package com.reelwise.ratings;

import java.util.Arrays;

/**
 * Maps raw ids (MovieLens user or movie ids) to dense indices 0..n-1 and back, once,
 * so models and metrics work on compact arrays. Primitive throughout: at 32 million ratings a boxed map
 * or a stream's {@code distinct()} would box every row.
 */
public final class IdIndex {

    /** Ids up to this bound are looked up in a direct table (MovieLens ids stay far below; 4 bytes per possible id). */
    private static final int DIRECT_LIMIT = 1 << 24;

    private final int[] ids;
    /** position + 1 by raw id (0: absent), or null when the ids are too large or sparse: then binary search. */
    private final int[] direct;

    private IdIndex(int[] sortedDistinctIds) {
        this.ids = sortedDistinctIds;
        int n = sortedDistinctIds.length;
        boolean small = n > 0 && sortedDistinctIds[0] >= 0 && sortedDistinctIds[n - 1] < DIRECT_LIMIT
                && sortedDistinctIds[n - 1] <= 64L * n + 1024;
        if (small) {
            direct = new int[sortedDistinctIds[n - 1] + 1];
            for (int i = 0; i < n; i++) {
                direct[sortedDistinctIds[i]] = i + 1;
            }
        } else {
            direct = null;
        }
    }

    /** Builds an index over the distinct values of {@code rawIds}, in ascending id order. */
    public static IdIndex of(int[] rawIds) {
        int[] sorted = rawIds.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return new IdIndex(Arrays.copyOf(sorted, distinct));
    }

    public int size() {
        return ids.length;
    }

    /** The raw id at a dense index. */
    public int idAt(int index) {
        return ids[index];
    }

    /** The dense index of a raw id, or -1 when the id is unknown. */
    public int indexOf(int id) {
        if (direct != null) {
            return id < 0 || id >= direct.length ? -1 : direct[id] - 1;
        }
        int at = Arrays.binarySearch(ids, id);
        return at < 0 ? -1 : at;
    }

    public boolean contains(int id) {
        return indexOf(id) >= 0;
    }
}
