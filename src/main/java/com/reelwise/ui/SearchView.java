package com.reelwise.ui;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.search.TitleSearch;
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
import java.util.List;

/** Search-as-you-type over the catalog, results as poster cards; {@code ?q=} opens with a search. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Reelwise: find a movie")
public class SearchView extends VerticalLayout implements BeforeEnterObserver {

    static final int RESULTS = 24;

    private final TitleSearch titleSearch;
    private final List<Movie> popular;
    private final TextField query = new TextField();
    private final Div results = new Div();
    private final Paragraph status = new Paragraph();

    public SearchView(TitleSearch titleSearch, Catalog catalog) {
        this.titleSearch = titleSearch;
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
        add(query, status, results);
        show("");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("q").ifPresent(query::setValue);
    }

    private void show(String text) {
        results.removeAll();
        if (text == null || text.isBlank()) {
            status.setText(popular.isEmpty() ? "" : "Most rated on Reelwise. Type a title to search: typos, accents and a year are fine.");
            popular.forEach(movie -> results.add(MovieView.linkedCard(movie)));
            return;
        }
        List<Movie> movies = titleSearch.search(text, RESULTS);
        status.setText(movies.isEmpty() ? "No movie matches “" + text.strip() + "”. Check the spelling or try fewer words."
                : movies.size() + (movies.size() == 1 ? " match" : " matches"));
        movies.forEach(movie -> results.add(MovieView.linkedCard(movie)));
    }
}
