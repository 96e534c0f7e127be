package com.reelwise.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.recommend.Method;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The chance a card shows: read from the committed newcomer run, one per method and place, never rising down a list. */
class WatchChancesTest {

    private static final Path COMMITTED = Path.of("model-training/eval/newcomer");

    @Test
    void everyServedMethodHasAChanceAtEachOfTwentyPlacesThatNeverRisesDownTheList() {
        WatchChances chances = WatchChances.read(COMMITTED);
        for (Method method : Method.values()) {
            double previous = 1;
            for (int rank = 1; rank <= 20; rank++) {
                WatchChances.Chance chance = chances.at(method, rank).orElseThrow(() -> new AssertionError(method + " has no chance"));
                assertThat(chance.share()).as("%s at %d", method, rank).isBetween(0.0, previous);
                previous = chance.share();
            }
            assertThat(chances.at(method, 0)).isEmpty();
            assertThat(chances.at(method, 21)).isEmpty();
        }
        // the learned hybrid's first place is a film the person watched next far more often than a popular film's
        assertThat(chances.at(Method.HYBRID, 1).orElseThrow().share())
                .isGreaterThan(chances.at(Method.POPULAR, 1).orElseThrow().share() + 0.05);
    }

    @Test
    void theMeaningSaysWhatWasMeasuredAndOnWhom() {
        WatchChances.Chance first = WatchChances.read(COMMITTED).at(Method.HYBRID, 1).orElseThrow();
        assertThat(first.meaning()).startsWith("In our test, " + first.percent() + " of the films this method put at place 1")
                .contains("ml-latest-small", "latest 5 films", "went on to watch");
        assertThat(first.percent()).matches("\\d{1,2}%");
    }

    @Test
    void wobblesArePooledIntoAListThatNeverRises() {
        assertThat(WatchChances.nonIncreasing(new double[] {0.10, 0.20, 0.05, 0.06, 0.01}))
                .containsExactly(new double[] {0.15, 0.15, 0.055, 0.055, 0.01}, org.assertj.core.data.Offset.offset(1e-12));
        double[] falling = {0.3, 0.2, 0.2, 0.1};
        assertThat(WatchChances.nonIncreasing(falling)).containsExactly(falling);
    }

    @Test
    void noRunMeansNoChance(@org.junit.jupiter.api.io.TempDir Path empty) {
        assertThat(WatchChances.read(empty).at(Method.HYBRID, 1)).isEmpty();
        assertThat(WatchChances.read(empty.resolve("missing")).at(Method.HYBRID, 1)).isEmpty();
        assertThat(new WatchChances.Chance(0.001, "").percent()).isEqualTo("<1%");
        assertThat(new WatchChances.Chance(0.164, "").percent()).isEqualTo("16%");
    }
}
