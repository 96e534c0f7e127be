package com.reelwise.ui;

import com.reelwise.problems.InvalidInputException;
import com.reelwise.raters.ExistingUsers;
import com.reelwise.raters.RatedMovie;
import com.reelwise.raters.UserPick;
import com.reelwise.recommend.Method;
import com.reelwise.recommend.MethodUnavailableException;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Existing-user mode: pick a MovieLens user, see what they rated and what each method recommends
 * them, with NeuMF's predicted probability beside every movie. {@code ?user=42} opens that user.
 */
@Route(value = "users", layout = MainLayout.class)
@PageTitle("Reelwise: existing users")
public class UsersView extends VerticalLayout implements BeforeEnterObserver {

    static final int RECOMMENDATIONS = 20;
    /** The list the picks grid shows, in the method's order. */
    private List<UserPick> shownPicks = List.of();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final ExistingUsers users;
    private final IntegerField userId = new IntegerField("MovieLens user id");
    private final Paragraph status = new Paragraph();
    private final Tabs methods = new Tabs();
    private final Map<Tab, Method> methodOfTab = new java.util.LinkedHashMap<>();
    private final Paragraph methodStatus = new Paragraph();
    private final Grid<UserPick> picks = new Grid<>();
    private final H3 historyTitle = new H3("Rating history");
    private final Grid<RatedMovie> history = new Grid<>();
    private Integer shown;

