package com.reelwise.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes one run's results as a JSON array and a CSV table with the same rows. */
final class ResultWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultWriter() {
    }

    /** Writes {@code <stem>.json} and {@code <stem>.csv} into {@code dir}; returns the JSON path. */
    static Path write(Path dir, String stem, List<EvaluationResult> results) {
        try {
            Files.createDirectories(dir);
            Path json = dir.resolve(stem + ".json");
            JSON.writeValue(json.toFile(), results);
            writeCsv(dir.resolve(stem + ".csv"), results);
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write results to " + dir, e);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeCsv(Path file, List<EvaluationResult> results) throws IOException {
        TreeSet<String> metricNames = new TreeSet<>();
        results.forEach(r -> metricNames.addAll(r.metrics().keySet()));
        List<String> header = new ArrayList<>(List.of(ResultFields.DATASET, ResultFields.PROTOCOL,
                ResultFields.METHOD, ResultFields.SEED, ResultFields.USERS, ResultFields.CSV_FIT_SECONDS, ResultFields.CSV_EVAL_SECONDS, ResultFields.DATE));
        header.addAll(metricNames);
        header.add(ResultFields.CONFIG);
        header.add(ResultFields.CSV_MODEL_CONFIG);
        try (Writer out = Files.newBufferedWriter(file);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (EvaluationResult r : results) {
                List<Object> row = new ArrayList<>(List.of(r.dataset(), r.protocol(), r.method(), r.seed(), r.users(),
                        String.format(Locale.ROOT, "%.2f", r.fitSeconds()),
                        String.format(Locale.ROOT, "%.2f", r.evalSeconds()), r.date()));
                for (String m : metricNames) {
                    Double v = r.metrics().get(m);
                    row.add(v == null ? "" : String.format(Locale.ROOT, "%.5f", v));
                }
                row.add(json(r.config()));
                row.add(r.modelConfig().isEmpty() ? "" : json(r.modelConfig()));
                csv.printRecord(row);
            }
        }
    }
}
