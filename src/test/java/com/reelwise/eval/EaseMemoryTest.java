package com.reelwise.eval;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reelwise.memory.DoesNotFitException;
import org.junit.jupiter.api.Test;

/** Dense EASE is refused with a sentence when it would not fit, instead of failing half way through an evaluation. */
class EaseMemoryTest {

    private static final long GB = 1_000_000_000L;

    @Test
    void fitsWhereTheMatricesFitAndIsRefusedWithTheReasonElsewhere() {
        DenseEaseMemory.refuseIfTooLarge(23_253, 17 * GB, 0, 20 * GB);
        DenseEaseMemory.refuseIfTooLarge(9_724, 1 * GB, 1 * GB, -1);

        assertThatThrownBy(() -> DenseEaseMemory.refuseIfTooLarge(86_782, 17 * GB, 0, 20 * GB)).isInstanceOf(DoesNotFitException.class)
                .hasMessageContaining("Dense EASE over 86,782 films needs a 86,782 x 86,782 float matrix (30.1 GB)")
                .hasMessageContaining("a Java array holds at most 2,147,483,639 floats");
        assertThatThrownBy(() -> DenseEaseMemory.refuseIfTooLarge(39_378, 4 * GB, 0, 20 * GB)).hasMessageContaining("the heap has 4.0 GB free");
        assertThatThrownBy(() -> DenseEaseMemory.refuseIfTooLarge(39_378, 17 * GB, 0, 10 * GB)).hasMessageContaining("the machine has 10.0 GB available");
    }

    @Test
    void whatTheHeapMayStillClaimIsNotCountedAsFreeForPyTorch() {
        // ml-synth-4m under -Xmx12g on this 24 GB machine: three 6.2 GB matrices fit MemAvailable only if the heap never grows
        DenseEaseMemory.refuseIfTooLarge(39_378, 11 * GB, 0, 22 * GB);
        assertThatThrownBy(() -> DenseEaseMemory.refuseIfTooLarge(39_378, 11 * GB, 11 * GB, 22 * GB))
                .isInstanceOf(DoesNotFitException.class)
                .hasMessageContaining("the machine has 22.0 GB available, 11.0 GB of it beside what the heap may still claim");
        // ml-synth-1m, which ran (peak 23.5 GB): three 2.2 GB matrices beside the same heap growth still fit
        DenseEaseMemory.refuseIfTooLarge(23_253, 11 * GB, 11 * GB, 22 * GB);
    }
}
