package com.reelwise.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.TestDatasets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatingsReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsCsvWithCrlfLineEnds() throws IOException {
        Path ml = Files.createDirectories(dir.resolve("ml-tiny"));
        Files.writeString(ml.resolve("ratings.csv"),
                "userId,movieId,rating,timestamp\r\n1,10,4.5,100\r\n1,20,3.0,200\r\n7,10,0.5,300\r\n");
        Files.writeString(ml.resolve("movies.csv"), "movieId,title,genres\r\n10,A (1999),Drama\r\n20,B (2000),Comedy\r\n");

        MovieLensDataset dataset = MovieLensDataset.find(dir, "auto").orElseThrow();
        Ratings ratings = RatingsReader.read(dataset);

        assertThat(dataset.format()).isEqualTo(MovieLensDataset.Format.CSV);
        assertThat(ratings.size()).isEqualTo(3);
        assertThat(ratings.users().size()).isEqualTo(2);
        assertThat(ratings.movies().idAt(ratings.movieIndex(1))).isEqualTo(20);
        assertThat(ratings.value(2)).isEqualTo(0.5f);
        assertThat(ratings.timestamp(2)).isEqualTo(300L);
        assertThat(ratings.movieStats().count(10)).isEqualTo(2);
        assertThat(ratings.movieStats().mean(10)).isEqualTo(2.5);
        assertThat(ratings.movieStats().mean(99)).isNaN();
    }

    @Test
    void readsMl100kTabSeparatedWithoutHeader() throws IOException {
        Path ml = Files.createDirectories(dir.resolve("ml-100k"));
        Files.writeString(ml.resolve("u.data"), "196\t242\t3\t881250949\n186\t302\t3\t891717742\n");
        Files.writeString(ml.resolve("u.item"), "242|Kolya (1996)|24-Jan-1997||http://x|0|0|0|0|0|1|0|0|0|0|0|0|0|0|0|0|0|0|0\n");

        Ratings ratings = RatingsReader.read(MovieLensDataset.find(dir, "ml-100k").orElseThrow());

        assertThat(ratings.size()).isEqualTo(2);
        assertThat(ratings.users().idAt(ratings.userIndex(0))).isEqualTo(196);
        assertThat(ratings.value(1)).isEqualTo(3f);
    }

    @Test
    void autoPicksTheLargestRelease() throws IOException {
        Path small = Files.createDirectories(dir.resolve("ml-small"));
        Files.writeString(small.resolve("ratings.csv"), "userId,movieId,rating,timestamp\n1,1,4,1\n");
        Files.writeString(small.resolve("movies.csv"), "movieId,title,genres\n1,A (1999),Drama\n");
        Path big = Files.createDirectories(dir.resolve("ml-big"));
        Files.writeString(big.resolve("ratings.csv"), "userId,movieId,rating,timestamp\n1,1,4,1\n2,1,4,1\n3,1,4,1\n");
        Files.writeString(big.resolve("movies.csv"), "movieId,title,genres\n1,A (1999),Drama\n");

        assertThat(MovieLensDataset.find(dir, "auto").orElseThrow().name()).isEqualTo("ml-big");
        assertThat(MovieLensDataset.find(dir, "ml-small").orElseThrow().name()).isEqualTo("ml-small");
        assertThat(MovieLensDataset.find(dir, "ml-missing")).isEmpty();
    }

    @Test
    void readsRealMlLatestSmall() {
        Path ml = TestDatasets.require("ml-latest-small");
        Ratings ratings = RatingsReader.read(new MovieLensDataset("ml-latest-small", ml, MovieLensDataset.Format.CSV));

        // Figures from SOURCES.md: 100,836 ratings by 610 users of 9,724 movies.
        assertThat(ratings.size()).isEqualTo(100_836);
        assertThat(ratings.users().size()).isEqualTo(610);
        assertThat(ratings.movies().size()).isEqualTo(9_724);
        double sum = 0;
        for (int i = 0; i < ratings.size(); i++) {
            sum += ratings.value(i);
        }
        // mean of the file's rating column (3.50156, computed apart with Python's csv module); first and last rows as written
        assertThat(sum / ratings.size()).isCloseTo(3.501557, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(ratings.users().idAt(ratings.userIndex(0))).isEqualTo(1);
        assertThat(ratings.movies().idAt(ratings.movieIndex(0))).isEqualTo(1);
        assertThat(ratings.timestamp(0)).isEqualTo(964_982_703L);
        assertThat(ratings.value(ratings.size() - 1)).isEqualTo(3.0f);
        assertThat(ratings.movies().idAt(ratings.movieIndex(ratings.size() - 1))).isEqualTo(170_875);
    }

    @Test
    void malformedLinesAreRefusedWithTheLineNumber() throws IOException {
        Path ml = Files.createDirectories(dir.resolve("ml-bad"));
        Files.writeString(ml.resolve("movies.csv"), "movieId,title,genres\n10,A (1999),Drama\n");
        Files.writeString(ml.resolve("ratings.csv"), "userId,movieId,rating,timestamp\n1,10,4.5,100\n1,10,abc,200\n");
        MovieLensDataset bad = MovieLensDataset.find(dir, "ml-bad").orElseThrow();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RatingsReader.read(bad))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 3").hasMessageContaining("unexpected character 'a'");

        Files.writeString(ml.resolve("ratings.csv"), "userId,movieId,rating,timestamp\n1,10,4.5\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RatingsReader.read(bad))
                .hasMessageContaining("line 2").hasMessageContaining("3 fields, expected 4");

        // the last line without its newline is checked the same way (it once indexed past the four columns)
        Files.writeString(ml.resolve("ratings.csv"), "userId,movieId,rating,timestamp\n1,10,4.5,100,7");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RatingsReader.read(bad))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2").hasMessageContaining("more than 4 fields");
    }

    @Test
    void aFileTooLargeForTheHeapIsRefusedWithASentenceBeforeReading() {
        long ml32m = 877_000_000L;
        RatingsReader.refuseIfTooLarge("ml-32m", ml32m, 2_000_000_000L);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RatingsReader.refuseIfTooLarge("ml-32m", ml32m, 1_000_000_000L))
                .isInstanceOf(com.reelwise.memory.DoesNotFitException.class)
                .hasMessage("ml-32m's ratings (836 MB, up to 54,812,500 ratings) need up to 1.8 GB of Java heap to load and 1.0 GB is free:"
                        + " give Java more memory (-Xmx, or a larger machine) or choose a smaller release.");
    }

    @Test
    void aLastLineWithoutNewlineIsRead() throws IOException {
        Path ml = Files.createDirectories(dir.resolve("ml-end"));
        Files.writeString(ml.resolve("movies.csv"), "movieId,title,genres\n10,A (1999),Drama\n");
        Files.writeString(ml.resolve("ratings.csv"), "userId,movieId,rating,timestamp\n1,10,4.5,100\n2,10,2,1700000000");

        Ratings ratings = RatingsReader.read(MovieLensDataset.find(dir, "ml-end").orElseThrow());

        assertThat(ratings.size()).isEqualTo(2);
        assertThat(ratings.value(1)).isEqualTo(2f);
        assertThat(ratings.timestamp(1)).isEqualTo(1_700_000_000L);
    }

    @Test
    void readsRealMl100k() {
        Path ml = TestDatasets.require("ml-100k");
        Ratings ratings = RatingsReader.read(new MovieLensDataset("ml-100k", ml, MovieLensDataset.Format.ML_100K));

        assertThat(ratings.size()).isEqualTo(100_000);
        assertThat(ratings.users().size()).isEqualTo(943);
        assertThat(ratings.movies().size()).isEqualTo(1_682);
    }
}
