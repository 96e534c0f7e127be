package com.reelwise.hybrid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HybridTrainerTest {

    /** Ten people with a long and a short query each, as {@link HybridTrainer#queries} makes them. */
    private static final List<HybridTrainer.Query> QUERIES = HybridTrainer.queries(
            people(10, new int[] {1, 2, 3, 4, 5, 6}), people(10, new int[] {7}), i -> 100 + i, 42);

    @Test
    void aSampleOfPeopleKeepsBothQueriesOfEachAndIsTheSameForTheSameSeed() {
        assertThat(QUERIES).hasSize(20);
        List<HybridTrainer.Query> sample = HybridTrainer.ofPeople(QUERIES, 3, 42);

        assertThat(sample).hasSize(6);
        assertThat(sample.stream().collect(Collectors.groupingBy(HybridTrainer.Query::person, Collectors.counting())))
                .hasSize(3).allSatisfy((person, count) -> assertThat(count).isEqualTo(2L));
        assertThat(HybridTrainer.ofPeople(QUERIES, 3, 42)).isEqualTo(sample);
        assertThat(HybridTrainer.ofPeople(QUERIES, 3, 7).stream().map(HybridTrainer.Query::person).distinct().sorted().toList())
                .as("another seed, another sample").isNotEqualTo(sample.stream().map(HybridTrainer.Query::person).distinct().sorted().toList());
    }

    @Test
    void asManyPeopleAsThereAreOrMoreKeepsEveryQuery() {
        assertThat(HybridTrainer.ofPeople(QUERIES, 10, 42)).isEqualTo(QUERIES);
        assertThat(HybridTrainer.ofPeople(QUERIES, Integer.MAX_VALUE, 42)).isEqualTo(QUERIES);
    }

    private static int[][] people(int count, int[] items) {
        int[][] out = new int[count][];
        for (int u = 0; u < count; u++) {
            out[u] = items.clone();
        }
        return out;
    }
}
