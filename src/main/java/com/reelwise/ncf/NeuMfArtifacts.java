package com.reelwise.ncf;

import com.reelwise.progress.TrainingReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.reelwise.ratings.IdIndex;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The artifact folder layout. Serving needs {@code config.json}, {@code users.txt},
 * {@code movies.txt} and {@code neumf-0000.params}; the rest documents the run.
 */
final class NeuMfArtifacts {

    static final String MODEL_NAME = "neumf";
    static final String PARAMS = "neumf-0000.params";
    static final String CONFIG = "config.json";
    static final String USERS = "users.txt";
    static final String MOVIES = "movies.txt";
    static final String METRICS = "metrics.json";
    static final String LOSS_CURVE = "loss-curve.csv";
    static final String ITEM_EMBEDDINGS = "item-embeddings.f32";
    static final String ITEM_EMBEDDINGS_INFO = "item-embeddings.json";

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private NeuMfArtifacts() {
    }

    /** Writes a complete artifact folder for a trained model. */
    static void write(Path dir, NeuMfModel model, IdIndex users, IdIndex movies, Map<String, Object> metrics) {
        try {
            Files.createDirectories(dir);
            model.djlModel().save(dir, MODEL_NAME);
            JSON.writeValue(dir.resolve(CONFIG).toFile(), model.config());
            writeIds(dir.resolve(USERS), users);
            writeIds(dir.resolve(MOVIES), movies);
            JSON.writeValue(dir.resolve(METRICS).toFile(), metrics);
            writeLossCurve(dir.resolve(LOSS_CURVE), model.report());
            writeItemEmbeddings(dir, new NeuMfWeights(model.block(), model.config()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the NeuMF artifact folder " + dir, e);
        }
    }

    private static void writeIds(Path file, IdIndex ids) throws IOException {
        List<String> lines = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            lines.add(Integer.toString(ids.idAt(i)));
        }
        Files.write(file, lines);
    }

    static void writeLossCurve(Path file, TrainingReport report) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("epoch,loss,validation,seconds");
        for (TrainingReport.Epoch e : report.epochs()) {
            lines.add(e.epoch() + "," + e.loss() + "," + e.validation() + "," + e.seconds());
        }
        Files.write(file, lines);
    }

    /** Row i = movie on line i of movies.txt: [GMF factors | MLP embedding], little-endian float32. */
    private static void writeItemEmbeddings(Path dir, NeuMfWeights net) throws IOException {
        int dim = net.factors + net.mlpDim;
        ByteBuffer row = ByteBuffer.allocate(dim * 4).order(ByteOrder.LITTLE_ENDIAN);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(dir.resolve(ITEM_EMBEDDINGS))))) {
            for (int i = 0; i < net.numItems; i++) {
                row.clear();
                for (int k = 0; k < net.factors; k++) {
                    row.putFloat(net.gmfItem[i * net.factors + k]);
                }
                for (int k = 0; k < net.mlpDim; k++) {
                    row.putFloat(net.mlpItem[i * net.mlpDim + k]);
                }
                out.write(row.array());
            }
        }
        JSON.writeValue(dir.resolve(ITEM_EMBEDDINGS_INFO).toFile(), Map.of(
                "file", ITEM_EMBEDDINGS, "ids", MOVIES, "rows", net.numItems, "columns", dim,
                "layout", "row-major little-endian float32; columns 0.." + (net.factors - 1) + " GMF, then MLP"));
    }
}
