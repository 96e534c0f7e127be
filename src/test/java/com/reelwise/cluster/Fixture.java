package com.reelwise.cluster;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.text.CatalogEmbeddings;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Six planted themes of 20 movies each in 16 dimensions. Themes 0 and 1 are neighbours (centroid
 * cosine ≈ 0.7); the others are orthogonal to everything. Movie ids are 100 * theme + index.
 */
public final class Fixture {

    public static final int THEMES = 6;
    public static final int PER_THEME = 20;
    public static final String[] GENRES = {"Crime", "Thriller", "Animation", "Romance", "Horror", "Western"};

    public final Catalog catalog;
    public final CatalogEmbeddings embeddings;

    private Fixture(Catalog catalog, CatalogEmbeddings embeddings) {
        this.catalog = catalog;
        this.embeddings = embeddings;
    }

    public static int id(int theme, int index) {
        return 100 * theme + index + 1;
    }

    public static Fixture create() {
        Random random = new Random(11);
        int d = 16;
        double[][] centres = new double[THEMES][d];
        centres[0][0] = 1;
        centres[1][0] = 0.7;
        centres[1][1] = Math.sqrt(1 - 0.49);
        for (int t = 2; t < THEMES; t++) {
            centres[t][t] = 1;
        }
        List<Movie> movies = new ArrayList<>();
        int[] ids = new int[THEMES * PER_THEME];
        float[][] vectors = new float[ids.length][];
        int row = 0;
        for (int t = 0; t < THEMES; t++) {
            for (int i = 0; i < PER_THEME; i++) {
                double[] v = new double[d];
                for (int j = 0; j < d; j++) {
                    v[j] = centres[t][j] + 0.04 * random.nextGaussian();
                }
                ids[row] = id(t, i);
                vectors[row++] = SphericalKMeans.normalised(v);
                // Every movie has "based on novel" (no lift); each theme has its own keyword; a few carry a rare one.
                List<String> keywords = i < 2 ? List.of("theme" + t, "based on novel", "rare" + t + "-" + i)
                        : List.of("theme" + t, "based on novel");
                movies.add(new Movie(id(t, i), null, null, "Movie " + id(t, i), List.of(), 2000, List.of(GENRES[t], "Drama"), null, null,
                        keywords, List.of(), null, List.of(), null, 10 + i * 5, 3.5, 0));
            }
        }
        return new Fixture(Catalog.of(movies), new CatalogEmbeddings(ids, vectors));
    }

    public ClusterModel model() {
        return ClusterModelBuilder.build(embeddings, catalog, 3, new ClusterModelBuilder.Options(List.of(3, 4, 5, 6, 7, 8, 9), 1000, 100, false));
    }
}
