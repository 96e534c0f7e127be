package com.reelwise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.reelwise.catalog.TestMovies.movie;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.raters.ExistingUsers;
import com.reelwise.raters.RatedMovie;
import com.reelwise.raters.UserPick;
import com.reelwise.rating.AutoRecConfig;
import com.reelwise.rating.RatingData;
import com.reelwise.rating.StarArtifact;
import com.reelwise.rating.StarPredictor;
import com.reelwise.rating.TrainStars;
import com.reelwise.ratings.Ratings;
import com.reelwise.recommend.CandidateRanker;
import com.reelwise.recommend.Explanation;
import com.reelwise.recommend.Method;
import com.reelwise.recommend.PopularRecommender;
import com.reelwise.recommend.Recommendation;
import com.reelwise.recommend.Recommendations;
import com.reelwise.recommend.Recommender;
import com.reelwise.recommend.RequestValidator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.QueryParameters;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Existing-user mode without a browser, on generated ratings (the real-data check is in {@link UsersRealDataTest}). */
class UsersViewTest {

    private final Catalog catalog = catalog();
    // User 7 rated movies 1-4, user 8 rated 2 and 5; rows are in file order.
    private final Ratings ratings = Ratings.fromRawIds(new int[] {7, 7, 8, 7, 7, 8}, new int[] {1, 2, 2, 3, 4, 5},
            new float[] {5f, 4.5f, 3f, 1f, 4f, 2f}, new long[] {100, 200, 300, 400, 500, 600});
    private Recommendations recommendations;

