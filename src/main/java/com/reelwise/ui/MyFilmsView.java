package com.reelwise.ui;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.people.ProfileStore;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.reelwise.config.ReelwiseProperties;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;

/** The films the visitor saved from recommendation cards, with a button to take each off the list. */
@Route(value = "my-films", layout = MainLayout.class)
@PageTitle("Reelwise: My films")
public class MyFilmsView extends VerticalLayout {

    private final Catalog catalog;
    private final MyLists mine;
    private final Paragraph status = new Paragraph();
    private final Paragraph notice = new Paragraph();
    private final Div films = new Div();

    /** Said on My films when saved lists live in the container only. */
    static final String EPHEMERAL = "This Space has no persistent storage, so saved lists last until it restarts.";

    public MyFilmsView(Catalog catalog, ProfileStore store, ProfileCookie cookie, ReelwiseProperties properties) {
        this.catalog = catalog;
        this.mine = MyLists.open(store, cookie);
        addClassName("my-films-view");
        status.addClassName("status");
        status.getElement().setAttribute("aria-live", "polite");
        notice.addClassName("notice");
        films.addClassName("card-grid");
        Paragraph who = new Paragraph(mine.name().isEmpty() ? "Nothing has been saved in this browser yet."
                : "Saved by " + mine.name() + " in this browser.");
        who.addClassName("status");
        add(new H2("My films"), who, notice, status, films);
        if (properties.ephemeralStorage()) {
            Paragraph storage = new Paragraph(EPHEMERAL);
            storage.addClassName("storage-note");
            addComponentAtIndex(2, storage);
        }
        showProblem(mine.problem());
        render();
    }

    private void render() {
        films.removeAll();
        for (int movieId : mine.myFilms()) {
            Optional<Movie> movie = catalog.byId(movieId);
            if (movie.isEmpty()) {
                continue;
            }
            Button remove = new Button("Remove", e -> remove(movie.get()));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel("Remove " + movie.get().titleWithYear() + " from My films");
            Div card = new Div(MovieView.linkedCard(movie.get()), remove);
            card.addClassName("saved-film");
            films.add(card);
        }
        if (mine.myFilms().isEmpty()) {
            status.removeAll();
            status.add("Nothing saved yet. Press ☆ My films on a recommendation to keep it here. ");
            status.add(new RouterLink("Get recommendations", RecommendView.class));
        } else {
            status.setText(mine.myFilms().size() + " saved film" + (mine.myFilms().size() == 1 ? "" : "s") + ".");
        }
    }

    private void remove(Movie movie) {
        try {
            mine.removeFilm(movie.movieId());
            showProblem(null);
            render();
        } catch (RuntimeException e) {
            showProblem(e.getMessage());
        }
    }

    private void showProblem(String problem) {
        notice.setText(problem == null ? "" : problem);
        notice.setVisible(problem != null);
    }
}
