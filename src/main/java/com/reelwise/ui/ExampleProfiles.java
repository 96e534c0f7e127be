package com.reelwise.ui;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.recommend.RequestValidator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * One-click starting points for the recommend page. Titles are resolved against the catalog at start, so an
 * example whose films are missing from the loaded data is dropped instead of offering unknown ids.
 */
@Component
public class ExampleProfiles {

    /** An example with the catalog movies it resolved to. */
    public record Example(String name, List<Movie> movies) {
    }

    private record Wanted(String title, int year) {
    }

    // MovieLens ml-latest-small holds every one of these (ids 1, 4886, 6377, 8961, 50872, 60069, 68954; 4226, 48780,
    // 58559, 79132, 109487; 1258, 4105, 2288, 1994, 1347, 3917).
    private static final Map<String, List<Wanted>> WANTED = Map.of(
            "Pixar night", List.of(new Wanted("Toy Story", 1995), new Wanted("Monsters, Inc.", 2001), new Wanted("Finding Nemo", 2003),
                    new Wanted("The Incredibles", 2004), new Wanted("Ratatouille", 2007), new Wanted("WALL·E", 2008), new Wanted("Up", 2009)),
            "Nolan", List.of(new Wanted("Memento", 2000), new Wanted("The Prestige", 2006), new Wanted("The Dark Knight", 2008),
                    new Wanted("Inception", 2010), new Wanted("Interstellar", 2014)),
            "80s horror", List.of(new Wanted("The Shining", 1980), new Wanted("The Evil Dead", 1981), new Wanted("The Thing", 1982),
                    new Wanted("Poltergeist", 1982), new Wanted("A Nightmare on Elm Street", 1984), new Wanted("Hellraiser", 1987)));
    private static final List<String> ORDER = List.of("Pixar night", "Nolan", "80s horror");

    private final List<Example> examples;

    public ExampleProfiles(Catalog catalog) {
        examples = ORDER.stream()
                .map(name -> new Example(name, WANTED.get(name).stream().flatMap(w -> find(catalog, w).stream()).toList()))
                .filter(e -> e.movies().size() >= RequestValidator.MIN_LIKED)
                .toList();
    }

    public List<Example> examples() {
        return examples;
    }

    private static Optional<Movie> find(Catalog catalog, Wanted wanted) {
        String title = wanted.title().toLowerCase(Locale.ROOT);
        // Of several catalog entries with the same title and year, the one with most ratings is the one people mean.
        return catalog.movies().stream()
                .filter(m -> m.year() != null && m.year() == wanted.year() && m.title().toLowerCase(Locale.ROOT).equals(title))
                .max(Comparator.comparingInt(Movie::ratingCount));
    }
}
