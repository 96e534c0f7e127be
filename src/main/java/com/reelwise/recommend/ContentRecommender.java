package com.reelwise.recommend;

import com.reelwise.ann.HnswIndex;
import com.reelwise.catalog.Movie;
import com.reelwise.problems.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Content-based recommendation from the fine-tuned sentence encoder's embeddings. The person's
 * profile is the mean of their liked movies' vectors, minus half the mean of the disliked ones,
 * plus the mood sentence's vector. Because the score is linear in those vectors, it is computed as
 * the same weighted sum of each movie's similarity to the liked and disliked movies (cached rows,
 * {@link SimilarityRows}); each liked movie's share of a score is then exact, and the explanation
 * names the largest share.
 */
public final class ContentRecommender implements Recommender {

    static final float DISLIKE_WEIGHT = 0.5f;
    static final float MOOD_WEIGHT = 1.0f;

    private final EmbeddingMatrix embeddings;
    private final CandidateRanker ranker;
    private final Function<String, float[]> moodEncoder;
    private final ItemSimilarity similarity;
    private final SimilarityRows rows;
    /** The approximate nearest-neighbour index over the same vectors; null until built. */
    private volatile HnswIndex index;
    /** How many films a request takes from the index. */
    private volatile int indexCandidates = CandidateSearch.HNSW_CANDIDATES;

    /**
     * @param moodEncoder turns the mood sentence into a unit vector in the same space
     */
    public ContentRecommender(EmbeddingMatrix embeddings, CandidateRanker ranker, Function<String, float[]> moodEncoder) {
        this(embeddings, ranker, moodEncoder, new SimilarityRows(embeddings, SimilarityRows.defaultBudget()));
    }

    /**
     * Without the similarity-row cache, for training and evaluation. A profile's scores are a sum of its cached rows or
     * one scan of the matrix, equal up to float rounding, and which one a request gets depends on when background loads
     * finish; the ranker's training amplified that rounding into 38 or 94 boosting rounds at one seed, so work that must
     * repeat bit for bit always scans.
     */
    public static ContentRecommender repeatable(EmbeddingMatrix embeddings, CandidateRanker ranker, Function<String, float[]> moodEncoder) {
        return new ContentRecommender(embeddings, ranker, moodEncoder, new SimilarityRows(embeddings, 0));
    }

    public ContentRecommender(EmbeddingMatrix embeddings, CandidateRanker ranker, Function<String, float[]> moodEncoder, SimilarityRows rows) {
        this.embeddings = embeddings;
        this.rows = rows;
        this.ranker = ranker;
        this.moodEncoder = moodEncoder;
        this.similarity = (a, b) -> Math.max(0, embeddings.similarity(ranker.position(a.movieId()), ranker.position(b.movieId())));
    }

    @Override
    public Method method() {
        return Method.CONTENT;
    }

    /** Similarity in embedding space, for MMR diversity and the intra-list diversity figure. */
    public ItemSimilarity similarity() {
        return similarity;
    }

    @Override
    public List<Recommendation> recommend(RecommendationRequest request) {
        ScoreTable table = score(request);
        List<Recommendation> out = new ArrayList<>();
        for (int position : ranker.top(table.scores(), request, similarity)) {
            out.add(describe(request, table, position));
        }
        return out;
    }

    @Override
    public ScoreTable score(RecommendationRequest request) {
        boolean indexed = request.candidates().usesIndex(embeddings.size());
        float[] scores = indexed ? indexedScores(request.profile(), request.candidates()) : scores(request.profile());
        return ScoreTable.single(scores, false, true);
    }

    /** Takes the HNSW index built over {@link #embeddings()} (in the background, after the model loads). */
    public void useIndex(HnswIndex built) {
        useIndex(built, CandidateSearch.HNSW_CANDIDATES);
    }

    /** {@link #useIndex(HnswIndex)} taking {@code candidates} films a request (tests use few, to see what the index leaves out). */
    public void useIndex(HnswIndex built, int candidates) {
        indexCandidates = candidates;
        index = built;
    }

    /** Whether the HNSW index is built. */
    public boolean hasIndex() {
        return index != null;
    }

