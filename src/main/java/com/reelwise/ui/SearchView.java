package com.reelwise.ui;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.people.ProfileStore;
import com.reelwise.recommend.RequestValidator;
import com.reelwise.search.TitleSearch;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The landing page and search: well-known posters, or search-as-you-type results, each with a Pick button; the
 * picks show above, and the third one opens the Recommend page with the first list. A poster opens the film's
 * page. {@code ?q=} opens with a search.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Reelwise: find a movie")
public class SearchView extends VerticalLayout implements BeforeEnterObserver {

    static final int RESULTS = 24;

    private final TitleSearch titleSearch;
    private final List<Movie> popular;
    private final TextField query = new TextField();
    private final Div results = new Div();
    private final Paragraph status = new Paragraph();
    private final Catalog catalog;
    private final MyLists mine;
    private final List<Movie> picks = new ArrayList<>();
    private final Paragraph pickStatus = new Paragraph();
    private final PickChips chips = new PickChips(this::unpick);
    private String shownQuery = "";

    public SearchView(TitleSearch titleSearch, Catalog catalog, ProfileStore store, ProfileCookie cookie) {
        this.titleSearch = titleSearch;
        this.catalog = catalog;
        this.mine = MyLists.open(store, cookie);
        this.popular = catalog.mostRated(RESULTS);
        addClassName("search-view");
        for (String notice : catalog.notices()) {
            Paragraph banner = new Paragraph(notice);
            banner.addClassName("notice");
            add(banner);
        }
        query.setLabel("Search movies");
        query.setPlaceholder("Try “godfather”, “amélie” or “matrix 1999”");
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setWidthFull();
        query.setMaxLength(200);
        query.setValueChangeMode(ValueChangeMode.TIMEOUT);
        query.setValueChangeTimeout(200);
        query.addValueChangeListener(e -> show(e.getValue()));
        query.focus();
        results.addClassName("card-grid");
        status.addClassName("status");
        pickStatus.addClassName("pick-status");
        pickStatus.getElement().setAttribute("aria-live", "polite");
        chips.getElement().setAttribute("aria-label", "Your picks");
        Div pickBar = new Div(pickStatus, chips);
        pickBar.addClassName("pick-bar");
        mine.liked().stream().map(catalog::byId).flatMap(Optional::stream).forEach(picks::add);
        add(pickBar, query, status, results);
        refreshPicks();
        show("");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("q").ifPresent(query::setValue);
    }

    private void show(String text) {
        shownQuery = text == null ? "" : text;
        results.removeAll();
        if (text == null || text.isBlank()) {
            status.setText(popular.isEmpty() ? "" : "Most rated on Reelwise. Type a title to search: typos, accents and a year are fine.");
            popular.forEach(movie -> results.add(pickableCard(movie)));
            return;
        }
        List<Movie> movies = titleSearch.search(text, RESULTS);
        status.setText(movies.isEmpty() ? "No movie matches “" + text.strip() + "”. Check the spelling or try fewer words."
                : movies.size() + (movies.size() == 1 ? " match" : " matches"));
        movies.forEach(movie -> results.add(pickableCard(movie)));
    }

    /** The poster (opening the film's page) and a Pick button under it. */
    private Div pickableCard(Movie movie) {
        boolean picked = picks.contains(movie);
        Button pick = new Button(picked ? "Picked" : "Pick", e -> pick(movie));
        pick.addThemeVariants(ButtonVariant.LUMO_SMALL, picked ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY);
        pick.setEnabled(!picked);
        pick.setAriaLabel((picked ? "Picked " : "Pick ") + movie.titleWithYear());
        pick.addClassName("pick");
        Div card = new Div(MovieView.linkedCard(movie), pick);
        card.addClassName("pickable");
        return card;
    }

    private void pick(Movie movie) {
        if (picks.contains(movie)) {
            return;
        }
        picks.add(movie);
        boolean saved = saveThenShow(() -> mine.like(movie.movieId()));
        if (saved && picks.size() == RequestValidator.MIN_LIKED) {
            // The first list comes with the third pick, without hunting for the Recommend tab.
            getUI().ifPresent(ui -> ui.getPage().setLocation("recommend"));
        }
    }

    private void unpick(Movie movie) {
        picks.remove(movie);
        saveThenShow(() -> mine.clearVerdict(movie.movieId()));
    }

    /**
     * Saves a change to the picks and shows them again; when saving fails, the sentence saying so replaces the pick
     * count (shown after it, or the count would hide it) and the page keeps the change. False when it failed.
     */
    private boolean saveThenShow(Runnable change) {
        String problem = null;
        try {
            change.run();
        } catch (RuntimeException storageDown) {
            problem = "Could not save that just now: " + storageDown.getMessage() + " (kept on this page only)";
        }
        refreshPicks();
        show(shownQuery);
        if (problem != null) {
            pickStatus.setText(problem);
        }
        return problem == null;
    }

    private void refreshPicks() {
        chips.show(picks);
        int missing = RequestValidator.MIN_LIKED - picks.size();
        pickStatus.removeAll();
        if (missing > 0) {
            pickStatus.setText(picks.isEmpty() ? "Pick three films you love, and your first recommendations follow."
                    : "Pick %d more film%s you love.".formatted(missing, missing == 1 ? "" : "s"));
        } else {
            pickStatus.setText("Your picks are ready. ");
            com.vaadin.flow.component.html.Anchor go = new com.vaadin.flow.component.html.Anchor("recommend", "See your recommendations");
            go.getElement().setAttribute("router-link", true);
            go.addClassName("go-recommend");
            pickStatus.add(go);
        }
    }
}
