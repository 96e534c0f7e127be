package com.reelwise.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reelwise.runs.RunFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-epoch training losses from the run records the training commands write: the committed ones
 * ({@code <records>/ncf/runs/*.json} with "lossCurve", {@code <records>/text/runs/*.json} with
 * "epochLosses") and those of the app's own training in the models folder ({@code ncf-runs/*.json},
 * {@code ncf/<run>/loss-curve.csv}, {@code text/<run>/encoder-v*}/metrics.json). The newest run per
 * model and data set wins. Unreadable records are skipped with a log line.
 */
public final class TrainingCurves {

    private static final Logger log = LoggerFactory.getLogger(TrainingCurves.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String NEUMF = "NeuMF";
    static final String TEXT = "Text encoder";
    private static final String NEUMF_LOSS = "binary cross-entropy on liked vs 4 sampled unrated movies";
    private static final String NEUMF_VALIDATION = "validation HR@10 (latest rating vs 99 sampled movies)";
    private static final String TEXT_LOSS = "multiple-negatives ranking loss over (query, movie text) pairs";

    private final Path recordsDir;
    private final Path modelsDir;

    /**
     * @param recordsDir the committed training records folder ({@code model-training})
     * @param modelsDir  the app's models folder ({@code reelwise.models-dir}); may not exist
     */
    public TrainingCurves(Path recordsDir, Path modelsDir) {
        this.recordsDir = recordsDir;
        this.modelsDir = modelsDir;
    }

    /** The newest curve per model and data set, NeuMF first. */
    public List<LossCurve> newest() {
        Map<String, LossCurve> newest = new LinkedHashMap<>();
        for (LossCurve curve : all()) {
            newest.merge(curve.model() + "|" + curve.dataset(), curve,
                    (a, b) -> b.run().compareTo(a.run()) > 0 || (b.run().equals(a.run()) && b.epochs().size() > a.epochs().size()) ? b : a);
        }
        return newest.values().stream()
                .sorted(Comparator.comparing((LossCurve c) -> !c.model().equals(NEUMF)).thenComparing(LossCurve::dataset)).toList();
    }

    /** Every curve found. */
    public List<LossCurve> all() {
        List<LossCurve> out = new ArrayList<>();
        for (Path file : files(recordsDir.resolve("ncf").resolve("runs"), "json")) {
            read(file, this::neumfRecord, out);
        }
        for (Path file : files(modelsDir.resolve("ncf-runs"), "json")) {
            read(file, this::neumfRecord, out);
        }
        for (Path dir : dirs(modelsDir.resolve("ncf"))) {
            Path csv = dir.resolve("loss-curve.csv");
            if (Files.isRegularFile(csv)) {
                read(csv, this::neumfCsv, out);
            }
        }
        for (Path file : files(recordsDir.resolve("text").resolve("runs"), "json")) {
            read(file, this::textRecord, out);
        }
        for (Path dir : dirs(modelsDir.resolve("text"))) {
            for (Path encoder : dirs(dir)) {
                Path metrics = encoder.resolve("metrics.json");
                if (encoder.getFileName().toString().startsWith("encoder-") && Files.isRegularFile(metrics)) {
                    read(metrics, this::textArtifact, out);
                }
            }
        }
        return out;
    }

    private interface Reader {
        LossCurve read(Path file) throws IOException;
    }

    private static void read(Path file, Reader reader, List<LossCurve> out) {
        try {
            LossCurve curve = reader.read(file);
            if (curve != null && !curve.epochs().isEmpty()) {
                out.add(curve);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Skipping the unreadable training record {}: {}", file, e.getMessage());
        }
    }

    private LossCurve neumfRecord(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        if (!root.path("lossCurve").isArray()) {
            return null;
        }
        List<LossCurve.Epoch> epochs = new ArrayList<>();
        for (JsonNode e : root.get("lossCurve")) {
            JsonNode validation = e.get("validation");
            epochs.add(new LossCurve.Epoch(e.path("epoch").asInt(epochs.size() + 1), e.path("loss").asDouble(),
                    validation != null && validation.isNumber() && Double.isFinite(validation.asDouble()) ? validation.asDouble() : null));
        }
        String run = root.path("run").asText(stem(file));
        String dataset = root.path("metrics").path("dataset").asText(datasetOf(run));
        Integer best = root.path("metrics").path("bestEpoch").isNumber() ? root.path("metrics").path("bestEpoch").asInt() : null;
        return new LossCurve(NEUMF, dataset, run, file.toString(), epochs, hasValidation(epochs) ? NEUMF_VALIDATION : null,
                best, NEUMF_LOSS);
    }

    private LossCurve neumfCsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<LossCurve.Epoch> epochs = new ArrayList<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] f = line.split(",");
            if (f.length >= 2) {
                Double validation = f.length >= 3 && !f[2].isBlank() && !f[2].equals("NaN") ? Double.valueOf(f[2]) : null;
                epochs.add(new LossCurve.Epoch(Integer.parseInt(f[0].strip()), Double.parseDouble(f[1]), validation));
            }
        }
        String run = file.getParent().getFileName().toString();
        Integer best = epochs.stream().filter(e -> e.validation() != null)
                .max(Comparator.comparingDouble(LossCurve.Epoch::validation)).map(LossCurve.Epoch::epoch).orElse(null);
        return new LossCurve(NEUMF, datasetOf(run), run, file.toString(), epochs, hasValidation(epochs) ? NEUMF_VALIDATION : null,
                best, NEUMF_LOSS);
    }

    private LossCurve textRecord(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        String run = root.path("run").asText(stem(file));
        return textCurve(root, run, root.path("dataset").asText(datasetOf(run)), file);
    }

    private LossCurve textArtifact(Path file) throws IOException {
        String run = file.getParent().getParent().getFileName().toString();
        return textCurve(JSON.readTree(file.toFile()), run, datasetOf(run), file);
    }

    private static LossCurve textCurve(JsonNode root, String run, String dataset, Path file) {
        if (!root.path("epochLosses").isArray()) {
            return null;
        }
        List<LossCurve.Epoch> epochs = new ArrayList<>();
        for (JsonNode loss : root.get("epochLosses")) {
            if (loss.isNumber()) {
                epochs.add(new LossCurve.Epoch(epochs.size() + 1, loss.asDouble(), null));
            }
        }
        return new LossCurve(TEXT, dataset, run, file.toString(), epochs, null, null, TEXT_LOSS);
    }

    private static boolean hasValidation(List<LossCurve.Epoch> epochs) {
        return epochs.stream().anyMatch(e -> e.validation() != null);
    }

    /** "ml-latest-small-20261122-212520" to "ml-latest-small". */
    static String datasetOf(String run) {
        return RunFolders.datasetOf(run);
    }

    private static String stem(Path file) {
        return file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    }

    private static List<Path> files(Path dir, String extension) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith("." + extension)).sorted().toList();
        } catch (IOException e) {
            log.warn("Cannot list {}: {}", dir, e.getMessage());
            return List.of();
        }
    }

    private static List<Path> dirs(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            log.warn("Cannot list {}: {}", dir, e.getMessage());
            return List.of();
        }
    }
}
