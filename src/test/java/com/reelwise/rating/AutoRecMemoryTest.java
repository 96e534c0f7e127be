package com.reelwise.rating;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reelwise.memory.DoesNotFitException;
import org.junit.jupiter.api.Test;

class AutoRecMemoryTest {

    private static final long GB = 1_000_000_000L;

    @Test
    void mlLatestSmallFitsAnOrdinaryHeap() {
        assertThatCode(() -> AutoRecMemory.refuseIfTooLarge(9_724, 610, 2 * GB, GB, 8 * GB)).doesNotThrowAnyException();
    }

    @Test
    void thirtyTwoMillionRatingsPassAJavaArrayAndAreRefusedWithTheSentence() {
        // 86,782 films x 193,587 people: 16.8 billion cells, which as an int product wraps to a negative array size
        assertThatThrownBy(() -> AutoRecMemory.refuseIfTooLarge(86_782, 193_587, 1000 * GB, 0, 1000 * GB))
                .isInstanceOf(DoesNotFitException.class)
                .hasMessageContaining("86,782 films x 193,587 people")
                .hasMessageContaining("a Java array holds at most 2,147,483,639 floats")
                .hasMessageContaining("predicted stars are left out");
    }

    @Test
    void aTableThatFitsAnArrayButNotTheHeapIsRefusedToo() {
        // 4M ratings: 39,378 films x 24,198 people, 3.8 GB a table, two of them
        assertThatThrownBy(() -> AutoRecMemory.refuseIfTooLarge(39_378, 24_198, 6 * GB, 0, 20 * GB))
                .hasMessageContaining("the heap has 6.0 GB free");
        assertThatCode(() -> AutoRecMemory.refuseIfTooLarge(39_378, 24_198, 9 * GB, 0, 20 * GB)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AutoRecMemory.refuseIfTooLarge(39_378, 24_198, 9 * GB, 6 * GB, 12 * GB))
                .hasMessageContaining("the machine has 12.0 GB available, 6.0 GB of it beside what the heap may still claim");
    }
}
