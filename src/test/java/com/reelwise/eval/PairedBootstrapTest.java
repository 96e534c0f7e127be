package com.reelwise.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PairedBootstrapTest {

    @Test
    void identicalMethodsDifferByNothing() {
        double[] a = {0.1, 0.5, 0.0, 1.0};
        PairedBootstrap.Interval i = PairedBootstrap.of(a, a.clone(), 1);
        assertThat(i.difference()).isZero();
        assertThat(i.low()).isZero();
        assertThat(i.high()).isZero();
        assertThat(i.better()).isFalse();
        assertThat(i.worse()).isFalse();
    }

    @Test
    void aConstantShiftIsExactlyThatShiftWhateverTheUsersDrawn() {
        double[] b = {0.1, 0.5, 0.0, 1.0, 0.3};
        double[] a = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            a[i] = b[i] + 0.2;
        }
        PairedBootstrap.Interval i = PairedBootstrap.of(a, b, 7);
        assertThat(i.difference()).isCloseTo(0.2, within(1e-12));
        assertThat(i.low()).isCloseTo(0.2, within(1e-12));
        assertThat(i.high()).isCloseTo(0.2, within(1e-12));
        assertThat(i.better()).isTrue();
    }

    @Test
    void noiseAroundNoDifferenceIsATieAndTheIntervalShrinksWithMoreUsers() {
        Random random = new Random(3);
        double[] a = new double[2000];
        double[] b = new double[2000];
        for (int i = 0; i < a.length; i++) {
            b[i] = random.nextDouble();
            a[i] = b[i] + random.nextGaussian() * 0.1;
        }
        PairedBootstrap.Interval all = PairedBootstrap.of(a, b, 5);
        PairedBootstrap.Interval few = PairedBootstrap.of(java.util.Arrays.copyOf(a, 100), java.util.Arrays.copyOf(b, 100), 5);
        assertThat(all.low()).isNegative();
        assertThat(all.high()).isPositive();
        assertThat(all.high() - all.low()).isLessThan(few.high() - few.low());
        // about 1.96 * 0.1 / sqrt(2000) on each side
        assertThat(all.high() - all.low()).isCloseTo(2 * 1.96 * 0.1 / Math.sqrt(2000), within(0.002));
    }

    @Test
    void unpairedValuesAreRefused() {
        assertThatThrownBy(() -> PairedBootstrap.of(new double[2], new double[3], 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
