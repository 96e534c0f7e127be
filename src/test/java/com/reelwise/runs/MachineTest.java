package com.reelwise.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MachineTest {

    /** Two processors as a Zen 3 VM reports them (flags shortened): only the first is read. */
    private static final String ZEN3 = """
            processor\t: 0
            vendor_id\t: AuthenticAMD
            cpu family\t: 25
            model\t\t: 1
            model name\t: AMD EPYC
            flags\t\t: fpu sse sse2 ssse3 fma sse4_1 sse4_2 avx f16c avx2 bmi2

            processor\t: 1
            model name\t: Another CPU
            flags\t\t: avx512f
            """;

    /** An AVX-512 host; avx2 listed twice, which the reading tolerates. */
    private static final String SKYLAKE_X = """
            processor\t: 0
            cpu family\t: 6
            model\t\t: 85
            model name\t: Intel(R) Xeon(R) Platinum 8175M CPU @ 2.50GHz
            flags\t\t: sse4_2 avx fma avx2 avx512f avx512dq avx512bw avx512vl avx2
            """;

    @Test
    void readsTheFirstProcessorsNameFamilyAndVectorExtensions() {
        Machine machine = Machine.of(ZEN3, 2, "2", variable -> null);

        assertEquals("AMD EPYC (family 25, model 1)", machine.cpu());
        assertEquals(List.of("avx", "avx2", "fma"), machine.vectorExtensions());
        assertFalse(machine.hasAvx512());
        assertEquals("AMD EPYC (family 25, model 1), 2 processors, avx avx2 fma, no AVX-512; PyTorch threads 2; kernels as the CPU chooses",
                machine.describe());
    }

    @Test
    void namesAvx512AndThePinsInEffect() {
        Map<String, String> environment = Map.of("ATEN_CPU_CAPABILITY", "avx2", "MKL_CBWR", "AVX2", "PATH", "/bin");
        Machine machine = Machine.of(SKYLAKE_X, 8, "default", environment::get);

        assertTrue(machine.hasAvx512());
        assertEquals(List.of("avx", "avx2", "fma", "avx512f", "avx512bw"), machine.vectorExtensions());
        assertEquals(Map.of("ATEN_CPU_CAPABILITY", "avx2", "MKL_CBWR", "AVX2"), machine.kernelPins());
        assertTrue(machine.describe().endsWith("kernels pinned: ATEN_CPU_CAPABILITY=avx2 MKL_CBWR=AVX2"), machine.describe());
    }

    @Test
    void warnsOnlyWhereAnUnpinnedTrainingWouldNotRepeatOnAnAvx2Host() {
        Map<String, String> pinned = Map.of("ATEN_CPU_CAPABILITY", "avx2");

        assertTrue(Machine.of(SKYLAKE_X, 2, "2", variable -> null).unrepeatableTraining().isPresent());
        assertTrue(Machine.of(SKYLAKE_X, 2, "2", pinned::get).unrepeatableTraining().isEmpty());
        assertTrue(Machine.of(ZEN3, 2, "2", variable -> null).unrepeatableTraining().isEmpty());
    }

    @Test
    void aHostWithoutCpuinfoIsNamedByItsArchitecture() {
        Machine machine = Machine.of("", 4, "1", variable -> null);

        assertEquals(System.getProperty("os.arch"), machine.cpu());
        assertTrue(machine.vectorExtensions().isEmpty());
        assertTrue(machine.describe().contains("vector extensions unknown"), machine.describe());
    }
}
