package com.reelwise.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterModelTest {

    private static final Fixture FIXTURE = Fixture.create();
    private static final ClusterModel MODEL = FIXTURE.model();

    @Test
    void findsThePlantedThemes() {
        assertThat(MODEL.k()).isEqualTo(Fixture.THEMES);
        for (int t = 0; t < Fixture.THEMES; t++) {
            Set<Integer> clusters = new HashSet<>();
            for (int i = 0; i < Fixture.PER_THEME; i++) {
                clusters.add(MODEL.clusterOf(Fixture.id(t, i)));
            }
            assertThat(clusters).as("theme %d", t).hasSize(1);
        }
        assertThat(MODEL.kSelection().curve()).hasSize(7);
    }

    @Test
    void labelsComeFromTheLiftedKeywordsAndGenres() {
        for (int t = 0; t < Fixture.THEMES; t++) {
            ClusterLabel label = MODEL.label(MODEL.clusterOf(Fixture.id(t, 0)));
            // "based on novel" and "Drama" are on every movie (lift 1); the rare keywords lack support.
            assertThat(label.terms()).containsExactly("theme" + t);
            assertThat(label.genres()).containsExactly(Fixture.GENRES[t]);
            assertThat(label.text()).isEqualTo("theme" + t + " · " + Fixture.GENRES[t]);
            assertThat(label.size()).isEqualTo(Fixture.PER_THEME);
        }
    }

    @Test
    void mapPlacesEveryMovieAndEveryClusterAtItsMembersMean() {
        MovieMap map = MODEL.map();
        assertThat(map.points()).hasSize(FIXTURE.embeddings.size());
        MovieMap.ClusterPoint cluster = map.clusters().get(MODEL.clusterOf(Fixture.id(2, 0)));
        double meanX = 0;
        for (int i = 0; i < Fixture.PER_THEME; i++) {
            MovieMap.Point point = map.of(Fixture.id(2, i)).orElseThrow();
            assertThat(point.cluster()).isEqualTo(cluster.cluster());
            meanX += point.x() / Fixture.PER_THEME;
        }
        assertThat(cluster.x()).isCloseTo((float) meanX, within(1e-4f));
        assertThat(cluster.label()).isEqualTo(MODEL.label(cluster.cluster()).text());
    }

    @Test
    void pcaOfPointsOnAPlaneKeepsAllVarianceAndDistances() {
        Random random = new Random(5);
        int d = 10;
        double[] u = new double[d];
        double[] v = new double[d];
        u[0] = 1 / Math.sqrt(2);
        u[3] = 1 / Math.sqrt(2);
        v[7] = 1;
        float[][] rows = new float[200][d];
        for (int i = 0; i < rows.length; i++) {
            double a = random.nextGaussian() * 3;
            double b = random.nextGaussian();
            for (int j = 0; j < d; j++) {
                rows[i][j] = (float) (0.5 + a * u[j] + b * v[j]);
            }
        }

        Pca2d.Projection projection = Pca2d.project(rows);

        assertThat(projection.varianceExplained()).isCloseTo(1.0, within(1e-6));
        for (int i = 1; i < rows.length; i++) {
            double original = 0;
            for (int j = 0; j < d; j++) {
                original += Math.pow(rows[i][j] - rows[0][j], 2);
            }
            double[] p = projection.points()[i];
            double[] q = projection.points()[0];
            assertThat(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2)).isCloseTo(original, within(1e-4));
        }
    }

    @Test
    void saveThenLoadIsIdentical(@TempDir Path dir) throws IOException {
        MODEL.save(dir);

        ClusterModel loaded = ClusterModel.load(dir);

        assertThat(loaded).isEqualTo(MODEL);
        assertThat(loaded.map().of(Fixture.id(3, 4))).isEqualTo(MODEL.map().of(Fixture.id(3, 4)));
        assertThat(loaded.kSelection()).isEqualTo(MODEL.kSelection());
    }

    @Test
    void sameSeedSameModel() {
        assertThat(FIXTURE.model()).isEqualTo(MODEL);
    }
}
