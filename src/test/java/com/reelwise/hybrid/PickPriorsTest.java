package com.reelwise.hybrid;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.recommend.Profile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme prior on the small world, where each group of twelve films has its own genre ("Genre1": films 13-24). */
class PickPriorsTest {

    @TempDir
    static Path temp;

    private static TinyEngine engine;
    private static HybridSources sources;
    private static PickPriors priors;

    @BeforeAll
    static void setUp() {
        engine = TinyEngine.build(temp);
        sources = new HybridSources(engine.positions, engine.content, SourceModels.of(engine.ncf, null, engine.taste));
        priors = new PickPriors(sources);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    /** The theme lift of film {@code movieId} for four picks, {@code inGenre1} of them from Genre1 and the rest from Genre2. */
    private static double themeWith(int inGenre1, int movieId) {
        List<Integer> picks = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            picks.add(k < inGenre1 ? 13 + k : 25 + k);
        }
        Signals s = sources.signals(Profile.liking(picks), null);
        return priors.theme(s, engine.positions.position(movieId));
    }

    @Test
    void aGenreLiftsItsFilmsOnlyOnceTwoPicksShareItAndMoreWithEveryFurtherPick() {
        double[] lift = new double[5];
        for (int k = 0; k <= 4; k++) {
            lift[k] = themeWith(k, 20);
        }
        assertThat(lift[0]).isZero();
        assertThat(lift[1]).as("one pick is not a theme").isZero();
        assertThat(lift[2]).isPositive();
        assertThat(lift[3]).isGreaterThan(lift[2]);
        assertThat(lift[4]).isGreaterThan(lift[3]);
        // Four of four picks: (4/5)² of the full weight times Genre1's rarity (a quarter of the films: log 4 / log 20).
        assertThat(lift[4]).isCloseTo(PickPriors.THEME_WEIGHT * 0.64 * Math.log(4) / Math.log(PickPriors.RARE_GENRE),
                org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void aFilmOfAGenreNoPickHasIsNotLifted() {
        for (int k = 0; k <= 4; k++) {
            assertThat(themeWith(k, 45)).as("Genre3 film, %d Genre1 picks", k).isZero();
        }
    }
}
