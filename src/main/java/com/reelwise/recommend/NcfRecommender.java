package com.reelwise.recommend;

import com.reelwise.catalog.Movie;
import com.reelwise.ncf.NeuMfRecommender;
import com.reelwise.problems.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Neural collaborative filtering for a new person: NeuMF folds them in from their likes and
 * dislikes (no retraining) and scores every rated movie. Movies NeuMF never saw cannot be scored.
 */
public final class NcfRecommender implements Recommender {

    private final NeuMfRecommender model;
    private final CandidateRanker ranker;
    private final CollaborativeEvidence evidence;
    private final int[] catalogPositionOfModelItem;
    private final float[][] vectorByPosition;

    public NcfRecommender(NeuMfRecommender model, CandidateRanker ranker, CollaborativeEvidence evidence) {
        this.model = model;
        this.ranker = ranker;
        this.evidence = evidence;
        int[] ids = model.movieIds();
        this.catalogPositionOfModelItem = new int[ids.length];
        this.vectorByPosition = new float[ranker.size()][];
        float[][] vectors = model.itemVectors();
        for (int i = 0; i < ids.length; i++) {
            catalogPositionOfModelItem[i] = ranker.position(ids[i]);
            if (catalogPositionOfModelItem[i] >= 0 && ranker.ratingCount(catalogPositionOfModelItem[i]) > 0) {
                vectorByPosition[catalogPositionOfModelItem[i]] = vectors[i];
            }
        }
    }

    /** The film as NeuMF sees it (unit vector), or null for a film with no ratings here. */
    public float[] itemVector(int position) {
        return vectorByPosition[position];
    }

    @Override
    public Method method() {
        return Method.NCF;
    }

    @Override
    public List<Recommendation> recommend(RecommendationRequest request) {
        ScoreTable table = score(request);
        List<Recommendation> out = new ArrayList<>();
        for (int position : ranker.top(table.scores(), request, ItemSimilarity.GENRES_AND_KEYWORDS)) {
            out.add(describe(request, table, position));
        }
        return out;
    }

    @Override
    public ScoreTable score(RecommendationRequest request) {
        float[] scores = scores(request.profile());
        return ScoreTable.single(scores, true, false);
    }

    @Override
    public Recommendation describe(RecommendationRequest request, ScoreTable table, int position) {
        Movie movie = ranker.movieAt(position);
        float score = table.scores()[position];
        return new Recommendation(movie, score, (double) score, null, explain(request.profile(), movie));
    }

    /** Who liked what, behind the collaborative evidence lines. */
    public CollaborativeEvidence evidence() {
        return evidence;
    }

    /**
     * NeuMF probabilities by catalog position (NaN where NeuMF has no score).
     *
     * @throws InvalidInputException when fewer than three liked movies have ratings NeuMF learned from
     */
    public float[] scores(Profile profile) {
        return byCatalogPosition(model.foldIn(knownLiked(profile), known(profile.disliked())));
    }

    /** {@link #scores} before the sigmoid (NeuMF logits), which is what a blend z-scores. */
    public float[] logits(Profile profile) {
        return byCatalogPosition(model.foldInLogits(knownLiked(profile), known(profile.disliked())));
    }

    /**
     * {@link #logits} at the given catalog positions only, NaN everywhere else: the same fold-in without scoring the
     * whole catalog.
     */
    public float[] logitsAt(Profile profile, int[] positions) {
        int[] ids = Arrays.stream(positions).map(p -> ranker.movieAt(p).movieId()).toArray();
        return atPositions(model.foldInLogitsOf(knownLiked(profile), known(profile.disliked()), ids), positions);
    }

    /**
     * {@link #logitsAt} for profiles folded in together ({@link #foldInEach}); null for one with too few liked movies
     * that people here have rated.
     */
    public float[][] logitsAtEach(List<FoldedIn> folded, int[] positions) {
        int[] ids = Arrays.stream(positions).map(p -> ranker.movieAt(p).movieId()).toArray();
        return folded.stream().map(f -> f.able() ? atPositions(model.logitsOfUserAt(f.user(), ids), positions) : null)
                .toArray(float[][]::new);
    }

    /**
     * A profile folded into NeuMF: its fitted user vector, or null when too few of its liked movies have ratings
     * NeuMF learned from. Scoring it again costs no fold-in.
     */
    public record FoldedIn(float[] user) {

        public boolean able() {
            return user != null;
        }
    }

    /** Several profiles folded in as one batch (each exactly as alone): a person and their leave-one-out lists. */
    public List<FoldedIn> foldInEach(List<Profile> profiles) {
        float[][] users = model.foldedInUsers(profiles.stream().map(p -> known(p.liked())).toList(),
                profiles.stream().map(p -> known(p.disliked())).toList());
        return Arrays.stream(users).map(FoldedIn::new).toList();
    }

    /** {@link #logits(Profile)} of a profile already folded in. */
    public float[] logits(FoldedIn folded) {
        return byCatalogPosition(model.logitsOfUser(folded.user()));
    }

    /** Logits of the films at {@code positions}, laid out by catalog position; NaN elsewhere and for unrated films. */
    private float[] atPositions(float[] some, int[] positions) {
        float[] scores = new float[ranker.size()];
        Arrays.fill(scores, Float.NaN);
        for (int i = 0; i < positions.length; i++) {
            if (ranker.ratingCount(positions[i]) > 0) {
                scores[positions[i]] = some[i];
            }
        }
        return scores;
    }

    /** Whether the profile has enough liked films NeuMF learned from to be folded in (else {@link #logits} refuses). */
    public boolean canFoldIn(Profile profile) {
        return known(profile.liked()).size() >= NeuMfRecommender.MIN_LIKED;
    }

    private List<Integer> knownLiked(Profile profile) {
        List<Integer> known = known(profile.liked());
        if (known.size() < NeuMfRecommender.MIN_LIKED) {
            throw new InvalidInputException("Neural CF needs at least " + NeuMfRecommender.MIN_LIKED + " liked movies that people here "
                    + "have rated; only " + known.size() + " of yours are. Try the hybrid or content method.");
        }
        return known;
    }

    private List<Integer> known(List<Integer> movieIds) {
        return movieIds.stream().filter(model::knowsMovie).toList();
    }

    private float[] byCatalogPosition(float[] byModelItem) {
        float[] scores = new float[ranker.size()];
        Arrays.fill(scores, Float.NaN);
        for (int i = 0; i < byModelItem.length; i++) {
            int p = catalogPositionOfModelItem[i];
            // no ratings here, no collaborative evidence: NeuMF's row for such a film is its initialisation
            if (p >= 0 && ranker.ratingCount(p) > 0) {
                scores[p] = byModelItem[i];
            }
        }
        return scores;
    }

    Explanation explain(Profile profile, Movie movie) {
        List<Integer> sources = evidence.strongestSources(profile.liked(), movie.movieId());
        if (sources.isEmpty()) {
            return new Explanation("People with tastes like yours rate this highly", List.of(), List.of());
        }
        int top = sources.get(0);
        String title = ranker.movieAt(ranker.position(top)).title();
        int likers = evidence.likers(top);
        String text = "Because you liked %s: %d%% of the %d people here who liked it also liked this".formatted(
                title, Math.round(100 * evidence.share(top, movie.movieId())), likers);
        return new Explanation(text, sources.subList(0, Math.min(3, sources.size())), List.of());
    }
}
