package com.reelwise.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reelwise.ratings.Ratings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A split made elsewhere, read with MovieLens ids and checked against the release. */
class CsvSplitTest {

    @TempDir
    Path dir;

    /** Users 1 and 2, movies 10..15, as the release knows them. */
    private static Ratings release() {
        return Ratings.fromRawIds(new int[] {1, 1, 1, 1, 2, 2, 2, 2}, new int[] {10, 11, 12, 13, 10, 12, 14, 15},
                new float[] {4, 3, 5, 2, 1, 4, 4, 5}, new long[] {1, 2, 3, 4, 1, 2, 3, 4});
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void readsPartsInTimeOrderAndTheGivenNegatives() throws IOException {
        Path split = write("split.csv", """
                userId,itemId,rating,timestamp,part
                1,11,3,20,train
                1,10,4,10,train
                1,12,5,30,val
                1,13,2,40,test
                2,10,1,10,train
                2,12,4,20,val
                2,14,4,30,test
                """);
        Path negatives = write("negatives.csv", """
                userId,stage,heldout_itemId,neg_1,neg_2
                1,val,12,14,15
                1,test,13,14,15
                2,test,14,11,13
                """);
        Ratings ratings = release();
        Split s = CsvSplit.read(split, negatives, ratings, Protocol.loo99neg(1));

        int u1 = ratings.users().indexOf(1);
        int u2 = ratings.users().indexOf(2);
        int m = ratings.movies().indexOf(10);
        assertThat(s.knownOrder()[u1]).containsExactly(m, ratings.movies().indexOf(11), ratings.movies().indexOf(12));
        assertThat(s.trainOrder()[u1]).containsExactly(m, ratings.movies().indexOf(11));
        assertThat(s.validation().itemsOf(u2)).containsExactly(ratings.movies().indexOf(12));
        assertThat(s.test().itemsOf(u1)).containsExactly(ratings.movies().indexOf(13));
        assertThat(s.negativesOf(u2)).containsExactly(ratings.movies().indexOf(11), ratings.movies().indexOf(13));
    }

    @Test
    void anIdTheReleaseDoesNotKnowIsASentence() throws IOException {
        Path split = write("split.csv", "userId,itemId,rating,timestamp,part\n1,99,3,20,train\n");
        assertThatThrownBy(() -> CsvSplit.read(split, null, release(), Protocol.fullRanking(1)))
                .hasMessageContaining("line 1: itemId 99 is not in the MovieLens release given by --dataset");
    }

    @Test
    void aMissingColumnOrUnknownPartIsASentence() throws IOException {
        Path noPart = write("a.csv", "userId,itemId,rating,timestamp\n1,10,3,20\n");
        assertThatThrownBy(() -> CsvSplit.read(noPart, null, release(), Protocol.fullRanking(1))).hasMessageContaining("has no 'part' column");
        Path badPart = write("b.csv", "userId,itemId,rating,timestamp,part\n1,10,3,20,dev\n");
        assertThatThrownBy(() -> CsvSplit.read(badPart, null, release(), Protocol.fullRanking(1)))
                .hasMessageContaining("part must be train, val or test, was 'dev'");
    }
}
