package com.reelwise.sequence;

import com.reelwise.ratings.IdIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Serves a trained history model (the sequential model or the taste autoencoder) by MovieLens id: a person's
 * films in the order they came (picks in the order given, then likes as they arrive) in, every film's logit
 * out, aligned with {@link #movieIds()}. One forward pass scores the whole catalogue. Thread-safe; holds native
 * memory: close it.
 */
public final class SequenceScorer implements AutoCloseable {

    private final HistoryModel model;
    private final IdIndex movies;

    private SequenceScorer(HistoryModel model, int[] movieIds) {
        this.model = model;
        this.movies = IdIndex.of(movieIds);
    }

    /**
     * Loads an artifact folder written by {@link TrainSasRec} (or the evaluation harness).
     *
     * @throws SequenceArtifactException naming the missing or unreadable file
     */
    public static SequenceScorer load(Path dir) {
        SasRecArtifacts.Loaded loaded = SasRecArtifacts.read(dir);
        return new SequenceScorer(loaded.model(), loaded.movieIds());
    }

    /** Writes a trained model as an artifact folder that {@link #load} reads; {@code movieIds[i]} is film index i. */
    public static void save(Path dir, HistoryModel model, int[] movieIds, java.util.Map<String, Object> metrics) {
        SasRecArtifacts.write(dir, model, movieIds, metrics);
    }

    /** MovieLens ids in model order (a copy). */
    public int[] movieIds() {
        int[] ids = new int[movies.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = movies.idAt(i);
        }
        return ids;
    }

    public boolean knowsMovie(int movieId) {
        return movies.contains(movieId);
    }

    /** Every film's logit as the next one after {@code history} (oldest first; unknown ids are skipped). */
    public float[] logits(List<Integer> history) {
        return logitsOf(List.of(history))[0];
    }

    /** {@link #logits(List)} for several histories in one forward pass. */
    public float[][] logitsOf(List<List<Integer>> histories) {
        return logitsOf(histories, null);
    }

    /** {@link #logitsOf(List)} at the given films only (model order, as {@link #movieIds()}; null: every film). */
    public float[][] logitsOf(List<List<Integer>> histories, int[] items) {
        int[][] known = new int[histories.size()][];
        for (int b = 0; b < known.length; b++) {
            known[b] = indices(histories.get(b));
        }
        return model.logitsAt(known, items);
    }

    /** The model index of a film, or -1 when the model does not know it. */
    public int indexOf(int movieId) {
        return movies.indexOf(movieId);
    }

    /**
     * For each film of {@code history}, the logits of every film after the history without it, in one
     * forward pass: row k leaves out {@code history.get(k)}. What "because you watched X" is measured by.
     */
    public float[][] leavingEachOut(List<Integer> history) {
        List<List<Integer>> variants = new ArrayList<>(history.size());
        for (int k = 0; k < history.size(); k++) {
            List<Integer> rest = new ArrayList<>(history);
            rest.remove(k);
            variants.add(rest);
        }
        return variants.isEmpty() ? new float[0][] : logitsOf(variants);
    }

    /** Each film's learned embedding, unit length, aligned with {@link #movieIds()}. */
    public float[][] itemVectors() {
        return model.itemVectors();
    }

    /** How many films of {@code history} the model knows. */
    public int known(List<Integer> history) {
        return indices(history).length;
    }

    private int[] indices(List<Integer> ids) {
        return ids.stream().mapToInt(movies::indexOf).filter(i -> i >= 0).toArray();
    }

    /** NDArrays on the model's manager, for the leak gauge and the leak tests. */
    public int managedArrayCount() {
        return model.managedArrayCount();
    }

    @Override
    public void close() {
        model.close();
    }
}
