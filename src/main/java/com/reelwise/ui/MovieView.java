package com.reelwise.ui;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.people.ProfileStore;
import com.reelwise.rating.StarPredictor;
import com.reelwise.recommend.MoreLikeThis;
import com.reelwise.training.StarModelManager;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A film's own page ({@code /movie/{id}}): poster, year, genres, synopsis, director and cast, how people here rated
 * it, "add to my picks", films like it (each a link to its page) and links out. An unknown id gets a sentence.
 */
@Route(value = "movie", layout = MainLayout.class)
public class MovieView extends VerticalLayout implements HasUrlParameter<Integer>, HasDynamicTitle {

    static final int MORE_LIKE_THIS = 12;
    static final int CAST_SHOWN = 6;
    static final List<Float> STAR_CHOICES = List.of(0.5f, 1f, 1.5f, 2f, 2.5f, 3f, 3.5f, 4f, 4.5f, 5f);

    private final Catalog catalog;
    private final MoreLikeThis moreLikeThis;
    private final MyLists mine;
    private final Supplier<Optional<StarPredictor>> stars;
    private String title = "Reelwise: a film";

    @Autowired
    public MovieView(Catalog catalog, MoreLikeThis moreLikeThis, ProfileStore store, ProfileCookie cookie, StarModelManager starModel) {
        this(catalog, moreLikeThis, store, cookie, starModel::predictor);
    }

    MovieView(Catalog catalog, MoreLikeThis moreLikeThis, ProfileStore store, ProfileCookie cookie, Supplier<Optional<StarPredictor>> stars) {
        this.catalog = catalog;
        this.moreLikeThis = moreLikeThis;
        this.stars = stars;
        this.mine = MyLists.open(store, cookie);
        addClassName("movie-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Integer movieId) {
        removeAll();
        catalog.byId(movieId == null ? -1 : movieId).ifPresentOrElse(this::show,
                () -> add(new H2("No such film"), new Paragraph("There is no film with the number " + movieId
                        + " here. Search for it by title instead."), new Anchor("", "Search")));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(Movie movie) {
        title = "Reelwise: " + movie.titleWithYear();
        Image poster = MovieCard.poster(movie);
        Div facts = new Div();
        facts.addClassName("facts");
        facts.add(new H2(movie.titleWithYear()));
        if (!movie.genres().isEmpty()) {
            facts.add(line("genres", String.join(" · ", movie.genres())));
        }
        if (movie.tagline() != null && !movie.tagline().isBlank()) {
            facts.add(line("tagline", movie.tagline()));
        }
        facts.add(new Paragraph(movie.overview() == null || movie.overview().isBlank() ? "No synopsis here yet." : movie.overview()));
        if (movie.director() != null) {
            facts.add(line("director", "Directed by " + movie.director()));
        }
        if (!movie.cast().isEmpty()) {
            facts.add(line("cast", "With " + String.join(", ", movie.cast().stream().limit(CAST_SHOWN).toList())));
        }
        facts.add(line("ratings", ratings(movie)));
        facts.add(starsRow(movie));
        facts.add(pickButton(movie), ExternalLinks.of(movie));
        Div top = new Div(poster, facts);
        top.addClassName("movie-top");
        add(top);

        List<Movie> alike = moreLikeThis.of(movie.movieId(), MORE_LIKE_THIS);
        if (!alike.isEmpty()) {
            Div grid = new Div();
            grid.addClassName("card-grid");
            for (Movie other : alike) {
                grid.add(linkedCard(other));
            }
            add(new H3("More like this"), grid);
        }
    }

    /**
     * A poster card that opens the film's page. A plain anchor marked for the router (navigation stays in the page)
     * rather than a RouterLink, which needs the route registered wherever a card is built, tests included.
     */
    static Anchor linkedCard(Movie movie) {
        Anchor link = new Anchor("movie/" + movie.movieId(), "");
        link.add(new MovieCard(movie));
        link.addClassName("movie-link");
        link.getElement().setAttribute("router-link", true);
        link.getElement().setAttribute("aria-label", movie.titleWithYear() + ": its page");
        return link;
    }

    private Div pickButton(Movie movie) {
        boolean picked = mine.liked().contains(movie.movieId());
        Button pick = new Button(picked ? "In your picks" : "Add to my picks");
        pick.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pick.setEnabled(!picked);
        Span said = new Span();
        said.addClassName("pick-result");
        pick.addClickListener(e -> {
            try {
                mine.like(movie.movieId());
                pick.setText("In your picks");
                pick.setEnabled(false);
                said.setText(movie.title() + " joins your picks on the Recommend page.");
            } catch (RuntimeException storageDown) {
                said.setText("Could not save it just now: " + storageDown.getMessage());
            }
        });
        Div row = new Div(pick, said);
        row.addClassName("pick-row");
        return row;
    }

    /** The visitor's own stars for the film, and the stars the model predicts they would give it. */
    private Div starsRow(Movie movie) {
        Select<Float> own = new Select<>();
        own.setLabel("Your stars");
        own.setItems(STAR_CHOICES);
        own.setEmptySelectionAllowed(true);
        own.setEmptySelectionCaption("Not rated");
        own.setItemLabelGenerator(s -> s == null ? "Not rated" : String.format(Locale.ROOT, "%.1f ★", s));
        own.setValue(mine.stars().get(movie.movieId()));
        own.addClassName("own-stars");
        Paragraph predicted = line("predicted-stars", predictedStars(movie.movieId()));
        own.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                mine.setStars(movie.movieId(), e.getValue());
                predicted.setText(predictedStars(movie.movieId()));
            } catch (RuntimeException storageDown) {
                predicted.setText("Could not save your stars just now: " + storageDown.getMessage());
            }
        });
        Div row = new Div(own, predicted);
        row.addClassName("stars-row");
        return row;
    }

    /** One sentence: the prediction, or what it still needs. */
    String predictedStars(int movieId) {
        Optional<StarPredictor> model = stars.get();
        if (model.isEmpty()) {
            return "Predicted stars for you: the star model is still loading.";
        }
        Map<Integer, Float> given = mine.stars();
        int usable = model.get().usable(given, movieId);
        if (usable < StarPredictor.ENOUGH) {
            int missing = StarPredictor.ENOUGH - usable;
            return "Give stars to " + missing + " more film" + (missing == 1 ? "" : "s") + " that people here rated, and this page "
                    + "predicts how many you would give this one.";
        }
        float predicted = model.get().starsForVisitor(given, movieId).orElseThrow();
        return String.format(Locale.ROOT, "Predicted for you: %.1f ★, from your stars for %d other films (your leaning against "
                + "other people's, and how you rated the films people rate most like this one).", predicted, usable);
    }

    private static String ratings(Movie movie) {
        List<String> parts = new ArrayList<>();
        if (movie.ratingCount() > 0 && movie.meanRating() != null) {
            parts.add("Rated by %d %s here, %.1f stars on average".formatted(movie.ratingCount(),
                    movie.ratingCount() == 1 ? "person" : "people", movie.meanRating()));
        } else {
            parts.add("Nobody here has rated it yet");
        }
        if (movie.tmdbVotes() > 0) {
            parts.add("%,d votes on TMDB".formatted(movie.tmdbVotes()));
        }
        return String.join("; ", parts) + ".";
    }

    private static Paragraph line(String className, String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName(className);
        return p;
    }
}