    public UsersView(ExistingUsers users) {
        this.users = users;
        addClassName("users-view");
        List<Integer> ids = users.userIds();
        userId.setMin(ids.isEmpty() ? 0 : ids.get(0));
        userId.setMax(ids.isEmpty() ? 0 : ids.get(ids.size() - 1));
        userId.setStepButtonsVisible(true);
        userId.setHelperText(ids.isEmpty() ? "No MovieLens ratings loaded"
                : ids.size() + " users with ids from " + ids.get(0) + " to " + ids.get(ids.size() - 1));
        userId.setPlaceholder(ids.isEmpty() ? "" : "e.g. " + ids.get(0));
        userId.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                show(e.getValue(), true);
            }
        });
        status.addClassNames("status", "user-status");
        for (Method method : Method.values()) {
            Tab tab = new Tab(MethodLabels.of(method));
            methodOfTab.put(tab, method);
            methods.add(tab);
        }
        methods.addSelectedChangeListener(e -> showRecommendations());
        methods.addClassName("method-tabs");
        methodStatus.addClassNames("status", "method-status");

        // Title and Why first, both wrapping: on a phone they fill the screen and the figures follow on a sideways scroll.
        picks.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        picks.addColumn(p -> p.movie().title()).setHeader("Title").setWidth("9rem").setFlexGrow(3).setSortable(true).setResizable(true);
        picks.addColumn(UserPick::why).setHeader("Why").setWidth("12rem").setFlexGrow(4).setResizable(true);
        // The place in the method's list: a method's raw score (3.70 here, 0.60 there) means nothing to a person.
        picks.addColumn(p -> shownPicks.indexOf(p) + 1).setHeader("Place")
                .setComparator(Comparator.comparingInt(shownPicks::indexOf)).setTextAlign(ColumnTextAlign.END).setWidth("5.5rem").setFlexGrow(0);
        picks.addColumn(p -> p.movie().year()).setHeader("Year").setWidth("5.5rem").setFlexGrow(0).setSortable(true);
        picks.addColumn(p -> stars(p.stars())).setHeader("Predicted stars")
                .setComparator(Comparator.comparingDouble(p -> p.stars() == null ? -1 : p.stars()))
                .setTextAlign(ColumnTextAlign.END).setWidth("9.5rem").setFlexGrow(0);
        picks.addColumn(p -> percent(p.probability())).setHeader("NeuMF probability")
                .setComparator(Comparator.comparingDouble(p -> p.probability() == null ? -1 : p.probability()))
                .setTextAlign(ColumnTextAlign.END).setWidth("10.5rem").setFlexGrow(0);
        picks.addClassName("user-picks");

        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        history.addColumn(r -> r.movie().title()).setHeader("Title").setWidth("13rem").setFlexGrow(3).setSortable(true).setResizable(true)
                .setComparator(Comparator.comparing(r -> r.movie().title()));
        history.addColumn(r -> r.movie().year()).setHeader("Year").setWidth("5.5rem").setFlexGrow(0)
                .setComparator(Comparator.comparing(r -> r.movie().year() == null ? 0 : r.movie().year()));
        history.addColumn(r -> stars(r.rating())).setHeader("Their rating").setWidth("8.5rem").setFlexGrow(0)
                .setComparator(Comparator.comparingDouble(RatedMovie::rating));
        history.addColumn(r -> stars(r.stars())).setHeader("Model's stars").setTextAlign(ColumnTextAlign.END).setWidth("9rem").setFlexGrow(0)
                .setComparator(Comparator.comparingDouble(r -> r.stars() == null ? -1 : r.stars()));
        history.addColumn(r -> percent(r.predicted())).setHeader("NeuMF probability").setTextAlign(ColumnTextAlign.END)
                .setWidth("10.5rem").setFlexGrow(0)
                .setComparator(Comparator.comparingDouble(r -> r.predicted() == null ? -1 : r.predicted()));
        history.addColumn(r -> DAY.format(Instant.ofEpochSecond(r.ratedAt()))).setHeader("Rated on").setWidth("8rem").setFlexGrow(0)
                .setComparator(Comparator.comparingLong(RatedMovie::ratedAt));
        history.addClassName("user-history");

        add(new H2("Existing MovieLens users"),
                intro(),
                userId, status, new H3("Recommendations"), methods, methodStatus, picks, historyTitle, history);
        show(null, false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(event.getLocation().getQueryParameters());
    }

    /** Opens the user named by {@code ?user=}. */
    void open(QueryParameters params) {
        params.getSingleParameter("user").ifPresent(text -> {
            try {
                userId.setValue(Integer.parseInt(text.strip()));
            } catch (NumberFormatException notANumber) {
                show(null, false);
                status.setText("“" + text.strip() + "” is not a user id; ids are whole numbers.");
            }
        });
    }

    private void show(Integer id, boolean updateUrl) {
        shown = null;
        boolean known = id != null && users.exists(id);
        picks.setVisible(known);
        methods.setVisible(known);
        methodStatus.setVisible(known);
        history.setVisible(known);
        historyTitle.setVisible(known);
        if (id == null) {
            status.setText(userId.isInvalid() ? "Type a whole number." : "Type a user id to see their history and recommendations.");
            return;
        }
        if (!known) {
            status.setText(users.unknownUser(id));
            return;
        }
        shown = id;
        List<RatedMovie> rated = users.history(id).orElseThrow();
        history.setItems(rated);
        historyTitle.setText("Rating history (" + rated.size() + (rated.size() == 1 ? " movie)" : " movies)"));
        double mean = rated.stream().mapToDouble(RatedMovie::rating).average().orElse(0);
        status.setText(String.format(Locale.ROOT, "User %d rated %d movies, %.1f stars on average.", id, rated.size(), mean));
        showRecommendations();
        if (updateUrl) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    new Location("users", QueryParameters.simple(Map.of("user", String.valueOf(id))))));
        }
    }

    private void showRecommendations() {
        if (shown == null) {
            return;
        }
        Method method = selectedMethod();
        try {
            List<UserPick> list = users.recommend(shown, method, RECOMMENDATIONS);
            shownPicks = list;
            picks.setItems(list);
            methodStatus.setText(list.isEmpty() ? "This method has nothing left to recommend that the user has not rated."
                    : list.size() + " movies the user has not rated, best first.");
        } catch (MethodUnavailableException | InvalidInputException e) {
            shownPicks = List.of();
            picks.setItems(List.of());
            methodStatus.setText(e.getMessage());
        }
    }

    private static Paragraph intro() {
        Paragraph intro = new Paragraph("What a MovieLens user rated and what each method recommends them. Neural CF uses the taste "
                + "NeuMF learned for this very user; the other methods read their ratings as a profile (4 stars and up liked, 2 and "
                + "below disliked). The probability is NeuMF's estimate that they would watch and rate the movie. Predicted stars "
                + "come from the star model (the user's and the film's leaning, lifted towards I-AutoRec and towards the films "
                + "people rate most alike; about 0.84 stars off on ratings it never saw, see the Metrics page). It was trained on "
                + "this history, so beside their own ratings it shows how closely it fits them, not a prediction.");
        intro.addClassName("page-intro");
        return intro;
    }

    Method selectedMethod() {
        return methodOfTab.get(methods.getSelectedTab());
    }

    void selectMethod(Method method) {
        methodOfTab.forEach((tab, m) -> {
            if (m == method) {
                methods.setSelectedTab(tab);
            }
        });
    }

    private static String percent(Float probability) {
        return probability == null ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * probability);
    }

    private static String stars(Float rating) {
        return rating == null ? "–" : String.format(Locale.ROOT, "%.1f ★", rating);
    }
}
