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
import com.reelwise.recommend.CandidateRanker;
import com.reelwise.recommend.Method;
import com.reelwise.recommend.PopularRecommender;
import com.reelwise.recommend.Recommendations;
import com.reelwise.recommend.RequestValidator;
import com.reelwise.search.TitleSearch;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The recommend page without a browser (Karibu-Testing). */
class RecommendViewTest {

    private final Catalog catalog = Catalog.of(List.of(movie(1, "Heat", 1995, 100, "Crime"), movie(2, "Ronin", 1998, 50, "Crime"),
            movie(3, "Thief", 1981, 40, "Crime"), movie(4, "Collateral", 2004, 90, "Crime"), movie(5, "Amelie", 2001, 120, "Comedy")));
    private TitleSearch search;
    private InMemoryProfileStore store;
    private final ProfileCookie cookie = new ProfileCookie(new ProfileCookie.Settings("Lax", false));

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes(new java.util.HashSet<>(java.util.Set.of(RecommendView.class, MyFilmsView.class)), new java.util.HashSet<>(), true), UI::new);
        search = new TitleSearch(catalog);
        Recommendations recommendations = new Recommendations(new RequestValidator(catalog),
                List.of(new PopularRecommender(catalog, new CandidateRanker(catalog))),
                Map.of(Method.NCF, "The neural CF model is being trained on ml-latest-small; this takes a few minutes."));
        store = new InMemoryProfileStore(catalog);
        UI.getCurrent().add(new RecommendView(search, recommendations, catalog, store, cookie, new ExampleProfiles(catalog), new HybridProperties(0.5), com.reelwise.results.WatchChances.none()));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        search.close();
    }

    @SuppressWarnings("unchecked")
    private void pick(int movieId) {
        ComboBox<Movie> picker = _get(ComboBox.class);
        HasValueUtilsKt._setValue(picker, catalog.byId(movieId).orElseThrow());
    }

    private Button go() {
        return _get(Button.class, spec -> spec.withText("Recommend"));
    }

    private String status() {
        return _get(Paragraph.class, spec -> spec.withClasses("status")).getText();
    }

    @Test
    void buttonSaysWhyItIsDisabledUntilThreeMovies() {
        pick(1);
        pick(2);

        assertThat(go().isEnabled()).isFalse();
        assertThat(go().getTooltip().getText()).isEqualTo("Pick 1 more movie you love");
        assertThat(status()).contains("1 to go");

        pick(3);
        assertThat(go().isEnabled()).isTrue();
        assertThat(status()).doesNotContain("to go").isEqualTo("Ready: press Recommend.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void recommendsWithReasonsAndExcludesThePicks() {
        pick(1);
        pick(2);
        pick(3);
        HasValueUtilsKt._setValue(_get(Select.class, spec -> spec.withLabel("Method")), Method.POPULAR);

        ButtonKt._click(go());

        List<RecommendationCard> cards = _find(RecommendationCard.class);
        assertThat(cards).extracting(c -> c.recommendation().movie().movieId()).containsExactly(5, 4);
        assertThat(cards.get(0).recommendation().explanation().text()).startsWith("Popular:");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCandidateSearchChosenInFiltersGoesIntoTheRequest() {
        pick(1);
        pick(2);
        pick(3);
        RecommendView view = _get(RecommendView.class);
        assertThat(view.request().candidates()).isEqualTo(com.reelwise.recommend.CandidateSearch.AUTO);

        HasValueUtilsKt._setValue(_get(Select.class, spec -> spec.withLabel("Content candidates")), com.reelwise.recommend.CandidateSearch.HNSW);

        assertThat(view.request().candidates()).isEqualTo(com.reelwise.recommend.CandidateSearch.HNSW);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMethodMenuSaysWhatTheChosenMethodIsGoodFor() {
        Select<Method> menu = _get(Select.class, spec -> spec.withLabel("Method"));
        assertThat(menu.getHelperText()).isEqualTo(MethodLabels.hint(Method.HYBRID)).contains("best lists");

        HasValueUtilsKt._setValue(menu, Method.NEXT);

        assertThat(menu.getHelperText()).isEqualTo(MethodLabels.hint(Method.NEXT)).contains("in the order you added them");
    }

    @Test
    @SuppressWarnings("unchecked")
    void unavailableMethodShowsItsSentence() {
        pick(1);
        pick(2);
        pick(3);
        HasValueUtilsKt._setValue(_get(Select.class, spec -> spec.withLabel("Method")), Method.NCF);

        ButtonKt._click(go());

        assertThat(_find(RecommendationCard.class)).isEmpty();
        assertThat(status()).isEqualTo("The neural CF model is being trained on ml-latest-small; this takes a few minutes.");
    }
}
