package com.reelwise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.reelwise.catalog.TestMovies.movie;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.config.HybridProperties;
import com.reelwise.recommend.Explanation;
import com.reelwise.recommend.Method;
import com.reelwise.recommend.Recommendation;
import com.reelwise.recommend.RecommendationRequest;
import com.reelwise.recommend.Recommendations;
import com.reelwise.recommend.Recommender;
import com.reelwise.recommend.RequestValidator;
import com.reelwise.search.TitleSearch;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The recommend page's examples, live sliders, card feedback and My films, without a browser (Karibu-Testing). */
class RecommendPageTest {

    private final Catalog catalog = Catalog.of(List.of(movie(4226, "Memento", 2000, 100, "Thriller"),
            movie(48780, "The Prestige", 2006, 90, "Drama"), movie(58559, "The Dark Knight", 2008, 120, "Action"),
            movie(79132, "Inception", 2010, 110, "Sci-Fi"), movie(1, "Heat", 1995, 80, "Crime"), movie(2, "Ronin", 1998, 50, "Crime"),
            movie(3, "Thief", 1981, 40, "Crime"), movie(5, "Amelie", 2001, 70, "Comedy"), movie(6, "Alien", 1979, 60, "Horror")));

    /** Stands in for the hybrid: ranks by id, upwards when α leans to content, downwards when it leans to people. */
    private static final class AlphaOrdered implements Recommender {
        private final Catalog catalog;

        AlphaOrdered(Catalog catalog) {
            this.catalog = catalog;
        }

        @Override
        public Method method() {
            return Method.HYBRID;
        }

        @Override
        public List<Recommendation> recommend(RecommendationRequest request) {
            Comparator<Movie> byId = Comparator.comparingInt(Movie::movieId);
            return catalog.movies().stream()
                    .filter(m -> !request.profile().liked().contains(m.movieId()) && !request.profile().disliked().contains(m.movieId()))
                    .sorted(request.alpha() < 0.5 ? byId : byId.reversed()).limit(request.count())
                    .map(m -> new Recommendation(m, 1.0, request.alpha(), 1 - request.alpha(),
                            new Explanation("Because you liked " + catalog.byId(request.profile().liked().get(0)).orElseThrow().title(),
                                    request.profile().liked(), List.of("Shared keywords: dreams"))))
                    .toList();
        }
    }

