package com.reelwise.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * The server's memory over the run: heap in use and live heap after the last GC (Actuator metrics,
 * loopback only), and resident memory of the process (which includes PyTorch's native arrays, so a
 * growing RSS with a flat heap points at leaked NDArrays).
 */
final class MemorySampler {

    /** One reading; NaN where the source was not available. */
    record Sample(double seconds, double heapMb, double oldGenMb, double liveHeapMb, double rssMb) {
    }

    /** NDArrays on one model's native manager when warm-up ended and at the end (reelwise.djl.arrays). */
    record ArrayCount(String model, double afterWarmup, double atEnd) {
    }

    /** What a forced full GC leaves: the heap in use, and each model's DJL arrays read at the same moment. */
    private record AfterFullGc(double heapMb, Map<String, Double> djlArrays) {

        static final AfterFullGc NOT_TAKEN = new AfterFullGc(Double.NaN, Map.of());

        double arrays(String model) {
            return djlArrays.getOrDefault(model, Double.NaN);
        }
    }

    /** Mean of the last fifth of the samples after warm-up minus the mean of the first fifth. */
    record Drift(String what, double firstMb, double lastMb, double driftMb, int samples) {
    }

    private final HttpClient http;
    private final URI base;
    private final OptionalLong pid;
    private final ObjectMapper json = new ObjectMapper();
    private final List<Sample> samples = new ArrayList<>();
    private static final List<String> MODELS = List.of("ncf", "content");
    private volatile AfterFullGc afterWarmup = AfterFullGc.NOT_TAKEN;
    private volatile AfterFullGc atEnd = AfterFullGc.NOT_TAKEN;

    MemorySampler(HttpClient http, URI base, OptionalLong pid) {
        this.http = http;
        this.base = base;
        this.pid = pid;
    }

    synchronized void sample(double seconds) {
        samples.add(new Sample(seconds, metricMb("jvm.memory.used?tag=area:heap"), metricMb("jvm.memory.used?tag=id:G1%20Old%20Gen"),
                metricMb("jvm.gc.live.data.size"), rssMb()));
    }

    /**
     * Heap in use right after a full collection ({@code jcmd <pid> GC.run}): the one reading that
     * holds only live objects. Taken once when warm-up ends and once at the end, the two give a
     * leak figure the sampled series cannot (G1 may run no old-generation cycle for a whole run).
     */
    void fullGcAfterWarmup() {
        afterWarmup = afterFullGc();
    }

    void fullGcAtEnd() {
        atEnd = afterFullGc();
    }

    private AfterFullGc afterFullGc() {
        double heap = heapAfterFullGc();
        Map<String, Double> arrays = new LinkedHashMap<>();
        MODELS.forEach(model -> arrays.put(model, metric("reelwise.djl.arrays?tag=model:" + model)));
        return new AfterFullGc(heap, arrays);
    }

    /** Each model's DJL array count after warm-up and at the end, for models the server had loaded. */
    List<ArrayCount> djlArrays() {
        return MODELS.stream().map(model -> new ArrayCount(model, afterWarmup.arrays(model), atEnd.arrays(model)))
                .filter(c -> !Double.isNaN(c.afterWarmup()) || !Double.isNaN(c.atEnd())).toList();
    }

    /** After-warm-up vs end heap after a full GC, when both could be taken (needs --pid and jcmd). */
    Optional<Drift> fullGcDrift() {
        double first = afterWarmup.heapMb();
        double last = atEnd.heapMb();
        if (Double.isNaN(first) || Double.isNaN(last)) {
            return Optional.empty();
        }
        return Optional.of(new Drift("heap after full GC", first, last, last - first, 2));
    }

    private double heapAfterFullGc() {
        if (pid.isEmpty()) {
            return Double.NaN;
        }
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process gc = new ProcessBuilder(jcmd.toString(), Long.toString(pid.getAsLong()), "GC.run").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!gc.waitFor(60, TimeUnit.SECONDS) || gc.exitValue() != 0) {
                gc.destroyForcibly();
                return Double.NaN;
            }
        } catch (IOException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
        return metricMb("jvm.memory.used?tag=area:heap");
    }

    synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    synchronized List<Drift> drift(double warmupSeconds) {
        List<Sample> steady = samples.stream().filter(s -> s.seconds() >= warmupSeconds).toList();
        return List.of(drift("heap used", steady, Sample::heapMb), drift("G1 old gen used", steady, Sample::oldGenMb),
                drift("live heap after GC", steady, Sample::liveHeapMb),
                drift("RSS", steady, Sample::rssMb));
    }

    private static Drift drift(String what, List<Sample> steady, ToDoubleFunction<Sample> value) {
        List<Double> values = steady.stream().mapToDouble(value).filter(v -> !Double.isNaN(v)).boxed().toList();
        int fifth = Math.max(1, values.size() / 5);
        if (values.size() < 2) {
            return new Drift(what, Double.NaN, Double.NaN, Double.NaN, values.size());
        }
        double first = values.subList(0, fifth).stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double last = values.subList(values.size() - fifth, values.size()).stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        return new Drift(what, first, last, last - first, values.size());
    }

    private double metricMb(String metric) {
        return metric(metric) / (1024 * 1024);
    }

    private double metric(String metric) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/actuator/metrics/" + metric))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Double.NaN;
            }
            JsonNode value = json.readTree(response.body()).path("measurements").path(0).path("value");
            return value.isNumber() ? value.asDouble() : Double.NaN;
        } catch (IOException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    private double rssMb() {
        if (pid.isEmpty()) {
            return Double.NaN;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid.getAsLong()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}
