package com.reelwise.ui;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.recommend.InvalidRequestException;
import com.reelwise.recommend.Method;
import com.reelwise.recommend.MethodUnavailableException;
import com.reelwise.recommend.Profile;
import com.reelwise.recommend.Recommendation;
import com.reelwise.recommend.RecommendationRequest;
import com.reelwise.recommend.Filters;
import com.reelwise.recommend.Recommendations;
import com.reelwise.recommend.RequestValidator;
import com.reelwise.search.TitleSearch;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Name three or more films, optionally a mood, pick a method and blend: recommendations with reasons.
 * {@code ?liked=1,3114,4886&method=content} opens with those picks and runs at once (shareable profiles).
 */
@Route(value = "recommend", layout = MainLayout.class)
@PageTitle("Reelwise: recommendations")
public class RecommendView extends VerticalLayout implements BeforeEnterObserver {

    private final Recommendations recommendations;
    private final List<Movie> liked = new ArrayList<>();
    private final ComboBox<Movie> picker = new ComboBox<>("Movies you love");
    private final Div chips = new Div();
    private final TextField mood = new TextField("In the mood for (optional)");
    private final Select<Method> method = new Select<>();
    private final NumberField alpha = new NumberField("Collaborative ↔ content");
    private final NumberField diversity = new NumberField("Diversity");
    private final Button go = new Button("Recommend", VaadinIcon.MAGIC.create());
    private final Paragraph status = new Paragraph();
    private final Div results = new Div();

    private final Catalog catalog;

    public RecommendView(TitleSearch titleSearch, Recommendations recommendations, Catalog catalog) {
        this.recommendations = recommendations;
        this.catalog = catalog;
        addClassName("recommend-view");
        picker.setItems(query -> titleSearch.search(query.getFilter().orElse(""), query.getLimit()).stream().skip(query.getOffset()));
        picker.setItemLabelGenerator(Movie::titleWithYear);
        picker.setPlaceholder("Type a title…");
        picker.setWidthFull();
        picker.addValueChangeListener(e -> {
            if (e.getValue() != null && !liked.contains(e.getValue())) {
                liked.add(e.getValue());
                refreshPicks();
            }
            picker.clear();
        });
        chips.addClassName("chips");
        mood.setPlaceholder("e.g. a slow-burning heist with a great score");
        mood.setMaxLength(RequestValidator.MAX_MOOD_CHARS);
        mood.setWidthFull();
        method.setLabel("Method");
        method.setItems(Method.values());
        method.setItemLabelGenerator(RecommendView::label);
        method.setValue(Method.HYBRID);
        alpha.setMin(0);
        alpha.setMax(1);
        alpha.setStep(0.1);
        alpha.setValue(0.5);
        alpha.setStepButtonsVisible(true);
        alpha.setHelperText("0 = by description, 1 = by what similar people liked");
        diversity.setMin(0);
        diversity.setMax(1);
        diversity.setStep(0.1);
        diversity.setValue(0.0);
        diversity.setStepButtonsVisible(true);
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClickListener(e -> recommend());
        HorizontalLayout controls = new HorizontalLayout(method, alpha, diversity, go);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        controls.addClassName("controls");
        results.addClassName("card-grid");
        status.addClassName("status");
        add(new H2("Get recommendations"), picker, chips, mood, controls, status, results);
        refreshPicks();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters params = event.getLocation().getQueryParameters();
        params.getSingleParameter("liked").ifPresent(ids -> {
            for (String id : ids.split(",")) {
                parseId(id).flatMap(catalog::byId).filter(m -> !liked.contains(m)).ifPresent(liked::add);
            }
            refreshPicks();
        });
        params.getSingleParameter("method").ifPresent(name -> {
            try {
                method.setValue(Method.parse(name));
            } catch (InvalidRequestException unknown) {
                status.setText(unknown.getMessage());
            }
        });
        if (liked.size() >= RequestValidator.MIN_LIKED) {
            recommend();
        }
    }

    private static Optional<Integer> parseId(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    private void refreshPicks() {
        chips.removeAll();
        for (Movie movie : liked) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                liked.remove(movie);
                refreshPicks();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel("Remove " + movie.titleWithYear());
            Span chip = new Span(new Span(movie.titleWithYear()), remove);
            chip.addClassName("chip");
            chips.add(chip);
        }
        int missing = RequestValidator.MIN_LIKED - liked.size();
        go.setEnabled(missing <= 0);
        go.setTooltipText(missing > 0 ? "Pick " + missing + " more movie" + (missing == 1 ? "" : "s") + " you love" : null);
        if (missing > 0) {
            status.setText("Pick at least " + RequestValidator.MIN_LIKED + " movies you love (" + missing + " to go).");
        }
    }

    private void recommend() {
        results.removeAll();
        Profile profile = new Profile(liked.stream().map(Movie::movieId).toList(), List.of(), List.of(), mood.getValue());
        RecommendationRequest request = new RecommendationRequest(profile, method.getValue(), Filters.NONE, 12,
                value(alpha, 0.5), value(diversity, 0.0));
        try {
            List<Recommendation> list = recommendations.recommend(request);
            status.setText(list.isEmpty() ? "Nothing left to recommend with these settings." : "Because of what you picked:");
            list.forEach(r -> results.add(new RecommendationCard(r)));
        } catch (InvalidRequestException | MethodUnavailableException e) {
            status.setText(e.getMessage());
        }
    }

    private static double value(NumberField field, double fallback) {
        return field.getValue() == null ? fallback : Math.max(0, Math.min(1, field.getValue()));
    }

    private static String label(Method m) {
        return switch (m) {
            case HYBRID -> "Hybrid";
            case NCF -> "Neural CF";
            case CONTENT -> "Content";
            case CLUSTER -> "Cluster explore";
            case POPULAR -> "Popular";
        };
    }
}
