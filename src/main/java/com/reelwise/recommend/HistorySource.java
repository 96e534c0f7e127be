package com.reelwise.recommend;

import com.reelwise.problems.InvalidInputException;
import com.reelwise.sequence.SequenceScorer;
import java.util.Arrays;
import java.util.List;

/**
 * A history model (the sequential model, the taste autoencoder) read by catalog position: a person's liked
 * films in the order given in, every film's score out, NaN for films the model never saw or that nobody here
 * has rated (the model's row for such a film is its initialisation, not evidence).
 */
public final class HistorySource {

    private final SequenceScorer model;
    private final CandidateRanker ranker;
    private final String name;
    private final int[] catalogPositionOfModelItem;
    /** The inverse, -1 for a film the model does not know or nobody here rated. */
    private final int[] modelItemAtPosition;
    private final float[][] vectorByPosition;

    /** The sequential model, named as the next-watch method in sentences (the hybrid's source and the method alike). */
    public static HistorySource sequential(SequenceScorer model, CandidateRanker ranker) {
        return new HistorySource(model, ranker, "Next watch");
    }

    /** The taste autoencoder. */
    public static HistorySource taste(SequenceScorer model, CandidateRanker ranker) {
        return new HistorySource(model, ranker, "The taste autoencoder");
    }

    /** @param name how the person calls it in sentences, e.g. "Next watch" */
    private HistorySource(SequenceScorer model, CandidateRanker ranker, String name) {
        this.model = model;
        this.ranker = ranker;
        this.name = name;
        int[] ids = model.movieIds();
        this.catalogPositionOfModelItem = new int[ids.length];
        this.vectorByPosition = new float[ranker.size()][];
        this.modelItemAtPosition = new int[ranker.size()];
        Arrays.fill(modelItemAtPosition, -1);
        float[][] vectors = model.itemVectors();
        for (int i = 0; i < ids.length; i++) {
            catalogPositionOfModelItem[i] = ranker.position(ids[i]);
            if (catalogPositionOfModelItem[i] >= 0 && ranker.ratingCount(catalogPositionOfModelItem[i]) > 0) {
                vectorByPosition[catalogPositionOfModelItem[i]] = vectors[i];
                modelItemAtPosition[catalogPositionOfModelItem[i]] = i;
            }
        }
    }

    /** The film's learned vector (unit length), or null for a film with no ratings here. */
    public float[] itemVector(int position) {
        return vectorByPosition[position];
    }

    /** Whether any liked film is one the model knows (else {@link #logits} refuses). */
    public boolean knowsAny(Profile profile) {
        return profile.liked().stream().anyMatch(model::knowsMovie);
    }

    /** The liked films the model knows, in the order given. */
    public List<Integer> history(Profile profile) {
        List<Integer> known = profile.liked().stream().filter(model::knowsMovie).toList();
        if (known.isEmpty()) {
            throw new InvalidInputException(name + " needs at least one liked movie that people here have rated; none of yours is. "
                    + "Try the hybrid or content method.");
        }
        return known;
    }

    /**
     * Every film's score by catalog position.
     *
     * @throws InvalidInputException when none of the person's films is known to the model
     */
    public float[] logits(Profile profile) {
        return byPosition(new float[][] {model.logits(history(profile))})[0];
    }

    /**
     * Every film's score for each profile, in one forward pass; null for a profile none of whose films the model
     * knows (where {@link #logits} would refuse).
     */
    public float[][] logitsOfEach(List<Profile> profiles) {
        return logitsOfEach(profiles, null);
    }

    /**
     * {@link #logitsOfEach(List)} at the given catalog positions only (NaN at every other film; null: every film):
     * the same scores there, and cheaper when the model can compute a few outputs alone.
     */
    public float[][] logitsOfEach(List<Profile> profiles, int[] positions) {
        List<List<Integer>> histories = new java.util.ArrayList<>();
        List<Integer> rows = new java.util.ArrayList<>();
        for (int k = 0; k < profiles.size(); k++) {
            List<Integer> known = profiles.get(k).liked().stream().filter(model::knowsMovie).toList();
            if (!known.isEmpty()) {
                rows.add(k);
                histories.add(known);
            }
        }
        float[][] out = new float[profiles.size()][];
        if (!histories.isEmpty()) {
            float[][] scored = positions == null ? byPosition(model.logitsOf(histories)) : atPositions(histories, positions);
            for (int r = 0; r < rows.size(); r++) {
                out[rows.get(r)] = scored[r];
            }
        }
        return out;
    }

    /** Row k: every film's score without the k-th film of {@link #history}, in one forward pass. */
    public float[][] leavingEachOut(List<Integer> history) {
        return history.size() > 1 ? byPosition(model.leavingEachOut(history)) : new float[0][];
    }

    private float[][] atPositions(List<List<Integer>> histories, int[] positions) {
        int[] known = Arrays.stream(positions).filter(p -> modelItemAtPosition[p] >= 0).toArray();
        float[][] scored = model.logitsOf(histories, Arrays.stream(known).map(p -> modelItemAtPosition[p]).toArray());
        float[][] out = new float[scored.length][];
        for (int r = 0; r < out.length; r++) {
            out[r] = new float[ranker.size()];
            Arrays.fill(out[r], Float.NaN);
            for (int j = 0; j < known.length; j++) {
                out[r][known[j]] = scored[r][j];
            }
        }
        return out;
    }

    private float[][] byPosition(float[][] byModelItem) {
        float[][] out = new float[byModelItem.length][];
        for (int r = 0; r < out.length; r++) {
            float[] scores = new float[ranker.size()];
            Arrays.fill(scores, Float.NaN);
            for (int i = 0; i < byModelItem[r].length; i++) {
                int p = catalogPositionOfModelItem[i];
                if (p >= 0 && ranker.ratingCount(p) > 0) {
                    scores[p] = byModelItem[r][i];
                }
            }
            out[r] = scores;
        }
        return out;
    }
}
