package com.reelwise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.reelwise.catalog.TestMovies.movie;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.recommend.ClusterMode;
import com.reelwise.cluster.ClusterModel;
import com.reelwise.recommend.ClusterRecommender;
import com.reelwise.cluster.MovieMap;
import com.reelwise.recommend.CandidateRanker;
import com.reelwise.recommend.Method;
import com.reelwise.recommend.PopularRecommender;
import com.reelwise.recommend.Profile;
import com.reelwise.recommend.RecommendationRequest;
import com.reelwise.recommend.Recommendations;
import com.reelwise.recommend.RequestValidator;
import com.reelwise.search.TitleSearch;
import com.reelwise.training.ModelStatus;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The map page without a browser (Karibu-Testing), on a generated catalog and cluster model. */
class MapViewTest {

    private static final String[] GENRES = {"Crime", "Animation", "Horror", "Romance"};

    private final Catalog catalog = catalog();
    private final GeneratedMap generated = GeneratedMap.of(catalog, 4);
    private TitleSearch search;
    private Recommendations recommendations;

    private static Catalog catalog() {
        List<Movie> movies = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            movies.add(movie(i, "Movie number " + i, 1980 + i % 40, 10 + i, GENRES[i % GENRES.length]));
        }
        return Catalog.of(movies);
    }

    record FixedSource(ClusterModel clusters, ModelStatus status) implements CatalogMapSource {
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes(), UI::new);
        search = new TitleSearch(catalog);
        CandidateRanker ranker = new CandidateRanker(catalog);
        recommendations = new Recommendations(new RequestValidator(catalog), List.of(new PopularRecommender(catalog, ranker),
                new ClusterRecommender(generated.clusters, generated.embeddings, catalog, ranker, ClusterMode.EXPLORE)),
                Map.of(Method.HYBRID, "The hybrid method is still loading."));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        search.close();
    }

    private MapView open(CatalogMapSource source, String liked) {
        MapView view = new MapView(source, catalog, recommendations, search);
        UI.getCurrent().add(view);
        view.open(liked == null ? QueryParameters.empty() : QueryParameters.simple(Map.of("liked", liked)));
        return view;
    }

    private MapView openReady(String liked) {
        return open(new FixedSource(generated.clusters, new ModelStatus("Content", ModelStatus.State.READY, 1, "ready")), liked);
    }

    @Test
    void everyMovieOnTheMapIsSentWithItsCoordinatesAndCluster() {
        MapPayload payload = openReady(null).scatter().payload();

        List<MovieMap.Point> points = generated.clusters.map().points();
        assertThat(points).hasSize(catalog.size());
        assertThat(payload.ids()).hasSize(points.size());
        assertThat(payload.xy()).hasSize(2 * points.size());
        assertThat(payload.titles()).hasSize(points.size());
        for (int i = 0; i < points.size(); i++) {
            MovieMap.Point p = points.get(i);
            assertThat(payload.ids()[i]).isEqualTo(p.movieId());
            assertThat(payload.xy()[2 * i]).isCloseTo(p.x(), org.assertj.core.data.Offset.offset(1e-4f));
            assertThat(payload.xy()[2 * i + 1]).isCloseTo(p.y(), org.assertj.core.data.Offset.offset(1e-4f));
            assertThat(payload.cluster()[i]).isEqualTo(p.cluster());
            assertThat(payload.titles().get(i)).isEqualTo(catalog.byId(p.movieId()).orElseThrow().titleWithYear());
        }
        assertThat(payload.labels()).hasSize(generated.clusters.k());
    }

    @Test
    void picksAndTheirRecommendationsAreHighlighted() {
        MapPayload payload = openReady("1,5,9").scatter().payload();

        assertThat(payload.picks()).containsExactly(1, 5, 9);
        // Hybrid is still loading here, so the map falls back to cluster explore.
        List<Integer> expected = recommendations.recommend(RecommendationRequest.of(Profile.liking(List.of(1, 5, 9)), Method.CLUSTER,
                MapView.RECOMMENDATIONS)).stream().map(r -> r.movie().movieId()).toList();
        assertThat(expected).isNotEmpty();
        assertThat(payload.recommended()).containsExactlyElementsOf(expected).doesNotContain(1, 5, 9);
        assertThat(status()).contains(expected.size() + " recommendations (cluster explore)");
    }

    @Test
    void unknownIdsInTheLinkGetASentenceAndTheRestIsShown() {
        MapPayload payload = openReady("1,999999,abc").scatter().payload();

        Paragraph notice = _get(Paragraph.class, spec -> spec.withClasses("notice")
                .withPredicate(p -> p.isVisible() && p.getText().contains("999999")));
        assertThat(notice.getText()).contains("“999999”", "“abc”", "not movie ids");
        assertThat(payload.picks()).containsExactly(1);
        assertThat(status()).contains("Add 2 more movies");
    }

    @Test
    void whileTheModelTrainsThePageSaysSoAndShowsProgress() {
        MapView view = open(new FixedSource(null, new ModelStatus("Content", ModelStatus.State.TRAINING, 0.4,
                "Describing the catalog with the sentence encoder: 40 of 100 movies.")), "1,5,9");

        assertThat(view.scatter().getParent().orElseThrow().isVisible()).isFalse();
        assertThat(view.scatter().payload()).isNull();
        assertThat(_find(Paragraph.class, spec -> spec.withPredicate(p -> p.isVisible() && p.getText().contains("40 of 100 movies"))))
                .hasSize(1);
        ProgressBar progress = _get(ProgressBar.class);
        assertThat(progress.isVisible()).isTrue();
        assertThat(progress.getValue()).isEqualTo(0.4);
    }

    @Test
    void clickingAPointShowsItsDetailWithARecommendLink() {
        MapView view = openReady("1,5");

        ComponentUtil.fireEvent(view.scatter(), new ScatterMap.PointClickEvent(view.scatter(), true, 42));

        assertThat(_get(H3.class).getText()).isEqualTo("Movie number 42");
        assertThat(_get(Anchor.class, spec -> spec.withText("Recommend more like this")).getHref()).isEqualTo("recommend?liked=1,5,42");
    }

    @Test
    void addingAPickFromTheDetailMarksItOnTheMap() {
        MapView view = openReady("1,5");

        ComponentUtil.fireEvent(view.scatter(), new ScatterMap.PointClickEvent(view.scatter(), true, 42));
        com.github.mvysny.kaributesting.v10.ButtonKt._click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withText("Add to my picks")));

        MapPayload payload = view.scatter().payload();
        assertThat(payload.picks()).containsExactly(1, 5, 42);
        Set<Integer> overlap = new HashSet<>(payload.recommended());
        overlap.retainAll(payload.picks());
        assertThat(payload.recommended()).isNotEmpty();
        assertThat(overlap).isEmpty();
    }

    private String status() {
        return _get(Paragraph.class, spec -> spec.withClasses("status")).getText();
    }
}
