package com.reelwise.recommend;

import java.util.List;

/**
 * Everything behind one movie's score for one request, read from the scoring code itself.
 *
 * @param movieId       the movie explained
 * @param title         its title
 * @param method        the method that scored it
 * @param score         its score, on the method's scale (the one lists are ordered by)
 * @param cfScore       the collaborative part of the score, or null when the method has none
 * @param contentScore  the content part of the score, or null when the method has none
 * @param cfShare       |cf| / (|cf| + |content|), or null when the method has neither part
 * @param contentShare  1 − cfShare, or null likewise
 * @param rank          1-based place in the list this request returns, or null when it is not in it
 * @param scoreRank     1-based place among all movies the request allows, by score alone (MMR may reorder the list)
 * @param rankNote      why it is or is not in the list, as a sentence
 * @param explanation   the explanation the list shows for it
 * @param contributions each liked movie's contribution, largest first
 * @param collaborative who liked both it and each liked movie (when ratings are loaded)
 * @param content       what it shares with each liked movie (when the content model is loaded)
 * @param cluster       its cluster's label when the method is cluster, else null
 */
public record MovieExplanation(int movieId, String title, String method, double score, Double cfScore, Double contentScore,
                               Double cfShare, Double contentShare, Integer rank, int scoreRank, String rankNote,
                               Explanation explanation, List<Contribution> contributions, List<CollaborativeLine> collaborative,
                               List<ContentLine> content, String cluster) {

    /**
     * What one liked movie adds: the score minus the score the same method gives when that movie is
     * left out of {@code liked} (everything else unchanged), computed by scoring again.
     *
     * @param delta        score − score without it; null when the method cannot score without it ({@code note} says why)
     * @param cfDelta      the same for the collaborative part, or null
     * @param contentDelta the same for the content part, or null
     */
    public record Contribution(int movieId, String title, Double delta, Double cfDelta, Double contentDelta, String note) {
    }

    /** "Liked by 78% of the 143 people who liked Heat": {@code likedBoth} of the {@code likers} of the liked movie. */
    public record CollaborativeLine(int movieId, String title, int likers, int likedBoth, double share, String text) {
    }

    /**
     * What the explained movie shares with one liked movie.
     *
     * @param similarity cosine of the two text embeddings, or null when either has none
     */
    public record ContentLine(int movieId, String title, Double similarity, List<String> sharedKeywords, List<String> sharedGenres,
                              String sameDirector) {
    }
}
