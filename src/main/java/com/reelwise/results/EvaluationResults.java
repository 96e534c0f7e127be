package com.reelwise.results;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.reelwise.eval.ResultFields;
import com.reelwise.runs.RunFolders;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the evaluation harness's result files ({@code <dataset>_<protocol>_<yyyyMMdd-HHmmss>.json}, or the
 * {@code .csv} twin when there is no JSON) and keeps the newest row per (data set, protocol, method): runs
 * add methods over time, so no single file holds them all. Files are re-read on every call; they are small
 * and another run may have added one. An unreadable file is skipped with a log line and a sentence in
 * {@link LatestResults#problems()}, never an exception.
 *
 * <p>The hybrid's α comes from its row: the name ("hybrid-a0.25"), or "alpha" in the row, its protocol
 * config or its model config.
 */
public final class EvaluationResults {

    private static final Logger log = LoggerFactory.getLogger(EvaluationResults.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FILE = Pattern.compile("(.+)_([A-Za-z0-9-]+)_(" + RunFolders.STAMP_PATTERN + ")\\.(json|csv)");
    private static final Set<String> CSV_FIELDS = Set.of(ResultFields.DATASET, ResultFields.PROTOCOL, ResultFields.METHOD,
            ResultFields.SEED, ResultFields.USERS, ResultFields.CSV_FIT_SECONDS, ResultFields.CSV_EVAL_SECONDS, ResultFields.DATE,
            ResultFields.CONFIG, ResultFields.CSV_MODEL_CONFIG);

    private final Path dir;

    public EvaluationResults(Path dir) {
        this.dir = dir;
    }

    /** The folder read. */
    public Path dir() {
        return dir;
    }

    /** Every result file read now; the newest row per (data set, protocol, method). */
    public LatestResults latest() {
        List<String> problems = new ArrayList<>();
        Map<String, Candidate> newest = new LinkedHashMap<>();
        for (ResultFile file : resultFiles(problems)) {
            try {
                for (EvaluationRow row : file.read()) {
                    Candidate candidate = new Candidate(row, when(row, file));
                    newest.merge(row.dataset() + "\u0000" + row.protocol() + "\u0000" + row.method(), candidate,
                            (a, b) -> b.when.compareTo(a.when) >= 0 ? b : a);
                }
            } catch (IOException | RuntimeException e) {
                log.warn("Skipping the unreadable result file {}: {}", file.path(), e.getMessage());
                problems.add("The result file " + file.path().getFileName() + " could not be read (" + firstLine(e) + ").");
            }
        }
        return new LatestResults(dir, newest.values().stream().map(Candidate::row).toList(), problems);
    }

    private record Candidate(EvaluationRow row, String when) {
    }

    /** A sortable time: the row's own date, else the time in the file name; the file's time breaks ties. */
    private static String when(EvaluationRow row, ResultFile file) {
        Instant fileTime = RunFolders.STAMP.parse(file.stamp(), Instant::from);
        Instant time = fileTime;
        if (row.date() != null) {
            try {
                time = Instant.parse(row.date());
            } catch (DateTimeParseException e) {
                log.debug("Result row in {} has an unreadable date {}", file.path(), row.date());
            }
        }
        return sortable(time) + "|" + sortable(fileTime);
    }

    private static String sortable(Instant t) {
        return String.format(Locale.ROOT, "%020d%09d", t.getEpochSecond(), t.getNano());
    }

    private List<ResultFile> resultFiles(List<String> problems) {
        if (!Files.isDirectory(dir)) {
            log.info("No evaluation results folder at {}", dir.toAbsolutePath());
            return List.of();
        }
        Map<String, ResultFile> byStem = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).forEach(path -> {
                Matcher m = FILE.matcher(path.getFileName().toString());
                // <dataset>_alpha-sweep_<time>.json regroups rows that the result files already hold (chart data
                // for other readers); its α points are read from those rows, with their validation scores.
                if (m.matches() && !m.group(2).endsWith("-sweep")) {
                    ResultFile file = new ResultFile(path, m.group(1), m.group(2), m.group(3), m.group(4).equals("json"));
                    // The JSON twin has full precision; the CSV serves only when it is alone.
                    byStem.merge(m.group(1) + "_" + m.group(2) + "_" + m.group(3), file, (a, b) -> a.json ? a : b);
                }
            });
        } catch (IOException e) {
            log.warn("Cannot list the evaluation results folder {}: {}", dir, e.getMessage());
            problems.add("The results folder " + dir + " could not be listed (" + e.getMessage() + ").");
        }
        return List.copyOf(byStem.values());
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** One file and what its name says about it. */
    private record ResultFile(Path path, String dataset, String protocol, String stamp, boolean json) {

        List<EvaluationRow> read() throws IOException {
            List<EvaluationRow> rows = json ? readJson() : readCsv();
            if (rows.isEmpty() && Files.size(path) > 0 && json) {
                throw new IOException("no result rows in it");
            }
            return rows;
        }

        private List<EvaluationRow> readJson() throws IOException {
            if (Files.size(path) == 0) {
                // A run that was interrupted while writing; nothing to read, nothing broken.
                log.info("Skipping the empty result file {}", path);
                return List.of();
            }
            JsonNode root = JSON.readTree(path.toFile());
            List<EvaluationRow> rows = new ArrayList<>();
            collect(root, dataset, protocol, rows);
            return rows;
        }

        /**
         * Finds result objects anywhere in the tree: an object with a "metrics" object is a row, and
         * takes "dataset"/"protocol" from itself or the nearest enclosing object. That reads the plain
         * result arrays and the α-sweep files, whose points may carry only "alpha" and "metrics".
         */
        private void collect(JsonNode node, String inheritedDataset, String inheritedProtocol, List<EvaluationRow> out) {
            if (node.isArray()) {
                node.forEach(child -> collect(child, inheritedDataset, inheritedProtocol, out));
                return;
            }
            if (!node.isObject()) {
                return;
            }
            String ds = text(node, ResultFields.DATASET, inheritedDataset);
            String proto = text(node, ResultFields.PROTOCOL, inheritedProtocol);
            if (node.path(ResultFields.METRICS).isObject()) {
                EvaluationRow row = row((ObjectNode) node, ds, proto);
                if (row != null) {
                    out.add(row);
                }
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                JsonNode child = it.next().getValue();
                if (child.isContainerNode()) {
                    collect(child, ds, proto, out);
                }
            }
        }

        private EvaluationRow row(ObjectNode node, String ds, String proto) {
            Map<String, Double> metrics = new LinkedHashMap<>();
            node.get(ResultFields.METRICS).fields().forEachRemaining(e -> {
                if (e.getValue().isNumber() && Double.isFinite(e.getValue().asDouble())) {
                    metrics.put(e.getKey(), e.getValue().asDouble());
                }
            });
            Map<String, Object> config = map(node.get(ResultFields.CONFIG));
            Map<String, Object> modelConfig = map(node.get(ResultFields.MODEL_CONFIG));
            Double alpha = number(node, ResultFields.ALPHA);
            if (alpha == null) {
                alpha = alpha(config, modelConfig);
            }
            String method = text(node, ResultFields.METHOD, null);
            if (method == null && alpha != null) {
                method = String.format(Locale.ROOT, "hybrid-a%.2f", alpha);
            }
            if (method == null || metrics.isEmpty()) {
                return null;
            }
            if (MethodNames.sweepAlpha(method) != null) {
                alpha = MethodNames.sweepAlpha(method);
            }
            Double seconds = number(node, ResultFields.FIT_SECONDS);
            Double seed = number(node, ResultFields.SEED);
            Double users = number(node, ResultFields.USERS);
            return new EvaluationRow(ds, proto, method, metrics, seed == null ? null : seed.longValue(),
                    users == null ? null : users.intValue(), text(node, ResultFields.DATE, null), seconds, alpha, config, modelConfig,
                    path.getFileName().toString(), perUser(node.get(ResultFields.PER_USER)));
        }

        private static Map<String, double[]> perUser(JsonNode node) {
            Map<String, double[]> out = new LinkedHashMap<>();
            if (node != null && node.isObject()) {
                node.fields().forEachRemaining(e -> {
                    double[] values = new double[e.getValue().size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = e.getValue().get(i).asDouble();
                    }
                    out.put(e.getKey(), values);
                });
            }
            return out;
        }

        private List<EvaluationRow> readCsv() throws IOException {
            List<EvaluationRow> rows = new ArrayList<>();
            try (Reader in = Files.newBufferedReader(path);
                 CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                List<String> header = csv.getHeaderNames();
                if (!header.contains(ResultFields.METHOD)) {
                    throw new IOException("no 'method' column");
                }
                for (CSVRecord record : csv) {
                    Map<String, Double> metrics = new LinkedHashMap<>();
                    for (String column : header) {
                        String value = record.isSet(column) ? record.get(column).strip() : "";
                        if (!CSV_FIELDS.contains(column) && !value.isEmpty()) {
                            metrics.put(column, Double.parseDouble(value));
                        }
                    }
                    Map<String, Object> config = jsonColumn(record, ResultFields.CONFIG);
                    Map<String, Object> modelConfig = jsonColumn(record, ResultFields.CSV_MODEL_CONFIG);
                    String method = get(record, ResultFields.METHOD);
                    Double alpha = MethodNames.sweepAlpha(method);
                    if (alpha == null) {
                        alpha = alpha(config, modelConfig);
                    }
                    String seed = get(record, ResultFields.SEED);
                    String users = get(record, ResultFields.USERS);
                    String fit = get(record, ResultFields.CSV_FIT_SECONDS);
                    rows.add(new EvaluationRow(orElse(get(record, ResultFields.DATASET), dataset), orElse(get(record, ResultFields.PROTOCOL), protocol),
                            method, metrics, seed == null ? null : Long.valueOf(seed), users == null ? null : Integer.valueOf(users),
                            get(record, ResultFields.DATE), fit == null ? null : Double.valueOf(fit), alpha, config, modelConfig,
                            path.getFileName().toString(), Map.of()));
                }
            }
            return rows;
        }

        private static Map<String, Object> jsonColumn(CSVRecord record, String column) throws IOException {
            String text = get(record, column);
            return text == null ? Map.of() : JSON.readValue(text, new TypeReference<Map<String, Object>>() { });
        }

        private static Map<String, Object> map(JsonNode node) {
            return node != null && node.isObject() ? JSON.convertValue(node, new TypeReference<Map<String, Object>>() { }) : Map.of();
        }

        private static Double alpha(Map<String, Object> config, Map<String, Object> modelConfig) {
            Object alpha = modelConfig.containsKey(ResultFields.ALPHA) ? modelConfig.get(ResultFields.ALPHA) : config.get(ResultFields.ALPHA);
            return alpha instanceof Number n ? n.doubleValue() : null;
        }

        private static String get(CSVRecord record, String column) {
            if (!record.isMapped(column) || !record.isSet(column)) {
                return null;
            }
            String value = record.get(column).strip();
            return value.isEmpty() ? null : value;
        }

        private static String orElse(String value, String fallback) {
            return value == null ? fallback : value;
        }

        private static String text(JsonNode node, String field, String fallback) {
            JsonNode value = node.get(field);
            return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : fallback;
        }

        private static Double number(JsonNode node, String field) {
            JsonNode value = node.get(field);
            return value != null && value.isNumber() ? value.asDouble() : null;
        }
    }
}
