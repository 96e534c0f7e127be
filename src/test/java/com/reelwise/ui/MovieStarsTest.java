package com.reelwise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.people.PersonLists;
import com.reelwise.rating.AutoRecConfig;
import com.reelwise.rating.RatingData;
import com.reelwise.rating.StarArtifact;
import com.reelwise.rating.StarPredictor;
import com.reelwise.rating.TrainStars;
import com.reelwise.ratings.Ratings;
import com.reelwise.recommend.CandidateRanker;
import com.reelwise.recommend.MoreLikeThis;
import com.reelwise.recommend.Recommendations;
import com.reelwise.recommend.RequestValidator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A visitor's own stars on a film's page, and the stars the model predicts once they have rated enough films. */
class MovieStarsTest {

    private static final int FILMS = 8;
    private final Catalog catalog = catalog();
    private InMemoryProfileStore store;
    private final ProfileCookie cookie = new ProfileCookie(new ProfileCookie.Settings("Lax", false));

    private static Catalog catalog() {
        List<Movie> movies = new ArrayList<>();
        for (int id = 1; id <= FILMS; id++) {
            movies.add(new Movie(id, 100 + id, "tt000000" + id, "Film " + id, List.of(), 1990 + id, List.of("Drama"), "About film " + id + ".",
                    null, List.of(), List.of(), null, List.of(), null, 10, 3.5, 100));
        }
        return Catalog.of(movies);
    }

    /** Twelve people: the first six love odd films and dislike even ones, the other six the reverse. */
    private static Ratings ratings() {
        List<int[]> rows = new ArrayList<>();
        List<Float> stars = new ArrayList<>();
        for (int user = 1; user <= 12; user++) {
            for (int film = 1; film <= FILMS; film++) {
                boolean loves = (film % 2 == 1) == (user <= 6);
                rows.add(new int[] {user, film});
                stars.add(loves ? 5f : 1.5f);
            }
        }
        float[] s = new float[stars.size()];
        long[] t = new long[stars.size()];
        for (int k = 0; k < s.length; k++) {
            s[k] = stars.get(k);
            t[k] = k;
        }
        return Ratings.fromRawIds(rows.stream().mapToInt(r -> r[0]).toArray(), rows.stream().mapToInt(r -> r[1]).toArray(), s, t);
    }

    @BeforeEach
    void setUp() {
        mockUi();
        store = new InMemoryProfileStore(catalog);
    }

    private static void mockUi() {
        MockVaadin.setup(new Routes(new java.util.HashSet<>(java.util.Set.of(MovieView.class)), new java.util.HashSet<>(), true), UI::new);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private MovieView open(int movieId, StarPredictor stars) {
        Recommendations recommendations = new Recommendations(new RequestValidator(catalog), List.of(), Map.of());
        MovieView view = new MovieView(catalog, new MoreLikeThis(new CandidateRanker(catalog), recommendations), store, cookie,
                () -> Optional.ofNullable(stars));
        view.setParameter(null, movieId);
        UI.getCurrent().add(view);
        return view;
    }

    private static String predicted() {
        return _get(Paragraph.class, spec -> spec.withClasses("predicted-stars")).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void starsAreSavedAndAPredictionFollowsTheVisitorsTasteOnceThereAreEnough(@TempDir Path dir) {
        Ratings ratings = ratings();
        Path saved = TrainStars.train(ratings, "tiny", dir, new AutoRecConfig(4, 1f, 1e-2f, 4, 3, 0, 1), false, Clock.systemUTC()).dir();
        StarPredictor stars = new StarPredictor(StarArtifact.load(saved, RatingData.of(ratings)), ratings);

        open(1, null);
        assertThat(predicted()).isEqualTo("Predicted stars for you: the star model is still loading.");
        MockVaadin.tearDown();
        mockUi();

        open(1, stars);
        assertThat(predicted()).isEqualTo("Give stars to 5 more films that people here rated, and this page predicts how many you would give this one.");
        Select<Float> own = _get(Select.class, spec -> spec.withClasses("own-stars"));
        HasValueUtilsKt._setValue(own, 4f);
        // the film's own stars never count towards its prediction
        assertThat(predicted()).startsWith("Give stars to 5 more films");
        PersonLists lists = store.only();
        assertThat(lists.stars()).containsExactly(Map.entry(1, 4f));

        // the visitor loves odd films: three more of them and one even film, rated on their own pages
        for (int film : new int[] {3, 5, 7, 2}) {
            store.setStars(lists.profileId(), null, film, film % 2 == 1 ? 5f : 1f);
        }
        HasValueUtilsKt._setValue(own, 4.5f);
        assertThat(predicted()).isEqualTo("Give stars to 1 more film that people here rated, and this page predicts how many you would give this one.");

        store.setStars(lists.profileId(), null, 4, 1f);
        HasValueUtilsKt._setValue(own, 4f);
        Map<Integer, Float> given = store.only().stars();
        assertThat(given).containsOnlyKeys(1, 2, 3, 4, 5, 7).containsEntry(1, 4f);
        float odd = stars.starsForVisitor(given, 1).orElseThrow();
        float even = stars.starsForVisitor(given, 6).orElseThrow();
        assertThat(odd).isGreaterThan(even + 1);
        assertThat(predicted()).startsWith(String.format(java.util.Locale.ROOT, "Predicted for you: %.1f ★, from your stars for 5 other films", odd));
    }
}
