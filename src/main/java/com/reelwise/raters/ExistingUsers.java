package com.reelwise.raters;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.ncf.NeuMfRecommender;
import com.reelwise.problems.InvalidInputException;
import com.reelwise.rating.StarPredictor;
import com.reelwise.ratings.Ratings;
import com.reelwise.recommend.Filters;
import com.reelwise.recommend.Method;
import com.reelwise.recommend.MethodUnavailableException;
import com.reelwise.recommend.Profile;
import com.reelwise.recommend.Recommendation;
import com.reelwise.recommend.RecommendationRequest;
import com.reelwise.recommend.Recommendations;
import com.reelwise.recommend.RequestValidator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Existing-user mode: a MovieLens user's rating history and their recommendations from every method.
 * NCF scores a known user with the embedding NeuMF learned for them (no fold-in); the other methods
 * see the user as a profile built from their ratings. Nothing the user already rated is recommended.
 */
public final class ExistingUsers {

    /** Ratings at or above this count as liked, at or below {@link #DISLIKED_AT_MOST} as disliked. */
    static final float LIKED_AT_LEAST = 4.0f;
    static final float DISLIKED_AT_MOST = 2.0f;
    /** The profile keeps the best-rated movies first: the validator caps a profile at {@link RequestValidator#MAX_MOVIES}. */
    static final int MAX_LIKED = 300;
    static final int MAX_DISLIKED = 100;

    private final Ratings ratings;
    private final Catalog catalog;
    private final Recommendations recommendations;
    private final Supplier<NeuMfRecommender> neuMf;
    private final Supplier<Optional<StarPredictor>> stars;
    private final Map<Integer, int[]> rowsByUser = new HashMap<>();

    /**
     * @param neuMf the NeuMF model, or a supplier of null while it loads or trains
     * @param stars the star model, empty while it loads or trains
     */
    public ExistingUsers(Ratings ratings, Catalog catalog, Recommendations recommendations, Supplier<NeuMfRecommender> neuMf,
                         Supplier<Optional<StarPredictor>> stars) {
        this.ratings = ratings;
        this.catalog = catalog;
        this.recommendations = recommendations;
        this.neuMf = neuMf;
        this.stars = stars;
        int[] counts = new int[ratings.users().size()];
        for (int row = 0; row < ratings.size(); row++) {
            counts[ratings.userIndex(row)]++;
        }
        int[][] rows = new int[counts.length][];
        for (int u = 0; u < counts.length; u++) {
            rows[u] = new int[counts[u]];
        }
        int[] filled = new int[counts.length];
        for (int row = 0; row < ratings.size(); row++) {
            int u = ratings.userIndex(row);
            rows[u][filled[u]++] = row;
        }
        for (int u = 0; u < rows.length; u++) {
            rowsByUser.put(ratings.users().idAt(u), rows[u]);
        }
    }

    /** Every MovieLens user id, ascending. */
    public List<Integer> userIds() {
        return IntStream.range(0, ratings.users().size()).map(i -> ratings.users().idAt(i)).sorted().boxed().toList();
    }

    public boolean exists(int userId) {
        return rowsByUser.containsKey(userId);
    }

    /** The sentence shown for an id that is not a MovieLens user here. */
    public String unknownUser(long userId) {
        if (rowsByUser.isEmpty()) {
            return "No MovieLens ratings are loaded, so there are no users to pick; see data/README.md.";
        }
        List<Integer> ids = userIds();
        return "There is no MovieLens user " + userId + " here; pick an id from " + ids.get(0) + " to " + ids.get(ids.size() - 1) + ".";
    }

    /** The user's ratings, newest first; empty when the user is unknown. */
    public Optional<List<RatedMovie>> history(int userId) {
        int[] rows = rowsByUser.get(userId);
        if (rows == null) {
            return Optional.empty();
        }
        Map<Integer, Float> predicted = probabilities(userId);
        Optional<StarPredictor> model = stars.get();
        List<RatedMovie> history = new ArrayList<>();
        for (int row : rows) {
            int movieId = ratings.movies().idAt(ratings.movieIndex(row));
            catalog.byId(movieId).ifPresent(movie -> history.add(new RatedMovie(movie, ratings.value(row), ratings.timestamp(row),
                    predicted.get(movieId), model.flatMap(m -> m.stars(userId, movieId)).orElse(null))));
        }
        history.sort(Comparator.comparingLong(RatedMovie::ratedAt).reversed().thenComparing(r -> r.movie().movieId()));
        return Optional.of(history);
    }

