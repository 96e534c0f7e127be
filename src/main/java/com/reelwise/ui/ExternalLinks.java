package com.reelwise.ui;

import com.reelwise.catalog.Movie;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;

/** A film's IMDb and TMDB links, each opening a new tab and saying so to screen readers. */
final class ExternalLinks {

    private ExternalLinks() {
    }

    static Div of(Movie movie) {
        Div links = new Div();
        links.addClassName("links");
        String imdb = movie.imdbId();
        if (imdb != null && !imdb.isBlank()) {
            links.add(external(movie, "IMDb", "https://www.imdb.com/title/" + imdb + "/"));
        }
        Integer tmdb = movie.tmdbId();
        if (tmdb != null) {
            links.add(external(movie, "TMDB", "https://www.themoviedb.org/movie/" + tmdb));
        }
        return links;
    }

    private static Anchor external(Movie movie, String text, String href) {
        Anchor a = new Anchor(href, text, AnchorTarget.BLANK);
        a.getElement().setAttribute("rel", "noopener noreferrer");
        a.getElement().setAttribute("aria-label", text + " page of " + movie.titleWithYear() + " (opens a new tab)");
        return a;
    }
}