    /**
     * The content scores of the index's {@value CandidateSearch#HNSW_CANDIDATES} nearest films to the profile vector (NaN
     * elsewhere): the same linear score, computed for the films the index finds instead of for every film. Without the
     * index yet, an explicit HNSW request is refused with a sentence and an automatic one scores every film.
     */
    private float[] indexedScores(Profile profile, CandidateSearch search) {
        if (index == null && search == CandidateSearch.HNSW) {
            throw new MethodUnavailableException("The nearest-neighbour index is still being built; try again in a minute, "
                    + "or ask for exact candidates.");
        }
        requireSomething(withEmbedding(profile.liked()), profile);
        float[] query = profileQuery(profile);
        if (profile.mood() != null) {
            addWeighted(query, List.of(moodQuery(profile.mood())), MOOD_WEIGHT);
        }
        float[] scores = nearestScores(query, new int[0]);
        return scores != null ? scores : scores(profile);
    }

    /** The profile's query vector without the mood: the liked films' mean minus half the disliked ones' ({@link #scores} is its dot products). */
    public float[] profileQuery(Profile profile) {
        return profileVector(withEmbedding(profile.liked()), withEmbedding(profile.disliked()));
    }

    /** The mood sentence's vector ({@link #moodScores} is its dot products). */
    public float[] moodQuery(String mood) {
        return moodEncoder.apply(mood);
    }

    /**
     * Exact dot products with {@code query} at the index's {@value CandidateSearch#HNSW_CANDIDATES} nearest films and at
     * {@code also}, NaN elsewhere; null while the index is not built.
     */
    public float[] nearestScores(float[] query, int[] also) {
        HnswIndex now = index;
        if (now == null) {
            return null;
        }
        float[] scores = new float[embeddings.size()];
        java.util.Arrays.fill(scores, Float.NaN);
        int k = indexCandidates;
        fillScores(scores, query, now.nearest(query, k, Math.max(k, CandidateSearch.HNSW_CANDIDATES)));
        fillScores(scores, query, also);
        return scores;
    }

    /** Fills the exact dot product with {@code query} at each of {@code positions} still NaN whose film has a vector. */
    public void fillScores(float[] scores, float[] query, int[] positions) {
        for (int p : positions) {
            if (Float.isNaN(scores[p])) {
                scores[p] = embeddings.score(query, p);
            }
        }
    }

    private static void requireSomething(List<Integer> liked, Profile profile) {
        if (liked.isEmpty() && profile.mood() == null) {
            throw new InvalidInputException("None of your movies has a text description yet, so the content method cannot "
                    + "compare them; add a mood sentence or try the popular method.");
        }
    }

    @Override
    public Recommendation describe(RecommendationRequest request, ScoreTable table, int position) {
        float score = table.scores()[position];
        return new Recommendation(ranker.movieAt(position), score, null, (double) score, explain(request.profile(), position));
    }

    /** The catalog embeddings (for explanations and the intra-list diversity figure). */
    public EmbeddingMatrix embeddings() {
        return embeddings;
    }

    /** The cached similarity rows behind {@link #scores} (to warm them, or read their hit rate). */
    public SimilarityRows similarityRows() {
        return rows;
    }

    /**
     * Content scores by catalog position (NaN for movies without an embedding): the profile vector's
     * dot product with every movie, summed per liked / disliked movie from their similarity rows when
     * those are cached, else by one scan of the matrix (the same sum up to float rounding).
     */
    public float[] scores(Profile profile) {
        List<Integer> liked = withEmbedding(profile.liked());
        List<Integer> disliked = withEmbedding(profile.disliked());
        requireSomething(liked, profile);
        List<Integer> picked = new ArrayList<>(liked);
        picked.addAll(disliked);
        List<float[]> cached = rows.ifCached(picked);
        float[] scores;
        if (cached != null) {
            scores = new float[embeddings.size()];
            addWeighted(scores, cached.subList(0, liked.size()), 1f / Math.max(1, liked.size()));
            addWeighted(scores, cached.subList(liked.size(), cached.size()), -DISLIKE_WEIGHT / Math.max(1, disliked.size()));
        } else {
            scores = embeddings.scoreAll(profileVector(liked, disliked));
        }
        if (profile.mood() != null) {
            float[] mood = embeddings.scoreAll(moodEncoder.apply(profile.mood()));
            for (int p = 0; p < scores.length; p++) {
                scores[p] += MOOD_WEIGHT * mood[p];
            }
        }
        return scores;
    }

