package com.reelwise.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.TestDatasets;
import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.CatalogLoader;
import com.reelwise.catalog.Movie;
import com.reelwise.ratings.MovieLensDataset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The search examples over the full catalog built from the shared data (skipped where absent). */
class TitleSearchIT {

    private static TitleSearch search;

    @BeforeAll
    static void index() {
        var dir = TestDatasets.require("ml-latest-small").getParent();
        Catalog catalog = new CatalogLoader(dir, false).load(MovieLensDataset.find(dir, "ml-latest-small"));
        search = new TitleSearch(catalog);
    }

    @AfterAll
    static void close() {
        search.close();
    }

    private static List<Integer> ids(String query, int limit) {
        return search.search(query, limit).stream().map(Movie::movieId).toList();
    }

    @Test
    void godfaterFindsTheGodfather() {
        Movie first = search.search("godfater", 5).get(0);
        assertThat(first.titleWithYear()).isEqualTo("The Godfather (1972)");
    }

    @Test
    void amelieFindsAmelie() {
        Movie first = search.search("amelie", 5).get(0);
        assertThat(first.movieId()).isEqualTo(4973);
        assertThat(first.year()).isEqualTo(2001);
    }

    @Test
    void matrix1999FindsTheMatrix() {
        assertThat(search.search("matrix 1999", 5).get(0).titleWithYear()).isEqualTo("The Matrix (1999)");
    }

    @Test
    void starWarsListsTheSagaInOrder() {
        List<Integer> top = ids("star wars", 10);
        // Episodes IV, V, VI first, in order, then the prequels I, II, III in order.
        assertThat(top.subList(0, 3)).containsExactly(260, 1196, 1210);
        assertThat(top).containsSubsequence(260, 1196, 1210, 2628, 5378, 33493);
        assertThat(search.search("star wars", 10)).allSatisfy(m -> assertThat(m.title().toLowerCase()).contains("star wars"));
    }

    @Test
    void lordOfTheRingFindsTheTrilogy() {
        assertThat(ids("lord of the ring", 3)).containsExactly(4993, 5952, 7153);
    }
}
