package com.reelwise.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.ratings.MovieLensDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader on small generated files that carry each kind of mess the real dumps have. */
class CatalogLoaderTest {

    @TempDir
    Path data;

    @BeforeEach
    void movieLens() throws IOException {
        Path ml = Files.createDirectories(data.resolve("ml-tiny"));
        // CRLF line ends, a quoted title with a comma, a title without year, a duplicate movieId row.
        Files.writeString(ml.resolve("movies.csv"), """
                movieId,title,genres\r
                1,Toy Story (1995),Adventure|Animation|Children\r
                2,"Matrix, The (1999)",Action|Sci-Fi\r
                3,Babylon 5,(no genres listed)\r
                2,"Matrix, The (1999)",Action\r
                4,Unlinked (2001),Drama\r
                """);
        Files.writeString(ml.resolve("links.csv"), "movieId,imdbId,tmdbId\r\n1,0114709,862\r\n2,0133093,603\r\n3,0105946,\r\n4,,\r\n");
        Files.writeString(ml.resolve("ratings.csv"), "userId,movieId,rating,timestamp\r\n1,1,5,1\r\n2,1,4,2\r\n1,2,3,3\r\n");
        Files.writeString(ml.resolve("tags.csv"), "userId,movieId,tag,timestamp\r\n1,1,Pixar,1\r\n2,1,pixar,2\r\n1,1,toys,3\r\n");
    }

    private Catalog load() {
        return new CatalogLoader(data, false).load(MovieLensDataset.find(data, "auto"));
    }

    @Test
    void runsOnMovieLensAloneAndSaysMetadataIsMissing() {
        Catalog catalog = load();

        assertThat(catalog.size()).isEqualTo(4);
        assertThat(catalog.byId(2).orElseThrow().title()).isEqualTo("The Matrix");
        assertThat(catalog.byId(2).orElseThrow().genres()).containsExactly("Action", "Sci-Fi");
        assertThat(catalog.byId(3).orElseThrow().year()).isNull();
        assertThat(catalog.byId(3).orElseThrow().genres()).isEmpty();
        assertThat(catalog.byId(1).orElseThrow().tags()).containsExactly("pixar", "toys");
        assertThat(catalog.byId(1).orElseThrow().ratingCount()).isEqualTo(2);
        assertThat(catalog.byId(1).orElseThrow().meanRating()).isEqualTo(4.5);
        assertThat(catalog.byId(4).orElseThrow().isRated()).isFalse();
        assertThat(catalog.notices()).singleElement().asString().contains("No movie metadata");
    }

