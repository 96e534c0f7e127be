package com.reelwise.harness;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.CatalogLoader;
import com.reelwise.catalog.Movie;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;
import com.reelwise.text.MovieText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What content models know of a data set, per harness item index: the catalog movie (null if the
 * catalog lacks it) and the encoder text ({@link MovieText}; title and genres at least, so every
 * item gets an embedding). Item index i is movie id {@code ratings.movies().idAt(i)}.
 *
 * @param dataset the release
 * @param ratings its ratings (id mapping, rating values)
 * @param movies  catalog movie per item index, entries may be null
 * @param texts   encoder text per item index
 */
public record ContentContext(MovieLensDataset dataset, Ratings ratings, List<Movie> movies, List<String> texts) {

    /** Builds the context from the catalog of the data set's folder (rated movies only: the harness's items). */
    public static ContentContext load(MovieLensDataset dataset, Ratings ratings) {
        Catalog catalog = new CatalogLoader(dataset.dir().getParent(), true).load(Optional.of(dataset), ratings);
        return of(dataset, ratings, catalog);
    }

    static ContentContext of(MovieLensDataset dataset, Ratings ratings, Catalog catalog) {
        List<Movie> movies = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < ratings.movies().size(); i++) {
            int id = ratings.movies().idAt(i);
            Movie movie = catalog.byId(id).orElse(null);
            movies.add(movie);
            texts.add(movie != null ? MovieText.of(movie) : "Movie " + id + ".");
        }
        return new ContentContext(dataset, ratings, movies, texts);
    }

    /** Movie ids per item index. */
    int[] movieIds() {
        int[] ids = new int[ratings.movies().size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = ratings.movies().idAt(i);
        }
        return ids;
    }

    /** One context per data set name, shared by the variants of one evaluation command. */
    public static final class Cache {
        private final Map<String, ContentContext> byName = new HashMap<>();

        synchronized ContentContext get(MovieLensDataset dataset, Ratings ratings) {
            ContentContext cached = byName.get(dataset.name());
            if (cached == null || cached.ratings().size() != ratings.size()) {
                cached = load(dataset, ratings);
                byName.put(dataset.name(), cached);
            }
            return cached;
        }
    }
}
