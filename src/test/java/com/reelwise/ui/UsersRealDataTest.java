package com.reelwise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.reelwise.TestDatasets;
import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.CatalogLoader;
import com.reelwise.raters.ExistingUsers;
import com.reelwise.raters.RatedMovie;
import com.reelwise.raters.UserPick;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;
import com.reelwise.ratings.RatingsReader;
import com.reelwise.recommend.CandidateRanker;
import com.reelwise.recommend.Method;
import com.reelwise.recommend.PopularRecommender;
import com.reelwise.recommend.Recommendations;
import com.reelwise.recommend.RequestValidator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Existing-user mode on ml-latest-small: the page shows exactly what ratings.csv says. Skips without the data. */
class UsersRealDataTest {

    private static Path ratingsCsv;
    private static ExistingUsers users;

    @BeforeAll
    static void load() throws IOException {
        Path release = TestDatasets.require("ml-latest-small/ratings.csv").getParent();
        ratingsCsv = release.resolve("ratings.csv");
        // Only MovieLens in the data folder: the metadata joins are not what this test is about.
        Path dataDir = Files.createTempDirectory("reelwise-users");
        Files.createSymbolicLink(dataDir.resolve("ml-latest-small"), release);
        MovieLensDataset dataset = MovieLensDataset.find(dataDir, "ml-latest-small").orElseThrow();
        Ratings ratings = RatingsReader.read(dataset);
        Catalog catalog = new CatalogLoader(dataDir, false).load(java.util.Optional.of(dataset), ratings);
        Recommendations recommendations = new Recommendations(new RequestValidator(catalog),
                List.of(new PopularRecommender(catalog, new CandidateRanker(catalog))), Map.of());
        users = new ExistingUsers(ratings, catalog, recommendations, () -> null, Optional::empty);
    }

    @AfterAll
    static void release() {
        users = null;
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes(), UI::new);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    /** movieId -> rating for one user, read straight from the CSV. */
    private static Map<Integer, Float> fromCsv(int userId) throws IOException {
        Map<Integer, Float> rated = new HashMap<>();
        try (var lines = Files.lines(ratingsCsv)) {
            lines.skip(1).map(line -> line.split(",")).filter(f -> Integer.parseInt(f[0]) == userId)
                    .forEach(f -> rated.put(Integer.parseInt(f[1]), Float.parseFloat(f[2])));
        }
        return rated;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> rows(String gridClass) {
        return GridKt._findAll((Grid<T>) _get(Grid.class, spec -> spec.withClasses(gridClass)));
    }

    @Test
    void historyOfUserOneIsExactlyTheirRatings() throws IOException {
        UsersView view = new UsersView(users);
        UI.getCurrent().add(view);
        view.open(QueryParameters.simple(Map.of("user", "1")));

        Map<Integer, Float> expected = fromCsv(1);
        List<RatedMovie> shown = rows("user-history");
        assertThat(expected).isNotEmpty();
        assertThat(shown.stream().collect(Collectors.toMap(r -> r.movie().movieId(), RatedMovie::rating))).isEqualTo(expected);
    }

    @Test
    void aHeavyRaterGetsOnlyMoviesTheyHaveNotRated() throws IOException {
        // User 414 rated about 2,700 movies, far more than a profile holds: the list must still skip every one.
        Set<Integer> rated = fromCsv(414).keySet();
        assertThat(rated.size()).isGreaterThan(1000);
        UsersView view = new UsersView(users);
        UI.getCurrent().add(view);
        view.open(QueryParameters.simple(Map.of("user", "414")));
        view.selectMethod(Method.POPULAR);

        List<UserPick> picks = rows("user-picks");
        assertThat(picks).isNotEmpty();
        assertThat(picks).extracting(p -> p.movie().movieId()).doesNotContainAnyElementsOf(rated);
    }
}
