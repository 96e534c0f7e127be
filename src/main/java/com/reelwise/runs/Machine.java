package com.reelwise.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The host a training run or a benchmark ran on, written beside its figures. PyTorch and MKL choose their kernels by
 * the CPU's vector instructions (AVX2 or AVX-512), so throughput measured on one host does not carry to another, and
 * weights trained on one differ in the last bits from the same seed's weights on another (then the lists differ too),
 * unless the kernels are pinned ({@code deploy/cpu-kernels.sh}).
 *
 * @param cpu              the processor's model name, with family and model where the host gives them
 * @param processors       processors the JVM may use
 * @param vectorExtensions the vector instruction sets PyTorch's kernels dispatch on, as the host reports them
 * @param pytorchThreads   PyTorch's intra-op threads as configured ({@code ai.djl.pytorch.num_threads}), or "default"
 * @param kernelPins       the environment variables that pin PyTorch's and MKL's kernels, where set
 */
public record Machine(String cpu, int processors, List<String> vectorExtensions, String pytorchThreads, Map<String, String> kernelPins) {

    /** The environment variables that choose kernels: ATen's dispatch level and MKL's code branch. */
    public static final List<String> PIN_VARIABLES = List.of("ATEN_CPU_CAPABILITY", "MKL_CBWR");

    /** The flags of {@code /proc/cpuinfo} that decide which kernels run, in the order they are reported. */
    private static final List<String> DISPATCHED = List.of("avx", "avx2", "fma", "avx512f", "avx512bw", "avx512_vnni", "avx512_bf16");

    public Machine {
        vectorExtensions = List.copyOf(vectorExtensions);
        kernelPins = Map.copyOf(kernelPins);
    }

    /** This host, read from {@code /proc/cpuinfo} where there is one. */
    public static Machine current() {
        String cpuinfo;
        try {
            Path file = Path.of("/proc/cpuinfo");
            cpuinfo = Files.isReadable(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            cpuinfo = "";
        }
        return of(cpuinfo, Runtime.getRuntime().availableProcessors(),
                System.getProperty("ai.djl.pytorch.num_threads", "default"), System::getenv);
    }

    /** The machine described by a {@code /proc/cpuinfo} text (its first processor) and an environment. */
    static Machine of(String cpuinfo, int processors, String pytorchThreads, UnaryOperator<String> environment) {
        Map<String, String> first = new LinkedHashMap<>();
        for (String line : cpuinfo.split("\n")) {
            if (line.isBlank() && !first.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                first.putIfAbsent(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        String name = first.getOrDefault("model name", System.getProperty("os.arch", "unknown"));
        String cpu = first.containsKey("cpu family") && first.containsKey("model")
                ? name + " (family " + first.get("cpu family") + ", model " + first.get("model") + ")"
                : name;
        // a set that tolerates a flag listed twice (Set.of would throw)
        Set<String> flags = new HashSet<>(Arrays.asList(first.getOrDefault("flags", "").split("\\s+")));
        List<String> extensions = new ArrayList<>();
        for (String flag : DISPATCHED) {
            if (flags.contains(flag)) {
                extensions.add(flag);
            }
        }
        Map<String, String> pins = new LinkedHashMap<>();
        for (String variable : PIN_VARIABLES) {
            String value = environment.apply(variable);
            if (value != null && !value.isBlank()) {
                pins.put(variable, value);
            }
        }
        return new Machine(cpu, processors, extensions, pytorchThreads, pins);
    }

    /** Whether the host has AVX-512 (PyTorch's and MKL's widest kernels here). */
    public boolean hasAvx512() {
        return vectorExtensions.contains("avx512f");
    }

    /**
     * A sentence for the start of a training when it would not repeat elsewhere: an AVX-512 host left to choose its
     * kernels trains other weights than an AVX2 host from the same seed. Empty when the kernels are pinned or narrow.
     */
    public Optional<String> unrepeatableTraining() {
        if (!hasAvx512() || kernelPins.containsKey("ATEN_CPU_CAPABILITY")) {
            return Optional.empty();
        }
        return Optional.of("This host has AVX-512 and PyTorch's kernels are not pinned, so the weights trained here differ from"
                + " those an AVX2 host trains from the same seed; to match them, run `source deploy/cpu-kernels.sh` first"
                + " (deploy/train-models.sh does).");
    }

    /** One line for a benchmark's or a training's header. */
    public String describe() {
        String vectors = vectorExtensions.isEmpty() ? "vector extensions unknown" : String.join(" ", vectorExtensions)
                + (hasAvx512() ? "" : ", no AVX-512");
        StringBuilder pins = new StringBuilder();
        PIN_VARIABLES.stream().filter(kernelPins::containsKey).forEach(v -> pins.append(' ').append(v).append('=').append(kernelPins.get(v)));
        return cpu + ", " + processors + " processors, " + vectors + "; PyTorch threads " + pytorchThreads
                + "; kernels " + (pins.isEmpty() ? "as the CPU chooses" : "pinned:" + pins);
    }
}
