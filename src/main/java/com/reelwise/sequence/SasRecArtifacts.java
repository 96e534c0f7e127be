package com.reelwise.sequence;

import com.reelwise.progress.TrainingReport;
import ai.djl.Model;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A history model's artifact folder: its config ({@code config.json} for the sequential model, {@code
 * dae-config.json} for the taste autoencoder), {@code movies.txt} (MovieLens id of film index i on line i) and
 * the parameters ({@code sasrec-0000.params} / {@code dae-0000.params}); {@code metrics.json} and
 * {@code loss-curve.csv} document the run. Serving rebuilds the block from the config through the same factory
 * as training.
 */
final class SasRecArtifacts {

    static final String PARAMS = SasRecModel.NAME + "-0000.params";
    static final String CONFIG = "config.json";
    static final String DAE_CONFIG = "dae-config.json";
    static final String MOVIES = "movies.txt";
    static final String METRICS = "metrics.json";
    static final String LOSS_CURVE = "loss-curve.csv";

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SasRecArtifacts() {
    }

    static void write(Path dir, HistoryModel model, int[] movieIds, Map<String, Object> metrics) {
        if (movieIds.length != model.numItems()) {
            throw new IllegalArgumentException("movie ids (" + movieIds.length + ") must match the model's films (" + model.numItems() + ")");
        }
        try {
            Files.createDirectories(dir);
            TrainingReport report;
            if (model instanceof DaeModel dae) {
                dae.djlModel().save(dir, DaeModel.NAME);
                JSON.writeValue(dir.resolve(DAE_CONFIG).toFile(), dae.config());
                report = dae.report();
            } else {
                SasRecModel sasrec = (SasRecModel) model;
                sasrec.djlModel().save(dir, SasRecModel.NAME);
                JSON.writeValue(dir.resolve(CONFIG).toFile(), sasrec.config());
                report = sasrec.report();
            }
            List<String> lines = new ArrayList<>(movieIds.length);
            for (int id : movieIds) {
                lines.add(Integer.toString(id));
            }
            Files.write(dir.resolve(MOVIES), lines);
            JSON.writeValue(dir.resolve(METRICS).toFile(), metrics);
            List<String> curve = new ArrayList<>();
            curve.add("epoch,loss,validation,seconds");
            if (report != null) {
                for (TrainingReport.Epoch e : report.epochs()) {
                    curve.add(e.epoch() + "," + e.loss() + "," + e.validation() + "," + e.seconds());
                }
            }
            Files.write(dir.resolve(LOSS_CURVE), curve);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the sequential model folder " + dir, e);
        }
    }

    /** The model and its movie ids, or a {@link SequenceArtifactException} naming what is wrong. */
    static Loaded read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new SequenceArtifactException("Sequential model folder " + dir + " does not exist.", null);
        }
        boolean dae = Files.isRegularFile(dir.resolve(DAE_CONFIG));
        String configFile = dae ? DAE_CONFIG : CONFIG;
        String name = dae ? DaeModel.NAME : SasRecModel.NAME;
        Object config;
        int[] movieIds;
        try {
            Class<?> type = dae ? DaeConfig.class : SasRecConfig.class;
            config = JSON.readValue(dir.resolve(configFile).toFile(), type);
            movieIds = Files.readAllLines(dir.resolve(MOVIES)).stream().map(String::trim).filter(s -> !s.isEmpty())
                    .mapToInt(Integer::parseInt).toArray();
        } catch (IOException | RuntimeException e) {
            throw new SequenceArtifactException("Model folder " + dir + ": cannot read " + configFile + " or " + MOVIES
                    + " (" + e.getMessage() + ").", e);
        }
        String params = name + "-0000.params";
        if (!Files.isRegularFile(dir.resolve(params))) {
            throw new SequenceArtifactException("Model folder " + dir + " has no " + params + " (the trained parameters).", null);
        }
        Model model = Model.newInstance(name);
        try {
            if (dae) {
                model.setBlock(DaeBlock.create((DaeConfig) config, movieIds.length));
                model.load(dir, name);
                return new Loaded(DaeModel.loaded((DaeConfig) config, model), movieIds);
            }
            model.setBlock(SasRecBlock.create((SasRecConfig) config, movieIds.length));
            model.load(dir, name);
            return new Loaded(SasRecModel.loaded((SasRecConfig) config, model), movieIds);
        } catch (Exception e) {
            model.close();
            throw new SequenceArtifactException("Model folder " + dir + ": cannot load " + params + " into the network "
                    + configFile + " describes (" + e + "); the files are damaged or from different runs.", e);
        }
    }

    record Loaded(HistoryModel model, int[] movieIds) {
    }
}
