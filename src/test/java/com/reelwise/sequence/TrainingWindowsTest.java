package com.reelwise.sequence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TrainingWindowsTest {

    @Test
    void everyPositionIsTaughtTheFilmThatFollowsIt() {
        TrainingWindows windows = TrainingWindows.of(new int[][] {{0, 1, 2, 3}, {5}}, 200);
        assertEquals(1, windows.size(), "a one-film history teaches nothing");
        assertArrayEquals(new int[] {1, 2, 3}, windows.inputs().get(0), "films are 1-based, 0 is padding");
        assertArrayEquals(new int[] {2, 3, 4}, windows.targets().get(0));
    }

    @Test
    void longHistoriesAreCutFromTheLatestEndSoEveryPositionIsUsed() {
        TrainingWindows windows = TrainingWindows.of(new int[][] {{0, 1, 2, 3, 4, 5, 6}}, 4);
        assertEquals(2, windows.size());
        assertArrayEquals(new int[] {3, 4, 5, 6}, windows.inputs().get(0), "the latest window is full");
        assertArrayEquals(new int[] {4, 5, 6, 7}, windows.targets().get(0));
        assertArrayEquals(new int[] {1, 2}, windows.inputs().get(1), "the earliest positions make a shorter window");
        assertArrayEquals(new int[] {2, 3}, windows.targets().get(1));
        assertEquals(6, windows.positions());
    }

    @Test
    void batchesCoverEveryWindowOnceAndPadFromTheLeft() {
        int[][] histories = new int[50][];
        for (int u = 0; u < histories.length; u++) {
            histories[u] = new int[2 + u % 7];
        }
        TrainingWindows windows = TrainingWindows.of(histories, 200);
        List<int[]> batches = windows.batches(8, 2, new Random(1));
        boolean[] seen = new boolean[windows.size()];
        for (int[] batch : batches) {
            for (int w : batch) {
                assertEquals(false, seen[w], "window " + w + " twice");
                seen[w] = true;
            }
        }
        for (boolean s : seen) {
            assertEquals(true, s);
        }
        assertArrayEquals(new int[] {0, 7, 8, 0, 0, 9}, TrainingWindows.leftPadded(List.of(new int[] {7, 8}, new int[] {9}), 3));
    }
}
