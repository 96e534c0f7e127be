package com.reelwise.eval;

import com.reelwise.runs.RunFolders;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gathers the rows of a {@link SweptModel} on one data set over every protocol into one small file,
 * {@code <dataset>_<parameter>-sweep_<time>.json}: per setting, its validation score and test metrics
 * per protocol, and per protocol the setting tuned on validation. The chart data of the α sweep.
 *
 * <p>Variant settings it reads: {@value #SWEEP} (the parameter's name, e.g. "alpha"), the parameter's
 * value under that name, {@value #VALIDATION} (the validation score, may be absent) and
 * {@value #TUNED} (true on the row whose setting was chosen on validation).
 */
public final class SweepWriter {

    public static final String SWEEP = "sweep";
    public static final String VALIDATION = "validation";
    public static final String VALIDATION_METRIC = "validationMetric";
    public static final String TUNED = "tuned";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SweepWriter() {
    }

    /** Writes one sweep file per (data set, swept parameter) found in {@code results}; returns the files. */
    public static List<Path> write(Path dir, List<EvaluationResult> results, Instant when) {
        Map<String, List<EvaluationResult>> groups = new TreeMap<>();
        for (EvaluationResult r : results) {
            Object parameter = r.modelConfig().get(SWEEP);
            if (parameter != null) {
                groups.computeIfAbsent(r.dataset() + "_" + parameter, k -> new ArrayList<>()).add(r);
            }
        }
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, List<EvaluationResult>> group : groups.entrySet()) {
            List<EvaluationResult> rows = group.getValue();
            String parameter = (String) rows.get(0).modelConfig().get(SWEEP);
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("dataset", rows.get(0).dataset());
            file.put("seed", rows.get(0).seed());
            file.put("parameter", parameter);
            file.put(VALIDATION_METRIC, rows.get(0).modelConfig().get(VALIDATION_METRIC));
            Map<String, Object> tuned = new LinkedHashMap<>();
            Map<String, Map<String, Object>> points = new LinkedHashMap<>();
            for (EvaluationResult r : rows) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("method", r.method());
                entry.put(parameter, r.modelConfig().get(parameter));
                entry.put(VALIDATION, r.modelConfig().get(VALIDATION));
                entry.put("test", r.metrics());
                entry.put("protocolConfig", r.config());
                if (Boolean.TRUE.equals(r.modelConfig().get(TUNED))) {
                    tuned.put(r.protocol(), entry);
                    continue;
                }
                Map<String, Object> point = points.computeIfAbsent(r.method(), m -> {
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("method", m);
                    p.put(parameter, r.modelConfig().get(parameter));
                    p.put("protocols", new LinkedHashMap<String, Object>());
                    return p;
                });
                @SuppressWarnings("unchecked")
                Map<String, Object> byProtocol = (Map<String, Object>) point.get("protocols");
                Map<String, Object> measured = new LinkedHashMap<>();
                measured.put(VALIDATION, r.modelConfig().get(VALIDATION));
                measured.put("test", r.metrics());
                byProtocol.put(r.protocol(), measured);
            }
            file.put("tuned", tuned);
            file.put("points", new ArrayList<>(points.values()));
            Path path = dir.resolve(group.getKey() + "-sweep_" + RunFolders.STAMP.format(when) + ".json");
            try {
                Files.createDirectories(dir);
                JSON.writeValue(path.toFile(), file);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the sweep file " + path, e);
            }
            files.add(path);
        }
        return files;
    }
}