    /** Every movie's similarity to the mood sentence, by catalog position (NaN without an embedding). */
    public float[] moodScores(String mood) {
        return embeddings.scoreAll(moodEncoder.apply(mood));
    }

    /** The weighted mean of the liked movies' vectors minus half that of the disliked ones. */
    private float[] profileVector(List<Integer> liked, List<Integer> disliked) {
        float[] v = new float[embeddings.dimension()];
        addWeighted(v, liked.stream().map(embeddings::vector).toList(), 1f / Math.max(1, liked.size()));
        addWeighted(v, disliked.stream().map(embeddings::vector).toList(), -DISLIKE_WEIGHT / Math.max(1, disliked.size()));
        return v;
    }

    /** {@code into += weight · x} for each x: a profile from embeddings, or scores from similarity rows. */
    private static void addWeighted(float[] into, List<float[]> vectors, float weight) {
        for (float[] x : vectors) {
            for (int i = 0; i < into.length; i++) {
                into[i] += weight * x[i];
            }
        }
    }

    /** Each liked movie's exact share of a movie's score: (1/|liked|) x cosine(liked, movie). */
    List<Contribution> contributions(Profile profile, int position) {
        List<Integer> liked = withEmbedding(profile.liked());
        List<Contribution> out = new ArrayList<>();
        for (int likedPosition : liked) {
            out.add(new Contribution(ranker.movieAt(likedPosition).movieId(), embeddings.similarity(likedPosition, position) / liked.size()));
        }
        out.sort(Comparator.comparingDouble(Contribution::share).reversed().thenComparingInt(Contribution::movieId));
        return out;
    }

    /** A liked movie and its share of a score. */
    record Contribution(int movieId, double share) {
    }

    Explanation explain(Profile profile, int position) {
        Movie movie = ranker.movieAt(position);
        List<Contribution> shares = contributions(profile, position);
        List<String> details = new ArrayList<>();
        if (shares.isEmpty()) {
            return new Explanation("Matches the mood you described", List.of(), details);
        }
        Movie top = ranker.movieAt(ranker.position(shares.get(0).movieId()));
        float cosine = embeddings.similarity(ranker.position(top.movieId()), position);
        details.add("Text similarity to %s: %.2f".formatted(top.title(), cosine));
        List<String> keywords = shared(top.keywords(), movie.keywords());
        if (!keywords.isEmpty()) {
            details.add("Shares keywords with " + top.title() + ": " + String.join(", ", keywords.subList(0, Math.min(4, keywords.size()))));
        }
        List<String> genres = shared(top.genres(), movie.genres());
        if (!genres.isEmpty()) {
            details.add("Same genres: " + String.join(", ", genres));
        }
        if (movie.director() != null && movie.director().equals(top.director())) {
            details.add("Same director: " + movie.director());
        }
        if (profile.mood() != null) {
            details.add("Your mood sentence counts like one more liked movie");
        }
        String text = "Because you liked " + top.title() + (movie.director() != null && movie.director().equals(top.director())
                ? ": also directed by " + movie.director()
                : keywords.isEmpty() ? ": similar story and themes" : ": " + String.join(", ", keywords.subList(0, Math.min(2, keywords.size()))));
        List<Integer> becauseOf = shares.stream().filter(c -> c.share() > 0).limit(3).map(Contribution::movieId).toList();
        return new Explanation(text, becauseOf, details);
    }

    private List<Integer> withEmbedding(List<Integer> movieIds) {
        List<Integer> positions = new ArrayList<>();
        for (int id : movieIds) {
            int position = ranker.position(id);
            if (embeddings.has(position)) {
                positions.add(position);
            }
        }
        return positions;
    }

    private static List<String> shared(List<String> a, List<String> b) {
        Set<String> other = new HashSet<>(b);
        return a.stream().filter(other::contains).toList();
    }
}
