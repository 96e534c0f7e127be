package com.reelwise.ui;

import com.reelwise.TestDatasets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The data directory a browser test serves: the shared data sets where present, else a ten-movie catalog written now. */
final class BrowserTestData {

    private BrowserTestData() {
    }

    static Path sharedOrTiny() {
        Path shared = TestDatasets.dir();
        return Files.isDirectory(shared.resolve("ml-latest-small")) ? shared : tinyCatalog();
    }

    private static Path tinyCatalog() {
        try {
            Path dir = Files.createTempDirectory("reelwise-data");
            Path ml = Files.createDirectories(dir.resolve("ml-tiny"));
            Files.writeString(ml.resolve("movies.csv"), """
                    movieId,title,genres
                    858,"Godfather, The (1972)",Crime|Drama
                    1221,"Godfather: Part II, The (1974)",Crime|Drama
                    1,Toy Story (1995),Animation|Children
                    2,Jumanji (1995),Adventure|Children
                    3,Heat (1995),Crime|Thriller
                    4,Casino (1995),Crime|Drama
                    5,Babe (1995),Children|Comedy
                    6,Se7en (1995),Thriller|Mystery
                    7,Clueless (1995),Comedy|Romance
                    8,Braveheart (1995),Drama|War
                    """);
            Files.writeString(ml.resolve("ratings.csv"), "userId,movieId,rating,timestamp\n1,858,5,1\n2,858,4,2\n1,1221,4,3\n2,2,4,4\n1,3,4,5\n2,5,3,6\n");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