    /**
     * The user as a profile: liked (4 stars and up, best first), disliked (2 and below), the rest seen.
     * Someone who never gave 4 stars likes their best-rated movies.
     */
    public Profile profile(int userId) {
        List<RatedMovie> history = history(userId).orElseThrow(() -> new IllegalArgumentException(unknownUser(userId)));
        List<RatedMovie> best = history.stream()
                .sorted(Comparator.comparingDouble((RatedMovie r) -> -r.rating()).thenComparing(r -> -r.ratedAt())).toList();
        List<Integer> liked = new ArrayList<>();
        List<Integer> disliked = new ArrayList<>();
        List<Integer> seen = new ArrayList<>();
        for (RatedMovie r : best) {
            int id = r.movie().movieId();
            boolean mustLike = liked.size() < RequestValidator.MIN_LIKED;
            if ((r.rating() >= LIKED_AT_LEAST || mustLike) && liked.size() < MAX_LIKED) {
                liked.add(id);
            } else if (r.rating() <= DISLIKED_AT_MOST && disliked.size() < MAX_DISLIKED) {
                disliked.add(id);
            } else if (liked.size() + disliked.size() + seen.size() < RequestValidator.MAX_MOVIES) {
                seen.add(id);
            }
        }
        int room = RequestValidator.MAX_MOVIES - liked.size() - disliked.size();
        return new Profile(liked, disliked, seen.subList(0, Math.min(seen.size(), Math.max(0, room))), null);
    }

    /**
     * The user's top {@code count} movies from {@code method}, never one they rated.
     *
     * @throws MethodUnavailableException when the method's model is not ready, with the sentence that says why
     * @throws IllegalArgumentException   when the user is unknown
     */
    public List<UserPick> recommend(int userId, Method method, int count) {
        Set<Integer> rated = ratedMovies(userId);
        if (method == Method.NCF) {
            return byOwnEmbedding(userId, count, rated);
        }
        Map<Integer, Float> probabilities = probabilities(userId);
        Optional<StarPredictor> model = stars.get();
        // Long histories are cut to fit a profile, so ask for the most and drop whatever the user rated.
        RecommendationRequest request = new RecommendationRequest(profile(userId), method, Filters.NONE, RecommendationRequest.MAX_COUNT, 0.5, 0.0);
        List<UserPick> picks = new ArrayList<>();
        for (Recommendation r : recommendations.recommend(request)) {
            if (!rated.contains(r.movie().movieId()) && picks.size() < count) {
                picks.add(new UserPick(r.movie(), r.score(), probabilities.get(r.movie().movieId()), r.explanation().text(),
                        model.flatMap(m -> m.stars(userId, r.movie().movieId())).orElse(null)));
            }
        }
        return picks;
    }

    private List<UserPick> byOwnEmbedding(int userId, int count, Set<Integer> rated) {
        NeuMfRecommender model = neuMf.get();
        if (model == null) {
            String why = recommendations.whyUnavailable(Method.NCF);
            throw new MethodUnavailableException(why != null ? why : "The neural CF model is still loading.");
        }
        if (!model.knowsUser(userId)) {
            throw new MethodUnavailableException("The neural CF model was trained without user " + userId + "; pick another method.");
        }
        float[] scores = model.scoresForUser(userId);
        Optional<StarPredictor> starModel = stars.get();
        List<UserPick> picks = new ArrayList<>();
        for (com.reelwise.ncf.MovieProbability r : model.top(scores, count + rated.size(), rated)) {
            Optional<Movie> movie = catalog.byId(r.movieId());
            if (movie.isPresent() && picks.size() < count) {
                picks.add(new UserPick(movie.get(), r.probability(), r.probability(),
                        "Neural CF, from the taste NeuMF learned for user " + userId + " in training",
                        starModel.flatMap(m -> m.stars(userId, r.movieId())).orElse(null)));
            }
        }
        return picks;
    }

    /**
     * The star model's stars for a user and movie, with the user's own rating when they gave one.
     *
     * @throws InvalidInputException      when the user is unknown
     * @throws MethodUnavailableException when the star model is not ready, with the sentence that says why
     */
    public UserStars stars(int userId, Movie movie) {
        int[] rows = rowsByUser.get(userId);
        if (rows == null) {
            throw new InvalidInputException(unknownUser(userId));
        }
        StarPredictor model = stars.get().orElseThrow(() -> new MethodUnavailableException(
                "The star model is not ready yet (it loads or trains in the background); see /api/models."));
        Float given = null;
        for (int row : rows) {
            if (ratings.movies().idAt(ratings.movieIndex(row)) == movie.movieId()) {
                given = ratings.value(row);
            }
        }
        return new UserStars(userId, movie.movieId(), movie.title(), model.stars(userId, movie.movieId()).orElseThrow(), given);
    }

    private Set<Integer> ratedMovies(int userId) {
        int[] rows = rowsByUser.get(userId);
        if (rows == null) {
            throw new InvalidInputException(unknownUser(userId));
        }
        Set<Integer> rated = new HashSet<>();
        for (int row : rows) {
            rated.add(ratings.movies().idAt(ratings.movieIndex(row)));
        }
        return rated;
    }

    /** NeuMF's probability per movie id for a known user; empty when the model is not ready or never saw the user. */
    private Map<Integer, Float> probabilities(int userId) {
        NeuMfRecommender model = neuMf.get();
        if (model == null || !model.knowsUser(userId)) {
            return Map.of();
        }
        float[] scores = model.scoresForUser(userId);
        int[] ids = model.movieIds();
        Map<Integer, Float> byMovie = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            byMovie.put(ids[i], scores[i]);
        }
        return byMovie;
    }
}
