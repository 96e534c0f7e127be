package com.reelwise.ui;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.cluster.ClusterModel;
import com.reelwise.problems.InvalidInputException;
import com.reelwise.recommend.Method;
import com.reelwise.recommend.MethodUnavailableException;
import com.reelwise.recommend.Profile;
import com.reelwise.recommend.Recommendation;
import com.reelwise.recommend.RecommendationRequest;
import com.reelwise.recommend.Recommendations;
import com.reelwise.recommend.RequestValidator;
import com.reelwise.search.TitleSearch;
import com.reelwise.training.ModelStatus;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The catalog as a 2D map coloured by cluster, the person's picks and their recommendations marked.
 * {@code ?liked=1,3114,4886} opens with those picks, like the recommend page's shareable links.
 */
@Route(value = "map", layout = MainLayout.class)
@PageTitle("Reelwise: map of the catalog")
public class MapView extends VerticalLayout implements BeforeEnterObserver {

    static final int RECOMMENDATIONS = 20;
    private static final int POLL_MILLIS = 3000;

    private final CatalogMapSource source;
    private final Catalog catalog;
    private final Recommendations recommendations;
    private final List<Movie> picks = new ArrayList<>();
    private final ComboBox<Movie> picker = new ComboBox<>("Add a movie you love");
    private final PickChips chips = new PickChips(movie -> {
        picks.remove(movie);
        picksChanged();
    });
    private final Paragraph status = new Paragraph();
    private final Paragraph unknownIds = new Paragraph();
    private final Paragraph waiting = new Paragraph();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final ScatterMap scatter = new ScatterMap();
    private final Div detail = new Div();
    private final Div mapFrame = new Div(scatter, detail);
    private final HorizontalLayout legend;
    private List<Integer> recommended = List.of();
    private boolean drawn;
    private Registration polling;

    public MapView(CatalogMapSource source, Catalog catalog, Recommendations recommendations, TitleSearch titleSearch) {
        this.source = source;
        this.catalog = catalog;
        this.recommendations = recommendations;
        addClassName("map-view");
        picker.setItems(query -> titleSearch.search(query.getFilter().orElse(""), query.getLimit()).stream().skip(query.getOffset()));
        picker.setItemLabelGenerator(Movie::titleWithYear);
        picker.setPlaceholder("Type a title…");
        picker.setWidthFull();
        picker.addValueChangeListener(e -> {
            if (e.getValue() != null && !picks.contains(e.getValue())) {
                picks.add(e.getValue());
                picksChanged();
            }
            if (e.getValue() != null) {
                picker.clear();
            }
        });
        status.addClassName("status");
        unknownIds.addClassName("notice");
        unknownIds.setVisible(false);
        waiting.addClassName("notice");
        progress.setVisible(false);
        Button reset = new Button("Reset zoom", VaadinIcon.EXPAND_SQUARE.create(), e -> scatter.resetZoom());
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        legend = new HorizontalLayout(legendItem("legend-pick", "your picks"), legendItem("legend-recommended", "recommended"),
                hint(), reset);
        legend.addClassName("map-legend");
        legend.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        scatter.addClassName("map-canvas");
        scatter.setWidthFull();
        scatter.addPointClickListener(e -> showDetail(e.movieId()));
        detail.addClassName("map-detail");
        detail.setVisible(false);
        Paragraph intro = new Paragraph("Each dot is a movie; movies with similar descriptions sit close together. "
                + "Colours are clusters, labelled at their centres.");
        intro.addClassName("map-intro");
        mapFrame.addClassName("map-frame");
        add(new H2("Map of the catalog"), intro, unknownIds, picker, chips, status, waiting, progress, legend, mapFrame);
        refreshChips();
    }

    private static Span hint() {
        Span hint = new Span("Scroll or pinch to zoom, drag to pan, click a dot for details.");
        hint.addClassName("map-hint");
        return hint;
    }

    private static Span legendItem(String className, String text) {
        Span swatch = new Span();
        swatch.addClassName(className);
        swatch.getElement().setAttribute("aria-hidden", "true");
        Span item = new Span(swatch, new Span(text));
        item.addClassName("legend-item");
        return item;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(event.getLocation().getQueryParameters());
    }

