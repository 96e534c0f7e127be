package com.reelwise.ui;

import com.reelwise.catalog.Movie;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;

/** A poster card: poster (or a generated placeholder), title, year and genres. */
public class MovieCard extends Div {

    private final Movie movie;

    public MovieCard(Movie movie) {
        this.movie = movie;
        addClassName("movie-card");
        getElement().setAttribute("data-movie-id", String.valueOf(movie.movieId()));
        Image poster = poster(movie);
        poster.getElement().setAttribute("loading", "lazy");
        Span title = new Span(movie.title());
        title.addClassName("title");
        Span year = new Span(movie.year() == null ? "" : String.valueOf(movie.year()));
        year.addClassName("year");
        Span genres = new Span(String.join(" · ", movie.genres()));
        genres.addClassName("genres");
        add(poster, title, year, genres);
    }

    /** The film's poster, or a generated placeholder when it has none or its image fails to load. */
    static Image poster(Movie movie) {
        String placeholder = PosterPlaceholder.dataUri(movie.title(), movie.year());
        Image poster = new Image(movie.hasPoster() ? movie.posterUrl() : placeholder, "Poster of " + movie.titleWithYear());
        poster.addClassName("poster");
        if (movie.hasPoster()) {
            // The server may be offline while the visitor's browser is not: fall back only if the image fails there.
            poster.getElement().setAttribute("onerror", "this.onerror=null;this.src='" + placeholder + "'");
        }
        return poster;
    }

    public Movie movie() {
        return movie;
    }
}
