package com.reelwise.ui;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.cluster.ClusterModel;
import com.reelwise.cluster.ClusterModelBuilder;
import com.reelwise.text.CatalogEmbeddings;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * A cluster model with its 2D map for any catalog, without the sentence encoder: each movie's vector
 * is its genres (one dimension per genre) plus a little seeded noise, so movies sharing genres cluster.
 */
final class GeneratedMap {

    final CatalogEmbeddings embeddings;
    final ClusterModel clusters;

    private GeneratedMap(CatalogEmbeddings embeddings, ClusterModel clusters) {
        this.embeddings = embeddings;
        this.clusters = clusters;
    }

    static GeneratedMap of(Catalog catalog, int k) {
        List<String> genres = new ArrayList<>(new TreeSet<>(catalog.movies().stream().flatMap(m -> m.genres().stream()).toList()));
        int d = genres.size() + 1;
        Random random = new Random(42);
        List<Movie> movies = catalog.movies();
        int[] ids = new int[movies.size()];
        float[][] vectors = new float[movies.size()][];
        for (int i = 0; i < ids.length; i++) {
            Movie movie = movies.get(i);
            float[] v = new float[d];
            v[d - 1] = 0.3f;
            movie.genres().forEach(g -> v[genres.indexOf(g)] = 1f);
            double norm = 0;
            for (int j = 0; j < d; j++) {
                v[j] += 0.05f * (float) random.nextGaussian();
                norm += v[j] * v[j];
            }
            for (int j = 0; j < d; j++) {
                v[j] /= (float) Math.sqrt(norm);
            }
            ids[i] = movie.movieId();
            vectors[i] = v;
        }
        CatalogEmbeddings embeddings = new CatalogEmbeddings(ids, vectors);
        ClusterModel model = ClusterModelBuilder.build(embeddings, catalog, 42, new ClusterModelBuilder.Options(List.of(Math.max(2, Math.min(k, catalog.size() / 2))), 1000, 20, false));
        return new GeneratedMap(embeddings, model);
    }
}
