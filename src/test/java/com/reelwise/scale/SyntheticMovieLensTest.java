package com.reelwise.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import com.reelwise.TestDatasets;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;
import com.reelwise.ratings.RatingsReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticMovieLensTest {

    private static final SyntheticMovieLens GENERATOR = new SyntheticMovieLens(MovieLensShape.ML_LATEST_SMALL);

    @TempDir
    Path dir;

    @Test
    void oneSeedWritesTheSameFilesByteForByte() throws IOException {
        SyntheticMovieLens.Size size = new SyntheticMovieLens.Size(30_000, 180, 4_000);
        GENERATOR.write(dir.resolve("a"), size, 7, n -> { });
        GENERATOR.write(dir.resolve("b"), size, 7, n -> { });
        GENERATOR.write(dir.resolve("c"), size, 8, n -> { });

        for (String file : List.of("ratings.csv", "movies.csv", "links.csv")) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(file))).as(file).isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(file)));
        }
        assertThat(Files.readAllBytes(dir.resolve("c/ratings.csv"))).isNotEqualTo(Files.readAllBytes(dir.resolve("a/ratings.csv")));
    }

    /** The documented shape (model-training/scale/README.md) at a small size: what the generator promises. */
    @Test
    void aSmallReleaseHasTheDocumentedShape() {
        SyntheticMovieLens.Size size = SyntheticMovieLens.Size.ofRatings(400_000);
        SyntheticMovieLens.Written written = GENERATOR.write(dir.resolve(size.folderName()), size, 42, n -> { });
        Ratings ratings = RatingsReader.read(MovieLensDataset.find(dir, size.folderName()).orElseThrow());

        assertThat(size).isEqualTo(new SyntheticMovieLens.Size(400_000, 2_420, 16_415));
        assertThat(ratings.size()).isEqualTo(400_000);
        assertThat(ratings.users().size()).isEqualTo(2_420);
        assertThat(ratings.movies().size()).isEqualTo(written.filmsRated()).isGreaterThan(16_000);
        ShapeStatistics s = ShapeStatistics.of(ratings);
        assertThat(s.meanRating()).isCloseTo(3.50, offset(0.05));
        assertThat(s.sdRating()).isCloseTo(1.04, offset(0.05));
        assertThat(s.halfStarShare()).isCloseTo(0.30, offset(0.04));
        assertThat(s.topDecileShare()).isCloseTo(0.60, offset(0.06));
        assertThat(s.topPercentShare()).isCloseTo(0.157, offset(0.06));
        assertThat(s.medianPerMeanPerson()).isCloseTo(0.42, offset(0.06));
        assertThat(s.fewestPerPerson()).isBetween(15, 25);
        assertThat(s.medianSessionSecs()).isBetween(4609 / 2.0, 4609 * 2.0);
        long halfHour = 0;
        for (int i = 0; i < ratings.size(); i++) {
            assertThat(ratings.value(i)).isBetween(0.5f, 5f);
            halfHour += ratings.timestamp(i) >= 828_124_615L && ratings.timestamp(i) <= 1_537_799_250L ? 1 : 0;
        }
        assertThat(halfHour).as("timestamps inside ml-latest-small's window").isEqualTo(ratings.size());
    }

    /** The figures the shape documents are the real file's: measured again here. */
    @Test
    void theDocumentedFiguresAreMlLatestSmalls() {
        Path ml = TestDatasets.require("ml-latest-small");
        ShapeStatistics real = ShapeStatistics.of(RatingsReader.read(new MovieLensDataset("ml-latest-small", ml, MovieLensDataset.Format.CSV)));

        assertThat(real.meanRating()).isCloseTo(3.5016, offset(1e-4));
        assertThat(real.sdRating()).isCloseTo(1.0425, offset(1e-4));
        assertThat(real.halfStarShare()).isCloseTo(0.3015, offset(1e-4));
        assertThat(real.topDecileShare()).isCloseTo(0.6002, offset(1e-4));
        assertThat(real.topPercentShare()).isCloseTo(0.1571, offset(1e-4));
        assertThat(real.medianPerMeanPerson()).isCloseTo(70 / 165.3, offset(1e-3));
        assertThat(real.fewestPerPerson()).isEqualTo(20);
        assertThat(real.medianSessionSecs()).isEqualTo(4609);
        assertThat(MovieLensShape.ML_LATEST_SMALL.userActivity().at(0.5) * MovieLensShape.RATINGS_PER_PERSON).isCloseTo(70, offset(1e-6));
    }

    @Test
    void impossibleSizesAreRefusedWithASentence() {
        assertThatThrownBy(() -> new SyntheticMovieLens.Size(1_000, 10, 100)).hasMessageContaining("do not fit");
        assertThatThrownBy(() -> new SyntheticMovieLens.Size(5, 10, 100)).hasMessageContaining("a rating from each person");
        assertThat(SynthesizeMain.parseCount("32m")).isEqualTo(32_000_000L);
        assertThat(SynthesizeMain.parseCount("250k")).isEqualTo(250_000L);
        assertThatThrownBy(() -> SynthesizeMain.parseCount("lots")).hasMessageContaining("such as 1000000, 250k or 4m");
    }
}
