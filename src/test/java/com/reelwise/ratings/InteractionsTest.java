package com.reelwise.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InteractionsTest {

    @Test
    void groupsSortsAndDeduplicatesPerUser() {
        Interactions m = Interactions.of(3, 5, new int[] {2, 0, 2, 0, 2}, new int[] {4, 3, 1, 1, 4});

        assertThat(m.itemsOf(0)).containsExactly(1, 3);
        assertThat(m.itemsOf(1)).isEmpty();
        assertThat(m.itemsOf(2)).containsExactly(1, 4);
        assertThat(m.size()).isEqualTo(4);
        assertThat(m.contains(2, 4)).isTrue();
        assertThat(m.contains(2, 3)).isFalse();
        assertThat(m.itemCounts()).containsExactly(0, 2, 0, 1, 1);
    }

    @Test
    void thresholdKeepsOnlyHighRatings() {
        Ratings ratings = Ratings.fromRawIds(new int[] {1, 1, 2}, new int[] {10, 20, 10}, new float[] {4f, 2f, 3.5f}, new long[] {1, 2, 3});

        assertThat(Interactions.fromRatings(ratings, 0f).size()).isEqualTo(3);
        Interactions liked = Interactions.fromRatings(ratings, 3.5f);
        assertThat(liked.size()).isEqualTo(2);
        assertThat(liked.contains(0, ratings.movies().indexOf(20))).isFalse();
    }

    @Test
    void rejectsOutOfRangeIndices() {
        assertThatThrownBy(() -> Interactions.of(1, 2, new int[] {0}, new int[] {2}))
                .hasMessageContaining("item index 2");
    }
}
