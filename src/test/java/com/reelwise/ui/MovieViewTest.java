package com.reelwise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.recommend.CandidateRanker;
import com.reelwise.recommend.MoreLikeThis;
import com.reelwise.recommend.Recommendations;
import com.reelwise.recommend.RequestValidator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A film's page without a browser: its facts, "add to my picks", films like it, and an unknown number. */
class MovieViewTest {

    private static Movie film(int id, String title, int year, int ratings, List<String> genres, List<String> keywords, String director) {
        return new Movie(id, 100 + id, "tt000000" + id, title, List.of(), year, genres, "About " + title + ".", null, keywords, List.of(),
                director, List.of("Actor " + id), null, ratings, ratings > 0 ? 4.2 : null, 500);
    }

    private final Catalog catalog = Catalog.of(List.of(
            film(1, "Alien", 1979, 80, List.of("Horror", "Sci-Fi"), List.of("space", "monster"), "Ridley Scott"),
            film(2, "Aliens", 1986, 70, List.of("Action", "Horror", "Sci-Fi"), List.of("space", "monster", "marines"), "James Cameron"),
            film(3, "The Thing", 1982, 40, List.of("Horror", "Sci-Fi"), List.of("monster", "antarctica"), "John Carpenter"),
            film(4, "Amelie", 2001, 60, List.of("Comedy", "Romance"), List.of("paris"), "Jean-Pierre Jeunet"),
            film(5, "Notting Hill", 1999, 50, List.of("Comedy", "Romance"), List.of("london", "bookshop"), "Roger Michell")));
    private InMemoryProfileStore store;
    private final ProfileCookie cookie = new ProfileCookie(new ProfileCookie.Settings("Lax", false));

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes(new java.util.HashSet<>(java.util.Set.of(MovieView.class)), new java.util.HashSet<>(), true), UI::new);
        store = new InMemoryProfileStore(catalog);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private MovieView open(int movieId) {
        // No content model loaded: "more like this" falls back to shared genres and keywords.
        Recommendations recommendations = new Recommendations(new RequestValidator(catalog), List.of(), Map.of());
        MovieView view = new MovieView(catalog, new MoreLikeThis(new CandidateRanker(catalog), recommendations), store, cookie, java.util.Optional::empty);
        view.setParameter(null, movieId);
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void showsTheFilmsFactsAndFilmsLikeItButNotItself() {
        MovieView view = open(1);

        assertThat(_get(H2.class).getText()).isEqualTo("Alien (1979)");
        assertThat(view.getPageTitle()).isEqualTo("Reelwise: Alien (1979)");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("About Alien.", "Directed by Ridley Scott", "With Actor 1", "Rated by 80 people here, 4.2 stars on average; 500 votes on TMDB.");
        assertThat(_get(H3.class).getText()).isEqualTo("More like this");
        List<Integer> alike = _find(MovieCard.class).stream().map(c -> c.movie().movieId()).toList();
        assertThat(alike).doesNotContain(1).startsWith(2, 3);
    }

    @Test
    void addToMyPicksSavesALikeAndSaysSo() {
        open(3);

        ButtonKt._click(_get(Button.class, spec -> spec.withText("Add to my picks")));

        assertThat(store.only().liked()).containsExactly(3);
        assertThat(_get(Button.class, spec -> spec.withText("In your picks")).isEnabled()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withClasses("pick-result")).getText()).isEqualTo("The Thing joins your picks on the Recommend page.");
    }

    @Test
    void anUnknownNumberGetsASentence() {
        open(999);

        assertThat(_get(H2.class).getText()).isEqualTo("No such film");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).anyMatch(t -> t.startsWith("There is no film with the number 999"));
    }
}