    /** Opens with the picks in {@code ?liked=}; ids that name no movie get a sentence. */
    void open(QueryParameters params) {
        List<String> unknown = new ArrayList<>();
        params.getSingleParameter("liked").ifPresent(ids -> {
            for (String text : ids.split(",")) {
                if (text.isBlank()) {
                    continue;
                }
                try {
                    catalog.byId(Integer.parseInt(text.strip())).ifPresentOrElse(m -> {
                        if (!picks.contains(m)) {
                            picks.add(m);
                        }
                    }, () -> unknown.add(text.strip()));
                } catch (NumberFormatException notAnId) {
                    unknown.add(text.strip());
                }
            }
        });
        unknownIds.setVisible(!unknown.isEmpty());
        unknownIds.setText(unknown.isEmpty() ? "" : (unknown.size() == 1 ? "“" + unknown.get(0) + "” is not a movie id in the catalog"
                : "These are not movie ids in the catalog: " + unknown.stream().map(u -> "“" + u + "”").collect(Collectors.joining(", ")))
                + "; the map shows your other picks.");
        refreshChips();
        recommend();
        drawOrWait();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        polling = attachEvent.getUI().addPollListener(e -> {
            if (!drawn) {
                drawOrWait();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        polling.remove();
        detachEvent.getUI().setPollInterval(-1);
    }

    /** Draws the map when the cluster model is ready; until then says why and polls for it. */
    private void drawOrWait() {
        ClusterModel model = source.clusters();
        if (model == null) {
            ModelStatus s = source.status();
            boolean busy = s.state() == ModelStatus.State.LOADING || s.state() == ModelStatus.State.TRAINING;
            String why = recommendations.whyUnavailable(Method.CLUSTER);
            waiting.setText(busy ? "The map appears once the content model and its clusters are ready. " + s.message()
                    : "The map needs the content model and its clusters. " + (why != null ? why : s.message()));
            waiting.setVisible(true);
            progress.setVisible(busy);
            progress.setIndeterminate(s.state() == ModelStatus.State.LOADING || s.fraction() <= 0 || s.fraction() >= 1);
            progress.setValue(Math.max(0, Math.min(1, s.fraction())));
            mapFrame.setVisible(false);
            legend.setVisible(false);
            getUI().ifPresent(ui -> ui.setPollInterval(busy || s.state() == ModelStatus.State.READY ? POLL_MILLIS : -1));
            return;
        }
        waiting.setVisible(false);
        progress.setVisible(false);
        mapFrame.setVisible(true);
        legend.setVisible(true);
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        if (!drawn) {
            // The cluster recommender may have registered with the map: recommendations can change now.
            recommend();
        }
        scatter.show(MapPayload.of(model.map(), catalog, pickIds(), recommended));
        drawn = true;
    }

    private void picksChanged() {
        refreshChips();
        recommend();
        if (drawn) {
            scatter.highlight(pickIds(), recommended);
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("map", picks.isEmpty() ? QueryParameters.empty()
                        : QueryParameters.simple(Map.of("liked", pickIds().stream().map(String::valueOf).collect(Collectors.joining(",")))))));
    }

    private List<Integer> pickIds() {
        return picks.stream().map(Movie::movieId).toList();
    }

    private void refreshChips() {
        chips.show(picks);
    }

    /** Hybrid when it can answer, else cluster explore; nothing below three picks. */
    private void recommend() {
        recommended = List.of();
        int missing = RequestValidator.MIN_LIKED - picks.size();
        if (missing > 0) {
            status.setText(picks.isEmpty() ? "Add movies you love to see where they sit and what we would recommend."
                    : "Add " + missing + " more movie" + (missing == 1 ? "" : "s") + " to see recommendations on the map.");
            return;
        }
        List<String> reasons = new ArrayList<>();
        for (Method method : List.of(Method.HYBRID, Method.CLUSTER)) {
            try {
                List<Recommendation> list = recommendations.recommend(RecommendationRequest.of(Profile.liking(pickIds()), method, RECOMMENDATIONS));
                recommended = list.stream().map(r -> r.movie().movieId()).toList();
                status.setText(recommended.size() + " recommendations (" + (method == Method.HYBRID ? "hybrid" : "cluster explore")
                        + ") are marked; click one for details.");
                return;
            } catch (MethodUnavailableException | InvalidInputException e) {
                reasons.add(e.getMessage());
            }
        }
        status.setText("Your picks are marked; no recommendations yet: " + reasons.get(reasons.size() - 1));
    }

    private void showDetail(int movieId) {
        detail.removeAll();
        Movie movie = catalog.byId(movieId).orElse(null);
        if (movie == null) {
            detail.setVisible(false);
            return;
        }
        H3 title = new H3(movie.title());
        Span year = new Span(movie.year() == null ? "year unknown" : String.valueOf(movie.year()));
        year.addClassName("year");
        Span genres = new Span(movie.genres().isEmpty() ? "" : String.join(" · ", movie.genres()));
        genres.addClassName("genres");
        List<Integer> liked = new ArrayList<>(pickIds());
        if (!liked.contains(movieId)) {
            liked.add(movieId);
        }
        Anchor more = new Anchor("recommend?liked=" + liked.stream().map(String::valueOf).collect(Collectors.joining(",")),
                "Recommend more like this");
        more.addClassName("more-like-this");
        Button add = new Button(picks.contains(movie) ? "In your picks" : "Add to my picks", VaadinIcon.PLUS.create(), e -> {
            if (!picks.contains(movie)) {
                picks.add(movie);
                picksChanged();
            }
            detail.setVisible(false);
        });
        add.setEnabled(!picks.contains(movie));
        Button close = new Button(VaadinIcon.CLOSE.create(), e -> detail.setVisible(false));
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel("Close details");
        HorizontalLayout actions = new HorizontalLayout(more, add);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        actions.addClassName("actions");
        detail.add(close, title, year, genres, actions);
        detail.setVisible(true);
    }

    /** The map element, for tests. */
    ScatterMap scatter() {
        return scatter;
    }
}
