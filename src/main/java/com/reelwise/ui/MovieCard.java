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
        String placeholder = PosterPlaceholder.dataUri(movie.title(), movie.year());
        Image poster = new Image(movie.hasPoster() ? movie.posterUrl() : placeholder, "Poster of " + movie.titleWithYear());
        poster.addClassName("poster");
        poster.getElement().setAttribute("loading", "lazy");
        if (movie.hasPoster()) {
            // The server may be offline while the visitor's browser is not: fall back only if the image fails there.
            poster.getElement().setAttribute("onerror", "this.onerror=null;this.src='" + placeholder + "'");
        }
        Span title = new Span(movie.title());
        title.addClassName("title");
        Span year = new Span(movie.year() == null ? "" : String.valueOf(movie.year()));
        year.addClassName("year");
        Span genres = new Span(String.join(" · ", movie.genres()));
        genres.addClassName("genres");
        add(poster, title, year, genres);
    }

    public Movie movie() {
        return movie;
    }
}
