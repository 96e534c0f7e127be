package com.reelwise.ratings;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps raw ids (MovieLens user or movie ids) to dense indices 0..n-1 and back, once,
 * so models and metrics work on compact arrays.
 */
public final class IdIndex {

    private final int[] ids;
    private final Map<Integer, Integer> positions;

    private IdIndex(int[] sortedDistinctIds) {
        this.ids = sortedDistinctIds;
        this.positions = new HashMap<>(sortedDistinctIds.length * 2);
        for (int i = 0; i < sortedDistinctIds.length; i++) {
            positions.put(sortedDistinctIds[i], i);
        }
    }

    /** Builds an index over the distinct values of {@code rawIds}, in ascending id order. */
    public static IdIndex of(int[] rawIds) {
        return new IdIndex(Arrays.stream(rawIds).distinct().sorted().toArray());
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
        Integer position = positions.get(id);
        return position == null ? -1 : position;
    }

    public boolean contains(int id) {
        return positions.containsKey(id);
    }
}
