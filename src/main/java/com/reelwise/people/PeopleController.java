package com.reelwise.people;

import com.reelwise.api.RecommendationBody;
import com.reelwise.api.RecommendationsResponse;
import com.reelwise.config.HybridProperties;
import com.reelwise.rating.StarPredictor;
import com.reelwise.recommend.MethodUnavailableException;
import com.reelwise.recommend.Profile;
import com.reelwise.recommend.RecommendationRequest;
import com.reelwise.recommend.Recommendations;
import com.reelwise.results.WatchChances;
import com.reelwise.training.StarModelManager;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Profiles over HTTP: create one, then read and change its lists with its key in {@value #KEY_HEADER}. */
@RestController
@RequestMapping("/api/profiles")
class PeopleController {

    static final String KEY_HEADER = "X-Profile-Key";

    private final ProfileStore store;
    private final Recommendations recommendations;
    private final double defaultAlpha;

    private final WatchChances chances;
    private final StarModelManager starModel;

    PeopleController(ProfileStore store, Recommendations recommendations, HybridProperties hybrid, WatchChances chances,
                     StarModelManager starModel) {
        this.starModel = starModel;
        this.store = store;
        this.chances = chances;
        this.recommendations = recommendations;
        this.defaultAlpha = hybrid.defaultAlpha();
    }

    record NewProfileBody(String name) {
    }

    record Created(UUID profileId, String key, String name) {
    }

    record ProfileView(UUID profileId, String name, List<Integer> liked, List<Integer> disliked, List<Integer> myFilms,
                       Map<Integer, Float> stars) {

        static ProfileView of(PersonLists lists) {
            return new ProfileView(lists.profileId(), lists.name(), lists.liked(), lists.disliked(), lists.myFilms(), lists.stars());
        }
    }

    /** {@code {"stars": 4.5}}; null stars clear the rating. */
    record StarsBody(Float stars) {
    }

    record VerdictBody(String verdict) {
    }

    record RenameBody(String name) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Created create(@RequestBody(required = false) NewProfileBody body) {
        NewProfile created = store.create(body == null ? null : body.name());
        return new Created(created.lists().profileId(), created.key(), created.lists().name());
    }

    @GetMapping("/{profileId}")
    ProfileView get(@PathVariable UUID profileId, @RequestHeader(name = KEY_HEADER, required = false) String key) {
        return ProfileView.of(store.open(profileId, key));
    }

    @PutMapping("/{profileId}/name")
    ProfileView rename(@PathVariable UUID profileId, @RequestHeader(name = KEY_HEADER, required = false) String key,
                       @RequestBody RenameBody body) {
        return ProfileView.of(store.rename(profileId, key, body.name()));
    }

    @PutMapping("/{profileId}/feedback/{movieId}")
    ProfileView feedback(@PathVariable UUID profileId, @PathVariable int movieId,
                         @RequestHeader(name = KEY_HEADER, required = false) String key, @RequestBody VerdictBody body) {
        Verdict verdict = Verdict.parse(body.verdict()).orElse(null);
        return ProfileView.of(store.setVerdict(profileId, key, movieId, verdict));
    }

    @PutMapping("/{profileId}/stars/{movieId}")
    ProfileView stars(@PathVariable UUID profileId, @PathVariable int movieId,
                      @RequestHeader(name = KEY_HEADER, required = false) String key, @RequestBody StarsBody body) {
        return ProfileView.of(store.setStars(profileId, key, movieId, body.stars()));
    }

    /**
     * @param predicted the stars the model predicts, or null while fewer than {@code needed} of the person's other star
     *                  ratings are of films people here rated
     * @param basedOn   how many of the person's star ratings it reads (the film's own is left out)
     */
    record PredictedStars(int movieId, Float predicted, int basedOn, int needed) {
    }

    @GetMapping("/{profileId}/stars/{movieId}/predicted")
    PredictedStars predictedStars(@PathVariable UUID profileId, @PathVariable int movieId,
                                  @RequestHeader(name = KEY_HEADER, required = false) String key) {
        PersonLists lists = store.open(profileId, key);
        StarPredictor model = starModel.predictor().orElseThrow(() -> new MethodUnavailableException(
                "The star model is not ready yet (it loads or trains in the background); see /api/models."));
        return new PredictedStars(movieId, model.starsForVisitor(lists.stars(), movieId).orElse(null), model.usable(lists.stars(), movieId),
                StarPredictor.ENOUGH);
    }

    @PutMapping("/{profileId}/films/{movieId}")
    ProfileView addFilm(@PathVariable UUID profileId, @PathVariable int movieId,
                        @RequestHeader(name = KEY_HEADER, required = false) String key) {
        return ProfileView.of(store.addFilm(profileId, key, movieId));
    }

    @DeleteMapping("/{profileId}/films/{movieId}")
    ProfileView removeFilm(@PathVariable UUID profileId, @PathVariable int movieId,
                           @RequestHeader(name = KEY_HEADER, required = false) String key) {
        return ProfileView.of(store.removeFilm(profileId, key, movieId));
    }

    @PostMapping("/{profileId}/recommendations")
    RecommendationsResponse recommend(@PathVariable UUID profileId, @RequestHeader(name = KEY_HEADER, required = false) String key,
                                      @RequestBody(required = false) RecommendationBody body) {
        PersonLists lists = store.open(profileId, key);
        RecommendationBody b = body == null ? new RecommendationBody() : body;
        RecommendationRequest request = b.toRequest(defaultAlpha, mergedProfile(lists, b));
        return RecommendationsResponse.of(recommendations.recommendList(request), request, chances);
    }

    /** Stored lists plus the request's; for this request the request's own verdict on a movie wins. */
    static Profile mergedProfile(PersonLists lists, RecommendationBody body) {
        Set<Integer> liked = new LinkedHashSet<>(lists.liked());
        Set<Integer> disliked = new LinkedHashSet<>(lists.disliked());
        List<Integer> askedLiked = orEmpty(body.liked);
        List<Integer> askedDisliked = orEmpty(body.disliked);
        askedLiked.forEach(disliked::remove);
        askedDisliked.forEach(liked::remove);
        liked.addAll(askedLiked);
        disliked.addAll(askedDisliked);
        return new Profile(List.copyOf(liked), List.copyOf(disliked), orEmpty(body.seen), body.mood);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
