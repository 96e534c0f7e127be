package com.reelwise.training;

import com.reelwise.ncf.NeuMfConfig;
import com.reelwise.ncf.TrainNeuMf;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.text.EncoderConfig;
import com.reelwise.text.FineTuneOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * One training command for both models:
 * <pre>
 * OMP_WAIT_POLICY=PASSIVE mvn -q compile exec:java@train -Dexec.args="--data /work/shared/datasets
 *     --dataset ml-latest-small [--models ncf,text] [--out models] [--pairs 6000] [--max-length 128]
 *     [--epochs 1] [--lr 5e-5] [--seed 42] [NeuMF overrides such as epochs=10 factors=16]"
 * </pre>
 * {@code --epochs}, {@code --lr} and {@code --max-length} are the encoder's; NeuMF takes its own as key=value.
 * NeuMF goes to {@code <out>/ncf/<dataset>-<time>/} (run record in model-training/ncf/runs), the text
 * model to {@code <out>/text/<dataset>-<time>/} (run record in model-training/text/runs).
 */
public final class TrainAll {

    private TrainAll() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("ai.djl.pytorch.num_threads", System.getProperty("ai.djl.pytorch.num_threads", "2"));
        System.setProperty("ai.djl.pytorch.num_interop_threads", System.getProperty("ai.djl.pytorch.num_interop_threads", "1"));
        Path data = null;
        String dataset = "ml-latest-small";
        List<String> models = List.of("ncf", "text");
        Path out = Path.of("models");
        int pairs = PairConfig.defaults().maxPairs();
        int maxLength = 128;
        int epochs = 1;
        float lr = 5e-5f;
        long seed = 42;
        NeuMfConfig ncfConfig = NeuMfConfig.defaults();
        boolean seeded = false;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--data" -> data = Path.of(value);
                case "--dataset" -> dataset = value;
                case "--models" -> models = Arrays.stream(value.split(",")).map(String::trim).toList();
                case "--out" -> out = Path.of(value);
                case "--pairs" -> pairs = Integer.parseInt(value);
                case "--max-length" -> maxLength = Integer.parseInt(value);
                case "--epochs" -> epochs = Integer.parseInt(value);
                case "--lr" -> lr = Float.parseFloat(value);
                case "--seed" -> {
                    seed = Long.parseLong(value);
                    seeded = true;
                }
                default -> {
                    // key=value: a NeuMF config override, as TrainNeuMf takes them (epochs=10 lr=0.002 ...)
                    String[] kv = args[i].split("=", 2);
                    if (kv.length == 2) {
                        ncfConfig = ncfConfig.with(kv[0], kv[1]);
                        continue;
                    }
                    throw new IllegalArgumentException("Unknown argument " + args[i] + "; usage: --data DIR --dataset NAME"
                        + " [--models ncf,text] [--out models] [--pairs N] [--max-length T] [--epochs E] [--lr R] [--seed S]"
                        + " [NeuMF key=value overrides]");
                }
            }
            i++;
        }
        if (data == null) {
            throw new IllegalArgumentException("--data DIR (the folder holding MovieLens releases) is required");
        }
        if (System.getenv("OMP_WAIT_POLICY") == null) {
            System.err.println("Hint: run with OMP_WAIT_POLICY=PASSIVE; spinning OpenMP threads slow PyTorch on a busy machine.");
        }
        if (models.contains("ncf")) {
            TrainNeuMf.Result ncf = TrainNeuMf.train(data, dataset, out.resolve("ncf"), Path.of("model-training", "ncf", "runs"),
                    seeded ? ncfConfig.withSeed(seed) : ncfConfig, true);
            System.out.println("NeuMF: " + ncf.artifactDir().toAbsolutePath() + " " + ncf.metrics());
        }
        if (models.contains("text")) {
            final Path dataDir = data;
            final String name = dataset;
            MovieLensDataset release = MovieLensDataset.find(data, dataset).orElseThrow(() -> new IllegalArgumentException(
                    "No MovieLens release '" + name + "' in " + dataDir.toAbsolutePath()));
            String run = release.name() + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            TrainText.Settings settings = new TrainText.Settings(
                    EncoderConfig.defaults().withMaxLength(maxLength).withFrozenWordEmbeddings(true),
                    new FineTuneOptions(epochs, lr, 0.1f, 20f, seed), PairConfig.defaults().withMaxPairs(pairs).withSeed(seed));
            Path dir = TrainText.train(data, release, run, out.resolve("text"), Path.of("model-training", "text", "runs"), settings);
            System.out.println("Text model: " + dir.toAbsolutePath());
        }
    }
}
