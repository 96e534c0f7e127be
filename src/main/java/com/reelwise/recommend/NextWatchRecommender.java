package com.reelwise.recommend;

import com.reelwise.catalog.Movie;
import com.reelwise.problems.InvalidInputException;
import com.reelwise.sequence.SequenceScorer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * "Next watch": the sequential model reads the person's films in the order they came (picks in the order
 * given, then likes as they arrive) and scores every film it knows as the next one, in one forward pass.
 * The explanation names the film whose removal from the history lowers this one's score the most, measured
 * by scoring the history again without it (not attention weights, which are not explanations).
 */
public final class NextWatchRecommender implements Recommender {

    private final HistorySource source;
    private final CandidateRanker ranker;

    public NextWatchRecommender(SequenceScorer model, CandidateRanker ranker) {
        this(HistorySource.sequential(model, ranker), ranker);
    }

    /** Over a source another reader shares (the hybrid, when both read the same model), so it is indexed once. */
    public NextWatchRecommender(HistorySource source, CandidateRanker ranker) {
        this.source = source;
        this.ranker = ranker;
    }

    @Override
    public Method method() {
        return Method.NEXT;
    }

    @Override
    public List<Recommendation> recommend(RecommendationRequest request) {
        ScoreTable table = score(request);
        List<Integer> top = ranker.top(table.scores(), request, ItemSimilarity.GENRES_AND_KEYWORDS);
        List<Integer> history = source.history(request.profile());
        float[][] without = source.leavingEachOut(history);
        List<Recommendation> out = new ArrayList<>();
        for (int position : top) {
            out.add(describe(request, table, position, history, without));
        }
        return out;
    }

    @Override
    public ScoreTable score(RecommendationRequest request) {
        return ScoreTable.single(logits(request.profile()), true, false);
    }

    @Override
    public Recommendation describe(RecommendationRequest request, ScoreTable table, int position) {
        List<Integer> history = source.history(request.profile());
        return describe(request, table, position, history, source.leavingEachOut(history));
    }

    /**
     * Next-film logits by catalog position (NaN for films the model never saw).
     *
     * @throws InvalidInputException when none of the person's films is known to the model
     */
    public float[] logits(Profile profile) {
        return source.logits(profile);
    }

    private Recommendation describe(RecommendationRequest request, ScoreTable table, int position, List<Integer> history, float[][] without) {
        Movie movie = ranker.movieAt(position);
        float score = table.scores()[position];
        List<String> details = new ArrayList<>();
        details.add("Reads your liked movies in the order you added them; the latest count most");
        if (request.profile().mood() != null) {
            details.add("This method does not read the mood sentence; the hybrid and content methods do");
        }
        if (!request.profile().disliked().isEmpty()) {
            details.add("Dislikes only keep movies off the list here; the hybrid also learns from them");
        }
        int strongest = -1;
        double drop = 0;
        for (int k = 0; k < without.length; k++) {
            double d = score - without[k][position];
            if (d > drop) {
                drop = d;
                strongest = k;
            }
        }
        if (strongest < 0) {
            String text = history.size() == 1 ? "Because you liked " + title(history.get(0)) : "Fits the order of the movies you liked";
            return new Recommendation(movie, score, (double) score, null,
                    new Explanation(text, history.size() == 1 ? history : List.of(), details));
        }
        List<Integer> because = new ArrayList<>();
        Integer[] order = new Integer[without.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Float.compare(without[a][position], without[b][position]));
        for (int k : order) {
            if (score - without[k][position] > 0 && because.size() < 3) {
                because.add(history.get(k));
            }
        }
        String text = "Because you liked " + title(history.get(strongest)) + ", the movie in your history that moves it up most";
        return new Recommendation(movie, score, (double) score, null, new Explanation(text, because, details));
    }

    private String title(int movieId) {
        return ranker.movieAt(ranker.position(movieId)).title();
    }
}
