package com.reelwise.hybrid;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.ncf.TinyNeuMf;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ranker's training queries, on the tiny engine whose text embeddings follow groups of films. */
class HybridTrainerTest {

    @TempDir
    static Path temp;

    private static TinyEngine engine;

    @BeforeAll
    static void setUp() {
        engine = TinyEngine.build(temp);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static int group(int movieId) {
        return (movieId - 1) / TinyNeuMf.ITEMS_PER_GROUP;
    }

    private static double largestGroupShare(List<Integer> films) {
        long inGroup0 = films.stream().filter(f -> group(f) == 0).count();
        return (double) Math.max(inGroup0, films.size() - inGroup0) / films.size();
    }

    @Test
    void eachPersonGetsTheirHistoryARandomHandfulAndAHandfulThatBelongsTogether() {
        HybridTrainer trainer = new HybridTrainer(engine.positions, engine.content, SourceModels.of(engine.ncf, null, null));
        int people = 40;
        // Everyone watched six films of group 0 and six of group 1, alternating, then film 40.
        int[] history = {1, 13, 2, 14, 3, 15, 4, 16, 5, 17, 6, 18};
        int[][] trainOrder = new int[people][];
        int[][] heldOut = new int[people][];
        for (int u = 0; u < people; u++) {
            trainOrder[u] = history;
            heldOut[u] = new int[] {40};
        }
        List<HybridTrainer.Query> queries = trainer.queries(trainOrder, heldOut, i -> i, 42);

        assertThat(queries).hasSize(3 * people);
        double themedShare = 0;
        double randomShare = 0;
        for (int u = 0; u < people; u++) {
            List<Integer> whole = queries.get(3 * u).profile().liked();
            List<Integer> random = queries.get(3 * u + 1).profile().liked();
            List<Integer> themed = queries.get(3 * u + 2).profile().liked();
            assertThat(whole).containsExactly(1, 13, 2, 14, 3, 15, 4, 16, 5, 17, 6, 18);
            assertThat(themed).hasSizeBetween(HybridTrainer.THEME_MIN, HybridTrainer.THEME_MAX);
            // Both handfuls keep the order the films were watched in.
            assertThat(whole).containsSubsequence(themed).containsSubsequence(random);
            assertThat(queries.get(3 * u + 2).heldOut()).containsExactly(40);
            themedShare += largestGroupShare(themed) / people;
            randomShare += largestGroupShare(random) / people;
        }
        // The text follows the groups, noisily: a themed handful keeps more of its films in one group.
        assertThat(themedShare).isGreaterThan(randomShare + 0.1);
    }
}
