package com.reelwise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.reelwise.catalog.TestMovies.movie;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.search.TitleSearch;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The search page without a browser (Karibu-Testing). */
class SearchViewTest {

    private final Movie godfather = movie(1, "The Godfather", 1972, 192, "Crime", "Drama");
    private final Catalog catalog = Catalog.of(List.of(godfather, movie(2, "The Godfather: Part II", 1974, 129, "Crime"),
            movie(3, "Heat", 1995, 100, "Action")));
    private TitleSearch search;
    private InMemoryProfileStore store;

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes(), UI::new);
        search = new TitleSearch(catalog);
        store = new InMemoryProfileStore(catalog);
        UI.getCurrent().add(new SearchView(search, catalog, store, new ProfileCookie(new ProfileCookie.Settings("Lax", false))));
    }

    private static com.vaadin.flow.component.button.Button button(String ariaLabel) {
        return _find(com.vaadin.flow.component.button.Button.class).stream().filter(b -> ariaLabel.equals(b.getAriaLabel().orElse(null)))
                .findFirst().orElseThrow(() -> new AssertionError("no button labelled " + ariaLabel));
    }

    @Test
    void aPickThatCannotBeSavedSaysSoAndStaysOnThePage() {
        store.down = "Saved profiles are unavailable right now: the database file is in use by another program.";

        com.github.mvysny.kaributesting.v10.ButtonKt._click(button("Pick Heat (1995)"));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("pick-status")).getText())
                .startsWith("Could not save that just now: Saved profiles are unavailable right now").endsWith("(kept on this page only)");
        assertThat(button("Picked Heat (1995)").isEnabled()).isFalse();
    }

    @Test
    void threePicksFromTheLandingPostersAreSavedAndLeadToRecommendations() {
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("pick-status")).getText())
                .isEqualTo("Pick three films you love, and your first recommendations follow.");
        for (String title : List.of("The Godfather (1972)", "Heat (1995)")) {
            com.github.mvysny.kaributesting.v10.ButtonKt._click(button("Pick " + title));
        }
        assertThat(store.only().liked()).containsExactly(1, 3);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("pick-status")).getText()).isEqualTo("Pick 1 more film you love.");
        assertThat(button("Picked Heat (1995)").isEnabled()).isFalse();

        com.github.mvysny.kaributesting.v10.ButtonKt._click(button("Pick The Godfather: Part II (1974)"));

        assertThat(store.only().liked()).containsExactly(1, 3, 2);
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("go-recommend")).getHref()).isEqualTo("recommend");
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        search.close();
    }

    @Test
    void typingShowsMatchingCardsBestFirst() {
        HasValueUtilsKt._setValue(_get(TextField.class), "godfater");

        List<MovieCard> cards = _find(MovieCard.class);
        assertThat(cards).extracting(c -> c.movie().movieId()).containsExactly(1, 2);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("status")).getText()).isEqualTo("2 matches");
    }

    @Test
    void movieWithoutPosterGetsAGeneratedOne() {
        HasValueUtilsKt._setValue(_get(TextField.class), "heat");

        Image poster = _get(_get(MovieCard.class), Image.class);
        assertThat(poster.getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat(poster.getAlt()).hasValue("Poster of Heat (1995)");
    }

    @Test
    void blankQueryShowsTheMostRatedFirst() {
        assertThat(_find(MovieCard.class)).extracting(c -> c.movie().movieId()).containsExactly(1, 2, 3);

        HasValueUtilsKt._setValue(_get(TextField.class), "heat");
        HasValueUtilsKt._setValue(_get(TextField.class), "");
        assertThat(_find(MovieCard.class)).hasSize(3);
    }

    @Test
    void noMatchSaysSo() {
        HasValueUtilsKt._setValue(_get(TextField.class), "qqqqqqqq");

        assertThat(_find(MovieCard.class)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("status")).getText()).contains("No movie matches");
    }

    @Test
    void catalogNoticesAreShownAsBanners() {
        Catalog empty = Catalog.empty("No movies found in /nowhere.");
        UI.getCurrent().removeAll();
        try (TitleSearch emptySearch = new TitleSearch(empty)) {
            UI.getCurrent().add(new SearchView(emptySearch, empty, new InMemoryProfileStore(empty), new ProfileCookie(new ProfileCookie.Settings("Lax", false))));
            assertThat(_get(Paragraph.class, spec -> spec.withClasses("notice")).getText()).isEqualTo("No movies found in /nowhere.");
        }
    }
}
