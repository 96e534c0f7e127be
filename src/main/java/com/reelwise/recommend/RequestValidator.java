package com.reelwise.recommend;

import com.reelwise.catalog.Catalog;
import com.reelwise.problems.InvalidInputException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a request against the catalog; every problem is reported as one sentence. */
public final class RequestValidator {

    public static final int MIN_LIKED = 3;
    public static final int MAX_MOVIES = 500;
    public static final int MAX_MOOD_CHARS = 500;

    private final Catalog catalog;
    private final Set<String> genres = new HashSet<>();

    public RequestValidator(Catalog catalog) {
        this.catalog = catalog;
        catalog.movies().forEach(m -> genres.addAll(m.genres()));
    }

    /** Returns the request with its mood cleaned of control characters, or throws {@link InvalidInputException}. */
    public RecommendationRequest validate(RecommendationRequest request) {
        Profile p = request.profile();
        if (p.liked().size() < MIN_LIKED) {
            throw new InvalidInputException("Name at least " + MIN_LIKED + " movies you like (got " + p.liked().size() + ").");
        }
        if (p.liked().size() + p.disliked().size() + p.seen().size() > MAX_MOVIES) {
            throw new InvalidInputException("A profile can hold at most " + MAX_MOVIES + " movies.");
        }
        requireKnown(p.liked(), "liked");
        requireKnown(p.disliked(), "disliked");
        requireKnown(p.seen(), "seen");
        Set<Integer> both = new HashSet<>(p.liked());
        both.retainAll(p.disliked());
        if (!both.isEmpty()) {
            throw new InvalidInputException("Movie " + both.iterator().next() + " is both liked and disliked; pick one.");
        }
        if (request.count() < 1 || request.count() > RecommendationRequest.MAX_COUNT) {
            throw new InvalidInputException("count must be between 1 and " + RecommendationRequest.MAX_COUNT + " (got " + request.count() + ").");
        }
        requireUnit(request.alpha(), "alpha");
        requireUnit(request.diversity(), "diversity");
        requireUnit(request.discovery(), "discovery");
        Filters f = request.filters();
        if (f.yearFrom() != null && f.yearTo() != null && f.yearFrom() > f.yearTo()) {
            throw new InvalidInputException("yearFrom (" + f.yearFrom() + ") is after yearTo (" + f.yearTo() + ").");
        }
        if (f.minRatings() < 0) {
            throw new InvalidInputException("minRatings cannot be negative.");
        }
        for (String genre : f.genres()) {
            if (!genres.contains(genre)) {
                throw new InvalidInputException("Unknown genre '" + genre + "'; known genres are " + genres.stream().sorted().toList() + ".");
            }
        }
        String mood = cleanMood(p.mood());
        return new RecommendationRequest(new Profile(p.liked(), p.disliked(), p.seen(), mood), request.method(), f,
                request.count(), request.alpha(), request.diversity(), request.clusterMode(), request.discovery());
    }

    private void requireKnown(List<Integer> ids, String field) {
        for (Integer id : ids) {
            if (id == null || catalog.byId(id).isEmpty()) {
                throw new InvalidInputException("Unknown movie id " + id + " in " + field + "; search for titles with /api/movies/search.");
            }
        }
    }

    private static void requireUnit(double value, String field) {
        if (!(value >= 0 && value <= 1)) {
            throw new InvalidInputException(field + " must be between 0 and 1 (got " + value + ").");
        }
    }

    /** Control characters are dropped (they carry no mood); over-long text is refused, not cut silently. */
    static String cleanMood(String mood) {
        if (mood == null) {
            return null;
        }
        String clean = mood.codePoints().filter(c -> !Character.isISOControl(c) || c == '\n')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (clean.length() > MAX_MOOD_CHARS) {
            throw new InvalidInputException("The mood text is " + clean.length() + " characters; keep it under " + MAX_MOOD_CHARS + ".");
        }
        return clean.isEmpty() ? null : clean;
    }
}