    private TitleSearch search;
    private InMemoryProfileStore store;
    private final ProfileCookie cookie = new ProfileCookie(new ProfileCookie.Settings("Lax", false));

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes(new java.util.HashSet<>(java.util.Set.of(RecommendView.class, MyFilmsView.class)), new java.util.HashSet<>(), true), UI::new);
        search = new TitleSearch(catalog);
        store = new InMemoryProfileStore(catalog);
    }

    private RecommendView open() {
        return open(com.reelwise.results.WatchChances.none());
    }

    private RecommendView open(com.reelwise.results.WatchChances chances) {
        Recommendations recommendations = new Recommendations(new RequestValidator(catalog), List.of(new AlphaOrdered(catalog)), Map.of());
        RecommendView view = new RecommendView(search, recommendations, catalog, store, cookie, new ExampleProfiles(catalog), new HybridProperties(0.5), chances);
        UI.getCurrent().add(view);
        return view;
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        search.close();
    }

    private List<Integer> shownIds() {
        return _find(RecommendationCard.class).stream().map(c -> c.recommendation().movie().movieId()).toList();
    }

    private List<String> chipTitles() {
        return _find(Span.class, spec -> spec.withClasses("chip")).stream()
                .map(chip -> ((Span) chip.getChildren().findFirst().orElseThrow()).getText()).toList();
    }

    @SuppressWarnings("unchecked")
    private void pick(int movieId) {
        HasValueUtilsKt._setValue(_get(ComboBox.class, spec -> spec.withLabel("Movies you love")), catalog.byId(movieId).orElseThrow());
    }

    private void click(String text) {
        ButtonKt._click(_get(Button.class, spec -> spec.withText(text)));
    }

    private void clickLabelled(String ariaLabel) {
        ButtonKt._click(_find(Button.class).stream().filter(b -> ariaLabel.equals(b.getAriaLabel().orElse(null))).findFirst().orElseThrow());
    }

    @Test
    void disabledButtonSaysWhyBesideIt() {
        open();
        pick(1);

        assertThat(_get(Button.class, spec -> spec.withText("Recommend")).isEnabled()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("go-reason")).getText()).isEqualTo("Pick 2 more movies you love to get recommendations.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePickerSaysWhenNothingMatchesAndWhenAFilmIsPickedTwice() {
        open();
        ComboBox<Movie> picker = _get(ComboBox.class, spec -> spec.withLabel("Movies you love"));

        com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput(picker, "qwxzqwxz");
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(picker)).isEmpty();
        assertThat(picker.getHelperText()).isEqualTo("No film here matches \u201cqwxzqwxz\u201d.");

        com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput(picker, "memento");
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(picker)).isNotEmpty();
        assertThat(picker.getHelperText()).isNull();

        pick(4226);
        pick(4226);
        assertThat(chipTitles()).containsExactly("Memento (2000)");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("status")).getText()).isEqualTo("Memento (2000) is already in your picks.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMoodCountsItsCharactersAndAMethodThatIgnoresItSaysSo() {
        Recommendations recommendations = new Recommendations(new RequestValidator(catalog),
                List.of(new AlphaOrdered(catalog), new com.reelwise.recommend.PopularRecommender(catalog, new com.reelwise.recommend.CandidateRanker(catalog))),
                Map.of());
        UI.getCurrent().add(new RecommendView(search, recommendations, catalog, store, cookie, new ExampleProfiles(catalog), new HybridProperties(0.5), com.reelwise.results.WatchChances.none()));
        TextField mood = _get(TextField.class, spec -> spec.withLabel("In the mood for (optional)"));

        HasValueUtilsKt._setValue(mood, "something tense");
        assertThat(mood.getHelperText()).isEqualTo("15 / 500 characters");

        click("Nolan");
        HasValueUtilsKt._setValue(_get(com.vaadin.flow.component.select.Select.class, spec -> spec.withLabel("Method")), Method.POPULAR);
        click("Recommend");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("status")).getText())
                .endsWith("(this method does not read the mood sentence; the hybrid and content methods do)");

        HasValueUtilsKt._setValue(_get(com.vaadin.flow.component.select.Select.class, spec -> spec.withLabel("Method")), Method.HYBRID);
        click("Recommend");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("status")).getText()).isEqualTo("Because of what you picked:");
    }

    @Test
    void eachCardSaysHowOftenPeopleWatchedTheFilmAtItsPlaceAndNoMeaninglessNumberWithoutIt() {
        com.reelwise.results.WatchChances chances = com.reelwise.results.WatchChances.read(java.nio.file.Path.of("model-training/eval/newcomer"));
        open(chances);
        click("Nolan");
        click("Recommend");

        List<Span> scores = _find(Span.class, spec -> spec.withClasses("score"));
        assertThat(scores).hasSize(shownIds().size());
        for (int place = 1; place <= scores.size(); place++) {
            com.reelwise.results.WatchChances.Chance chance = chances.at(Method.HYBRID, place).orElseThrow();
            assertThat(scores.get(place - 1).getText()).isEqualTo(chance.percent() + " went on to watch it");
            assertThat(scores.get(place - 1).getTitle()).contains(chance.meaning());
        }

        UI.getCurrent().removeAll();
        open();
        click("Nolan");
        click("Recommend");
        assertThat(_find(Span.class, spec -> spec.withClasses("score"))).allSatisfy(span -> assertThat(span.isVisible()).isFalse());
    }

    @Test
    void exampleProfileFillsThePicksWithoutSavingThem() {
        open();

        click("Nolan");

        assertThat(chipTitles()).containsExactly("Memento (2000)", "The Prestige (2006)", "The Dark Knight (2008)", "Inception (2010)");
        assertThat(_get(Button.class, spec -> spec.withText("Recommend")).isEnabled()).isTrue();
        // nothing saved, so no profile either: a visit that saves nothing writes no row
        assertThat(store.count()).isZero();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Your profile")).getValue()).isEmpty();
    }

    @Test
    void movingTheAlphaSliderReordersTheShownList() {
        open();
        click("Nolan");
        click("Recommend");
        List<Integer> collaborativeLeaning = shownIds();

        HasValueUtilsKt._setValue(_get(RangeSlider.class, spec -> spec.withId("alpha")), 10);

        assertThat(collaborativeLeaning).containsExactly(6, 5, 3, 2, 1);
        assertThat(shownIds()).containsExactly(1, 2, 3, 5, 6);
    }

    @Test
    void picksAreSavedAndCardFeedbackChangesTheListAndTheStore() {
        open();
        pick(1);
        pick(2);
        pick(3);
        assertThat(store.only().liked()).containsExactly(1, 2, 3);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Your profile")).getValue()).as("named at the first pick").isNotEmpty()
                .isEqualTo(store.only().name());
        click("Recommend");
        assertThat(shownIds()).first().isEqualTo(79132);

        clickLabelled("Dislike Inception (2010)");
        assertThat(shownIds()).doesNotContain(79132).first().isEqualTo(58559);
        assertThat(store.only().disliked()).containsExactly(79132);

        List<Integer> beforeLike = shownIds();
        clickLabelled("Like The Dark Knight (2008)");
        assertThat(chipTitles()).contains("The Dark Knight (2008)");
        assertThat(shownIds()).as("a like keeps the list in place").isEqualTo(beforeLike);
        assertThat(_find(Button.class).stream().map(b -> b.getAriaLabel().orElse(""))).contains("Liked The Dark Knight (2008): in your picks");
        assertThat(store.only().liked()).containsExactly(1, 2, 3, 58559);
        click("Recommend");
        assertThat(shownIds()).doesNotContain(58559, 79132);

        clickLabelled("Add The Prestige (2006) to My films");
        assertThat(store.only().myFilms()).containsExactly(48780);
        assertThat(_find(Button.class).stream().map(b -> b.getAriaLabel().orElse(""))).contains("Remove The Prestige (2006) from My films");
    }

    @Test
    void aPersonBackWithSavedPicksSeesTheirListWithoutAClick() {
        open();
        pick(1);
        pick(2);
        pick(3);
        click("Recommend");
        List<Integer> first = shownIds();
        UI.getCurrent().removeAll();
        // the reload: a new page for the same person, recognised by the profile cookie
        Recommendations recommendations = new Recommendations(new RequestValidator(catalog), List.of(new AlphaOrdered(catalog)), Map.of());
        UI.getCurrent().add(new RecommendView(search, recommendations, catalog, store, new ProfileCookie(new ProfileCookie.Settings("Lax", false)) {
            @Override
            public java.util.Optional<Credentials> read() {
                return java.util.Optional.of(new Credentials(store.only().profileId(), "key-" + store.only().profileId()));
            }
        }, new ExampleProfiles(catalog), new HybridProperties(0.5), com.reelwise.results.WatchChances.none()));

        assertThat(chipTitles()).hasSize(3);
        assertThat(shownIds()).isEqualTo(first);
    }

    @Test
    void twoFilmsSavedFromABorrowedListAreBothKept() {
        open();
        click("Nolan");
        click("Recommend");
        for (int saved = 1; saved <= 2; saved++) {
            String add = _find(Button.class).stream().map(b -> b.getAriaLabel().orElse(""))
                    .filter(l -> l.startsWith("Add ") && l.endsWith(" to My films")).findFirst().orElseThrow();
            clickLabelled(add);
            assertThat(store.only().myFilms()).hasSize(saved);
        }
    }

    @Test
    void myFilmsPageListsSavedFilmsAndRemovesThem() {
        open();
        pick(1);
        pick(2);
        pick(3);
        click("Recommend");
        clickLabelled("Add Memento (2000) to My films");
        UI.getCurrent().removeAll();
        UI.getCurrent().add(new MyFilmsView(catalog, store, new ProfileCookie(new ProfileCookie.Settings("Lax", false)) {
            @Override
            public java.util.Optional<Credentials> read() {
                return java.util.Optional.of(new Credentials(store.only().profileId(), "key-" + store.only().profileId()));
            }
        }, new com.reelwise.config.ReelwiseProperties(java.nio.file.Path.of("data"), "auto", false, java.nio.file.Path.of("models"), false, false, null,
                "ephemeral")));
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class)).extracting(p -> p.getText()).contains(MyFilmsView.EPHEMERAL);

        assertThat(_find(MovieCard.class)).extracting(c -> c.movie().movieId()).containsExactly(4226);
        clickLabelled("Remove Memento (2000) from My films");
        assertThat(_find(MovieCard.class)).isEmpty();
        assertThat(store.only().myFilms()).isEmpty();
    }

    @Test
    void withTheDatabaseDownThePageSaysSoAndStillRecommends() {
        store.down = "Saved profiles are unavailable right now: the database file is in use by another program.";
        open();
        pick(1);

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("notice")).getText()).startsWith("Saved profiles are unavailable right now")
                .endsWith("(kept on this page only)");
        click("Nolan");
        click("Recommend");
        assertThat(shownIds()).isNotEmpty();
    }
}
