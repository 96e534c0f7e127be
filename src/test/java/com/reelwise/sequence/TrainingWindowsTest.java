package com.reelwise.sequence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    @Test
    void shortCropsAreConsecutiveFilmsFromAnywhereEachTaughtTheNextFilm() {
        int[] long30 = new int[30];
        for (int k = 0; k < long30.length; k++) {
            long30[k] = 100 + k;
        }
        int[][] histories = {long30, {0, 1, 2, 3}, {7, 8, 9, 10, 11}};
        TrainingWindows plain = TrainingWindows.of(histories, 200);
        TrainingWindows cropped = TrainingWindows.of(histories, 200, 6, 10, 42);

        assertEquals(plain.size() + 2 * 6, cropped.size(), "six crops per history of five or more films, none from the four-film one");
        boolean startsAfterTheFirstFilm = false;
        for (int w = plain.size(); w < cropped.size(); w++) {
            int[] x = cropped.inputs().get(w);
            int[] y = cropped.targets().get(w);
            assertEquals(true, x.length >= 3 && x.length <= 10, "crop length " + x.length);
            for (int k = 0; k < x.length; k++) {
                assertEquals(x[k] + 1, y[k], "each film is taught the one after it in the history");
                if (k > 0) {
                    assertEquals(x[k - 1] + 1, x[k], "consecutive films");
                }
            }
            startsAfterTheFirstFilm |= x[0] != long30[0] + 1 && x[0] != 7 + 1;
        }
        assertEquals(true, startsAfterTheFirstFilm, "crops come from the middle too, not only the sign-up films");
        TrainingWindows again = TrainingWindows.of(histories, 200, 6, 10, 42);
        for (int w = 0; w < cropped.size(); w++) {
            assertArrayEquals(cropped.inputs().get(w), again.inputs().get(w), "seeded");
        }
        for (int w = 0; w < plain.size(); w++) {
            assertArrayEquals(plain.inputs().get(w), cropped.inputs().get(w), "the history's own windows come first, unchanged");
        }
    }

    @Test
    void cropLengthBoundsTheCrops() {
        int[] long60 = new int[60];
        for (int k = 0; k < long60.length; k++) {
            long60[k] = k;
        }
        int[][] histories = {long60};
        int own = TrainingWindows.of(histories, 200).size();
        TrainingWindows cropped = TrainingWindows.of(histories, 200, 200, 25, 42);
        int longest = 0;
        for (int w = own; w < cropped.size(); w++) {
            int length = cropped.inputs().get(w).length;
            assertEquals(true, length >= 3 && length <= 25, "crop length " + length);
            longest = Math.max(longest, length);
        }
        assertEquals(true, longest > 20, "two hundred crops reach near the longest allowed, got " + longest);
        assertThrows(IllegalArgumentException.class, () -> SasRecConfig.defaults().with("cropLength", "2"));
    }

    @Test
    void aConfigSavedBeforeShortCropsReadsAsNone() throws Exception {
        String saved = SasRecArtifacts.JSON.writeValueAsString(SasRecConfig.defaults()).replaceAll(",?\\s*\"shortCrops\"\\s*:\\s*\\d+", "");
        assertEquals(false, saved.contains("shortCrops"));
        assertEquals(0, SasRecArtifacts.JSON.readValue(saved, SasRecConfig.class).shortCrops());
        assertEquals(20, SasRecConfig.defaults().with("shortCrops", "20").shortCrops());
        String beforeCropLength = SasRecArtifacts.JSON.writeValueAsString(SasRecConfig.defaults().with("shortCrops", "20"))
                .replaceAll(",?\\s*\"cropLength\"\\s*:\\s*\\d+", "");
        assertEquals(false, beforeCropLength.contains("cropLength"));
        assertEquals(10, SasRecArtifacts.JSON.readValue(beforeCropLength, SasRecConfig.class).cropLength(), "the crops' length before the setting");
    }
}
