package com.reelwise.recommend;

import com.reelwise.catalog.Movie;
import com.reelwise.problems.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Explains one movie under one request from the numbers the method itself computes: its score
 * table for the request, the description the list would show, the list itself for the rank, and
 * the score table again without each liked movie for that movie's contribution (leave-one-out, so
 * "because you liked Heat" means "without Heat it would score lower", whatever the model).
 */
public final class MovieExplainer {

    private final Recommendations recommendations;
    private final CandidateRanker ranker;
    private final CollaborativeEvidence evidence;

    /**
     * @param evidence who liked what, or null when no ratings are loaded
     */
    public MovieExplainer(Recommendations recommendations, CandidateRanker ranker, CollaborativeEvidence evidence) {
        this.recommendations = recommendations;
        this.ranker = ranker;
        this.evidence = evidence;
    }

    /**
     * @throws InvalidInputException for a bad request, a missing or unknown movie id, or a movie the method cannot score
     * @throws MethodUnavailableException when the method's model is not ready
     */
    public MovieExplanation explain(RecommendationRequest request, Integer movieId) {
        if (movieId == null) {
            throw new InvalidInputException("Name the movie to explain with \"movieId\", e.g. {\"liked\":[1,2,3],\"movieId\":4}.");
        }
        int position = ranker.position(movieId);
        if (position < 0) {
            throw new InvalidInputException("Unknown movie id " + movieId + " in movieId; search for titles with /api/movies/search.");
        }
        RecommendationRequest valid = recommendations.validate(request);
        Recommender recommender = recommendations.recommender(valid.method());
        Movie movie = ranker.movieAt(position);
        ScoreTable table = recommender.score(valid);
        if (!table.canScore(position)) {
            throw new InvalidInputException("The " + valid.method().id() + " method cannot score " + movie.title() + ": "
                    + (valid.method() == Method.NCF ? "nobody here has rated it." : "it has no description yet.")
                    + " Try the hybrid method.");
        }
        Recommendation described = recommender.describe(valid, table, position);
        List<Recommendation> list = recommender.recommend(valid);
        Integer rank = null;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).movie().movieId() == movieId) {
                rank = i + 1;
            }
        }
        Set<Integer> own = own(valid.profile());
        int scoreRank = scoreRank(table.scores(), position, valid.filters(), own);
        Double cf = table.cfAt(position);
        Double content = table.contentAt(position);
        double total = Math.abs(cf == null ? 0 : cf) + Math.abs(content == null ? 0 : content);
        Double cfShare = cf == null && content == null ? null : total == 0 ? (cf != null && content == null ? 1.0 : 0.0) : Math.abs(cf == null ? 0 : cf) / total;
        return new MovieExplanation(movieId, movie.title(), valid.method().id(), table.scores()[position], cf, content,
                cfShare, cfShare == null ? null : 1 - cfShare, rank, scoreRank, rankNote(movie, rank, scoreRank, valid, own),
                described.explanation(), contributions(recommender, valid, table, position), collaborative(valid.profile(), movieId),
                contentLines(valid.profile(), movie), described.cluster());
    }

    private static Set<Integer> own(Profile profile) {
        Set<Integer> own = new HashSet<>(profile.liked());
        own.addAll(profile.disliked());
        own.addAll(profile.seen());
        return own;
    }

    /** 1 + how many movies the request allows score higher. */
    private int scoreRank(float[] scores, int position, Filters filters, Set<Integer> own) {
        int higher = 0;
        for (int p = 0; p < scores.length; p++) {
            if (scores[p] > scores[position] && !own.contains(ranker.movieAt(p).movieId()) && filters.accepts(ranker.movieAt(p))) {
                higher++;
            }
        }
        return higher + 1;
    }

    private static String rankNote(Movie movie, Integer rank, int scoreRank, RecommendationRequest request, Set<Integer> own) {
        if (own.contains(movie.movieId())) {
            return "Not listed: it is one of your own movies (liked, disliked or seen).";
        }
        if (!request.filters().accepts(movie)) {
            return "Not listed: your filters (genres, years or minimum ratings) exclude it.";
        }
        if (rank != null) {
            return "Number " + rank + " of the " + request.count() + " recommendations.";
        }
        return "Not in your top " + request.count() + ": by score it is number " + scoreRank
                + (request.diversity() > 0 ? ", and diversity re-ranking chose others." : ".");
    }

    private List<MovieExplanation.Contribution> contributions(Recommender recommender, RecommendationRequest request, ScoreTable table,
                                                             int position) {
        Profile profile = request.profile();
        List<MovieExplanation.Contribution> out = new ArrayList<>();
        for (int liked : profile.liked()) {
            List<Integer> rest = new ArrayList<>(profile.liked());
            rest.remove(Integer.valueOf(liked));
            Profile without = new Profile(rest, profile.disliked(), profile.seen(), profile.mood());
            String title = title(liked);
            try {
                ScoreTable other = recommender.score(request.with(without));
                if (!other.canScore(position)) {
                    out.add(new MovieExplanation.Contribution(liked, title, null, null, null, "Without it the method cannot score this movie."));
                    continue;
                }
                out.add(new MovieExplanation.Contribution(liked, title, (double) table.scores()[position] - other.scores()[position],
                        difference(table.cfAt(position), other.cfAt(position)), difference(table.contentAt(position), other.contentAt(position)),
                        null));
            } catch (InvalidInputException e) {
                out.add(new MovieExplanation.Contribution(liked, title, null, null, null, "Without it: " + e.getMessage()));
            }
        }
        out.sort(Comparator.comparing((MovieExplanation.Contribution c) -> c.delta() == null ? Double.NEGATIVE_INFINITY : c.delta())
                .reversed().thenComparingInt(MovieExplanation.Contribution::movieId));
        return out;
    }

    private static Double difference(Double with, Double without) {
        return with == null || without == null ? null : with - without;
    }

    private List<MovieExplanation.CollaborativeLine> collaborative(Profile profile, int movieId) {
        if (evidence == null) {
            return List.of();
        }
        List<MovieExplanation.CollaborativeLine> out = new ArrayList<>();
        for (int liked : profile.liked()) {
            int likers = evidence.likers(liked);
            int both = evidence.likedBoth(liked, movieId);
            double share = likers == 0 ? 0 : (double) both / likers;
            String text = likers == 0 ? "Nobody here rated " + title(liked) + " 4 stars or more"
                    : "Liked by %d%% of the %d people who liked %s".formatted(Math.round(100 * share), likers, title(liked));
            out.add(new MovieExplanation.CollaborativeLine(liked, title(liked), likers, both, share, text));
        }
        out.sort(Comparator.comparingDouble(MovieExplanation.CollaborativeLine::share).reversed()
                .thenComparingInt(MovieExplanation.CollaborativeLine::movieId));
        return out;
    }

    private List<MovieExplanation.ContentLine> contentLines(Profile profile, Movie movie) {
        EmbeddingMatrix embeddings = recommendations.contentEmbeddings().orElse(null);
        int position = ranker.position(movie.movieId());
        List<MovieExplanation.ContentLine> out = new ArrayList<>();
        for (int liked : profile.liked()) {
            Movie other = ranker.movieAt(ranker.position(liked));
            int otherPosition = ranker.position(liked);
            Double similarity = embeddings != null && embeddings.has(position) && embeddings.has(otherPosition)
                    ? (double) embeddings.similarity(position, otherPosition) : null;
            out.add(new MovieExplanation.ContentLine(liked, other.title(), similarity, shared(other.keywords(), movie.keywords()),
                    shared(other.genres(), movie.genres()),
                    movie.director() != null && movie.director().equals(other.director()) ? movie.director() : null));
        }
        out.sort(Comparator.comparing((MovieExplanation.ContentLine l) -> l.similarity() == null ? Double.NEGATIVE_INFINITY : l.similarity())
                .reversed().thenComparingInt(MovieExplanation.ContentLine::movieId));
        return out;
    }

    private String title(int movieId) {
        return ranker.movieAt(ranker.position(movieId)).title();
    }

    private static List<String> shared(List<String> a, List<String> b) {
        Set<String> other = new HashSet<>(b);
        return a.stream().filter(other::contains).toList();
    }
}