    @Test
    void fillsEachFieldFromTheNextSourceAndSkipsMalformedRows() throws IOException {
        Path tmdb = Files.createDirectories(data.resolve("the-movies-dataset"));
        // A multi-line quoted overview, Python-literal genres, a shifted row whose id column holds a date, a ragged row.
        Files.writeString(tmdb.resolve("movies_metadata.csv"), """
                adult,genres,id,imdb_id,overview,poster_path,release_date,tagline,title,vote_count
                False,"[{'id': 16, 'name': 'Animation'}]",862,tt0114709,"Led by Woody,
                Andy's toys live happily.",/toy.jpg,1995-10-30,,Toy Story,5415
                 - Written by Ørnås,"[]",1997-08-20,0,,,,,,
                False,a ragged row with too few fields
                False,"[{'id': 18, 'name': 'Drama'}, {'id': 878, 'name': 'Science Fiction'}]",999,tt9999999,Only TMDB knows me.,,2020-01-01,Hello,Cold Start,12
                """);
        Files.writeString(tmdb.resolve("keywords.csv"), "id,keywords\n862,\"[{'id': 931, 'name': 'toy'}, {'id': 2, 'name': 'duringcreditsstinger'}]\"\n603,\"[{'id': 1, 'name': 'hacker'}]\"\n");
        Path tmdb5000 = Files.createDirectories(data.resolve("tmdb-5000"));
        Files.writeString(tmdb5000.resolve("tmdb_5000_movies.csv"), """
                genres,id,keywords,overview,release_date,tagline,title,vote_count
                "[{""id"": 28, ""name"": ""Action""}]",603,"[]",A hacker learns the truth.,1999-03-30,Free your mind,The Matrix,100
                "[]",862,"[]",Other overview that must lose to the higher source,1995-10-30,The toys are back,Toy Story,1
                """);
        Path enrichment = Files.createDirectories(data.resolve("enrichment"));
        // The second row is a failed look-up: every field empty.
        Files.writeString(enrichment.resolve("movies_with_posters.csv"),
                "movie_id,title,genres,poster_url,overview,year,tmdb_rating\r\n603,The Matrix,Action,https://img/matrix.jpg,,1999,8.2\r\n862,,,,,,0.0\r\n");

        Catalog catalog = load();

        Movie toy = catalog.byId(1).orElseThrow();
        assertThat(toy.overview()).isEqualTo("Led by Woody,\nAndy's toys live happily.");
        assertThat(toy.tagline()).isEqualTo("The toys are back");
        assertThat(toy.posterUrl()).isEqualTo("https://image.tmdb.org/t/p/w500/toy.jpg");
        assertThat(toy.keywords()).containsExactly("toy");
        Movie matrix = catalog.byId(2).orElseThrow();
        assertThat(matrix.overview()).isEqualTo("A hacker learns the truth.");
        assertThat(matrix.posterUrl()).isEqualTo("https://img/matrix.jpg");
        assertThat(matrix.keywords()).containsExactly("hacker");

        Movie coldStart = catalog.byId(Catalog.TMDB_ONLY_ID_BASE + 999).orElseThrow();
        assertThat(coldStart.title()).isEqualTo("Cold Start");
        assertThat(coldStart.year()).isEqualTo(2020);
        assertThat(coldStart.genres()).containsExactly("Drama", "Sci-Fi");
        assertThat(coldStart.isRated()).isFalse();

        SourceReport metadata = catalog.stats().sources().get(0);
        assertThat(metadata.malformed()).isEqualTo(2);
        assertThat(metadata.added()).isEqualTo(1);
        SourceReport posters = catalog.stats().sources().stream().filter(s -> s.name().equals("TMDB poster enrichment")).findFirst().orElseThrow();
        assertThat(posters.blank()).isEqualTo(1);
        assertThat(catalog.stats().metadataOnlyMovies()).isEqualTo(1);
        assertThat(catalog.notices()).isEmpty();
    }

    @Test
    void tmdbApiFileComesFirst() throws IOException {
        Path api = Files.createDirectories(data.resolve("tmdb-api"));
        Files.writeString(api.resolve("movies.jsonl"), """
                {"tmdbId":862,"imdbId":"tt0114709","title":"Toy Story","year":1995,"overview":"Fresh from the API.","tagline":null,"genres":["Animation","Family"],"keywords":["toy"],"director":"John Lasseter","cast":["Tom Hanks","Tim Allen"],"posterUrl":"https://image.tmdb.org/t/p/w500/api.jpg","voteAverage":8.0,"voteCount":17000}
                """);
        Path tmdb5000 = Files.createDirectories(data.resolve("tmdb-5000"));
        Files.writeString(tmdb5000.resolve("tmdb_5000_movies.csv"), "id,overview,tagline,title\n862,Older text,The toys are back,Toy Story\n");

        Movie toy = load().byId(1).orElseThrow();

        assertThat(toy.overview()).isEqualTo("Fresh from the API.");
        assertThat(toy.tagline()).isEqualTo("The toys are back");
        assertThat(toy.director()).isEqualTo("John Lasseter");
        assertThat(toy.cast()).containsExactly("Tom Hanks", "Tim Allen");
        assertThat(toy.posterUrl()).endsWith("/api.jpg");
    }

    @Test
    void ratedOnlyDropsUnratedAndMetadataOnlyMovies() {
        Catalog catalog = new CatalogLoader(data, true).load(MovieLensDataset.find(data, "auto"));

        assertThat(catalog.movies()).extracting(Movie::movieId).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void missingOrEmptyDataDirectoryExplainsWhatToDo(@TempDir Path empty) {
        Catalog missing = new CatalogLoader(empty.resolve("nope"), false).load(MovieLensDataset.find(empty.resolve("nope"), "auto"));
        Catalog none = new CatalogLoader(empty, false).load(MovieLensDataset.find(empty, "auto"));

        assertThat(missing.isEmpty()).isTrue();
        assertThat(missing.notices()).singleElement().asString().contains("does not exist").contains("fetch-data");
        assertThat(none.notices()).singleElement().asString().contains("No movies found").contains("ml-latest-small");
    }
}