    private static Catalog catalog() {
        List<Movie> movies = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            movies.add(movie(i, "Film " + i, 1990 + i, 200 - i, i % 2 == 0 ? "Drama" : "Comedy"));
        }
        return Catalog.of(movies);
    }

    /** A stand-in that ignores the profile and returns the catalog in order, rated or not: the page must drop the rated ones. */
    private record Careless(Catalog catalog, Method method) implements Recommender {

        @Override
        public List<Recommendation> recommend(com.reelwise.recommend.RecommendationRequest request) {
            return catalog.movies().stream().limit(request.count())
                    .map(m -> new Recommendation(m, 1.0 / m.movieId(), null, 1.0, new Explanation("because", List.of(), List.of()))).toList();
        }
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes(), UI::new);
        recommendations = new Recommendations(new RequestValidator(catalog),
                List.of(new PopularRecommender(catalog, new CandidateRanker(catalog)), new Careless(catalog, Method.CONTENT)),
                Map.of(Method.NCF, "The neural CF model is being trained on ml-latest-small; this takes a few minutes."));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private UsersView open(String user) {
        return open(user, null);
    }

    private UsersView open(String user, StarPredictor stars) {
        UsersView view = new UsersView(new ExistingUsers(ratings, catalog, recommendations, () -> null, () -> Optional.ofNullable(stars)));
        UI.getCurrent().add(view);
        view.open(QueryParameters.simple(Map.of("user", user)));
        return view;
    }

    private String status() {
        return _get(Paragraph.class, spec -> spec.withClasses("user-status")).getText();
    }

    @SuppressWarnings("unchecked")
    private List<RatedMovie> history() {
        Grid<RatedMovie> grid = _get(Grid.class, spec -> spec.withClasses("user-history"));
        return GridKt._findAll(grid);
    }

    @SuppressWarnings("unchecked")
    private List<UserPick> picks() {
        Grid<UserPick> grid = _get(Grid.class, spec -> spec.withClasses("user-picks"));
        return GridKt._findAll(grid);
    }

    @Test
    void historyIsTheUsersOwnRatingsNewestFirst() {
        open("7");

        assertThat(history()).extracting(r -> r.movie().movieId(), RatedMovie::rating)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, 4f), org.assertj.core.groups.Tuple.tuple(3, 1f),
                        org.assertj.core.groups.Tuple.tuple(2, 4.5f), org.assertj.core.groups.Tuple.tuple(1, 5f));
        assertThat(status()).isEqualTo("User 7 rated 4 movies, 3.6 stars on average.");
    }

    @Test
    void anUnknownUserGetsASentence() {
        open("9999");

        assertThat(status()).isEqualTo("There is no MovieLens user 9999 here; pick an id from 7 to 8.");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Grid.class, spec -> spec.withClasses("user-history"))).isEmpty();
    }

    @Test
    void aUserIdThatIsNotANumberGetsASentence() {
        open("seven");

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("user-status")).getText())
                .isEqualTo("“seven” is not a user id; ids are whole numbers.");
    }

    @Test
    void everyMethodLeavesOutWhatTheUserRated() {
        UsersView view = open("7");
        for (Method method : List.of(Method.POPULAR, Method.CONTENT)) {
            view.selectMethod(method);

            assertThat(picks()).as(method.id()).hasSize(UsersView.RECOMMENDATIONS)
                    .extracting(p -> p.movie().movieId()).doesNotContain(1, 2, 3, 4);
        }
        assertThat(picks().get(0).movie().movieId()).isEqualTo(5);
    }

    @Test
    void everyMethodHasATabNamedAsOnTheRecommendPage() {
        open("7");
        List<String> tabs = com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.tabs.Tab.class).stream().map(com.vaadin.flow.component.tabs.Tab::getLabel).toList();
        // an unnamed tab was left for the next-watch method when the labels lived here and in RecommendView apart
        assertThat(tabs).containsExactlyElementsOf(java.util.Arrays.stream(Method.values()).map(MethodLabels::of).toList())
                .allSatisfy(label -> assertThat(label).isNotBlank());
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePicksShowTheirPlaceNotAMethodsRawScore() {
        open("7");
        Grid<UserPick> grid = _get(Grid.class, spec -> spec.withClasses("user-picks"));
        assertThat(grid.getColumns()).extracting(c -> grid.getHeaderRows().get(0).getCell(c).getText()).contains("Place").doesNotContain("Score");
        for (int row = 0; row < picks().size(); row++) {
            assertThat(GridKt._getFormattedRow(grid, row).get(2)).isEqualTo(String.valueOf(row + 1));
        }
    }

    @Test
    void aMethodThatIsNotReadySaysWhy() {
        UsersView view = open("7");

        view.selectMethod(Method.NCF);

        assertThat(picks()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("method-status")).getText()).isEqualTo("The neural CF model is being trained on ml-latest-small; this takes a few minutes.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void predictedStarsStandBesideEachRatingAndEachPickAndADashWithoutTheModel(@TempDir Path dir) {
        Path saved = TrainStars.train(ratings, "tiny", dir, new AutoRecConfig(8, 1f, 1e-2f, 4, 5, 0, 3), false,
                Clock.fixed(Instant.parse("2026-12-05T12:00:00Z"), ZoneOffset.UTC)).dir();
        StarPredictor stars = new StarPredictor(StarArtifact.load(saved, RatingData.of(ratings)), ratings);
        open("7", stars).selectMethod(Method.POPULAR);

        Grid<RatedMovie> history = _get(Grid.class, spec -> spec.withClasses("user-history"));
        int column = headers(history).indexOf("Model's stars");
        assertThat(column).isPositive();
        for (int row = 0; row < history().size(); row++) {
            float expected = stars.stars(7, history().get(row).movie().movieId()).orElseThrow();
            assertThat(GridKt._getFormattedRow(history, row).get(column)).isEqualTo(String.format(Locale.ROOT, "%.1f ★", expected));
        }
        Grid<UserPick> picks = _get(Grid.class, spec -> spec.withClasses("user-picks"));
        int predicted = headers(picks).indexOf("Predicted stars");
        assertThat(picks().get(0).stars()).isEqualTo(stars.stars(7, picks().get(0).movie().movieId()).orElseThrow());
        assertThat(GridKt._getFormattedRow(picks, 0).get(predicted)).endsWith("★");

        MockVaadin.tearDown();
        MockVaadin.setup(new Routes(), UI::new);
        open("7");
        Grid<RatedMovie> without = _get(Grid.class, spec -> spec.withClasses("user-history"));
        assertThat(GridKt._getFormattedRow(without, 0).get(headers(without).indexOf("Model's stars"))).isEqualTo("–");
    }

    private static List<String> headers(Grid<?> grid) {
        return grid.getColumns().stream().map(c -> grid.getHeaderRows().get(0).getCell(c).getText()).toList();
    }

    @Test
    void typingAnotherIdShowsThatUser() {
        open("7");

        HasValueUtilsKt._setValue(_get(IntegerField.class), 8);

        assertThat(history()).extracting(r -> r.movie().movieId()).containsExactly(5, 2);
    }
}
