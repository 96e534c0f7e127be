package com.reelwise.ui;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.config.HybridProperties;
import com.reelwise.people.ProfileStore;
import com.reelwise.problems.InvalidInputException;
import com.reelwise.recommend.CandidateSearch;
import com.reelwise.recommend.Filters;
import com.reelwise.recommend.Method;
import com.reelwise.recommend.MethodUnavailableException;
import com.reelwise.recommend.Profile;
import com.reelwise.recommend.Recommendation;
import com.reelwise.recommend.RecommendationRequest;
import com.reelwise.recommend.Recommendations;
import com.reelwise.recommend.RequestValidator;
import com.reelwise.results.WatchChances;
import com.reelwise.search.TitleSearch;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Name three or more films, optionally a mood, pick a method, balance and discovery: recommendations with reasons, which
 * re-rank as the sliders move. The picks are the visitor's saved likes; like, dislike and "My films" on a card save
 * at once. {@code ?liked=1,3114,4886&method=content} opens someone else's picks (not saved) and runs at once.
 */
@Route(value = "recommend", layout = MainLayout.class)
@PageTitle("Reelwise: recommendations")
public class RecommendView extends VerticalLayout implements BeforeEnterObserver {

    static final List<Integer> COUNTS = List.of(6, 12, 24, 48);

    private final Recommendations recommendations;
    private final Catalog catalog;
    private final MyLists mine;
    private final List<Movie> picks = new ArrayList<>();
    private final Set<Integer> disliked = new LinkedHashSet<>();
    private final Set<Integer> saved = new LinkedHashSet<>();
    private final List<Recommendation> shown = new ArrayList<>();
    /** Non-null while the picks are borrowed (an example or a shared link) rather than the visitor's own. */
    private String borrowed;

    private final ComboBox<Movie> picker = new ComboBox<>("Movies you love");
    private final PickChips chips = new PickChips(this::removePick);
    private final Paragraph borrowedNote = new Paragraph();
    private final TextField mood = new TextField("In the mood for (optional)");
    private final Select<Method> method = new Select<>();
    private final SliderField alpha = new SliderField("alpha", "Balance", "like the films' stories", "like people like you", 50);
    private final SliderField discovery = new SliderField("discovery", "Discovery", "well known", "hidden gems", 0);
    private final SliderField diversity = new SliderField("diversity", "Diversity", "similar", "varied", 0);
    private final MultiSelectComboBox<String> genres = new MultiSelectComboBox<>("Genres");
    private final IntegerField yearFrom = new IntegerField("From year");
    private final IntegerField yearTo = new IntegerField("To year");
    private final IntegerField minRatings = new IntegerField("Min. ratings");
    private final Select<Integer> count = new Select<>();
    private final Select<CandidateSearch> candidates = new Select<>();
    private final Button go = new Button("Recommend", VaadinIcon.MAGIC.create());
    private final Span goReason = new Span();
    private final Paragraph notice = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final Div results = new Div();
    private final TextField profileName = new TextField("Your profile");
    private final RouterLink myFilmsLink = new RouterLink("My films", MyFilmsView.class);

    private final WatchChances chances;
    /** The method that made {@code shown}: the chance of a place belongs to it, even after the menu changes. */
    private Method shownBy;

    public RecommendView(TitleSearch titleSearch, Recommendations recommendations, Catalog catalog, ProfileStore store,
                         ProfileCookie cookie, ExampleProfiles examples, HybridProperties hybrid, WatchChances chances) {
        this.recommendations = recommendations;
        this.chances = chances;
        this.catalog = catalog;
        this.mine = MyLists.open(store, cookie);
        addClassName("recommend-view");

        setUpPicker(titleSearch);
        Div profileBar = profileBar();
        Div exampleRow = exampleRow(examples);
        setUpMood();
        Div controls = controls(hybrid);
        Details filters = filters(catalog);
        Div goRow = goRow();
        add(new H2("Get recommendations"), profileBar, notice, picker, exampleRow, chips, borrowedNote, mood, controls, filters, goRow,
                status, results);
        loadOwnLists();
        showProblem(mine.problem());
    }

    /** The title box: typo-tolerant search with posters, a sentence when nothing matches, Enter takes the first film. */
    private void setUpPicker(TitleSearch titleSearch) {
        picker.setItems(query -> {
            String typed = query.getFilter().orElse("");
            List<Movie> found = titleSearch.search(typed, query.getOffset() + query.getLimit());
            if (query.getOffset() == 0) {
                // An empty list under the box says nothing; a sentence does.
                picker.setHelperText(found.isEmpty() && !typed.isBlank() ? "No film here matches \u201c" + typed.strip() + "\u201d." : null);
            }
            return found.stream().skip(query.getOffset());
        });
        picker.setItemLabelGenerator(Movie::titleWithYear);
        picker.setRenderer(LitRenderer.<Movie>of("""
                        <div class="pick-option"><img src="${item.poster}" alt="" width="32" height="48" loading="lazy"
                        onerror="this.style.visibility='hidden'"><span>${item.title}</span></div>""")
                .withProperty("poster", m -> m.hasPoster() ? m.posterUrl() : PosterPlaceholder.dataUri(m.title(), m.year()))
                .withProperty("title", Movie::titleWithYear));
        picker.setPlaceholder("Type a title…");
        picker.setWidthFull();
        // Enter takes the first suggestion when none is highlighted: people type "godfater", see the film at the top
        // and press Enter, and the combo box alone would keep nothing. Runs before the box's own Enter handling.
        picker.getElement().executeJs("""
                const box = this;
                box.addEventListener('keydown', e => {
                  const first = box.filteredItems && box.filteredItems[0];
                  if (e.key === 'Enter' && box.opened && box._focusedIndex < 0 && first && first.key !== undefined) {
                    box._focusedIndex = 0;
                  }
                }, true);""");
        picker.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                addPick(e.getValue());
                picker.clear();
            }
        });
        chips.getElement().setAttribute("aria-label", "Your picks");
        borrowedNote.addClassName("borrowed");
    }

    private Div exampleRow(ExampleProfiles examples) {
        Div exampleRow = new Div(new Span("Or start from an example:"));
        exampleRow.addClassName("examples");
        for (ExampleProfiles.Example example : examples.examples()) {
            Button b = new Button(example.name(), e -> borrow(example.name(), example.movies()));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            b.setTooltipText(example.movies().stream().map(Movie::title).reduce((a, c) -> a + ", " + c).orElse(""));
            exampleRow.add(b);
        }
        return exampleRow;
    }

    private void setUpMood() {
        mood.setPlaceholder("e.g. a slow-burning heist with a great score");
        mood.setMaxLength(RequestValidator.MAX_MOOD_CHARS);
        mood.setWidthFull();
        // The limit is shown as it fills, so a long paste is not cut without a word.
        mood.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        mood.addValueChangeListener(e -> mood.setHelperText(e.getValue().isEmpty() ? null
                : e.getValue().length() + " / " + RequestValidator.MAX_MOOD_CHARS + " characters"));
    }

    /** Method, balance, discovery and diversity; the two hybrid-only sliders hide for the other methods. */
    private Div controls(HybridProperties hybrid) {
        method.setLabel("Method");
        method.setItems(Method.values());
        method.setItemLabelGenerator(MethodLabels::of);
        method.setValue(Method.HYBRID);
        method.setHelperText(MethodLabels.hint(Method.HYBRID));
        // wide enough for its hint to read as a sentence, not a column
        method.setWidth("20em");
        method.setMaxWidth("100%");
        alpha.setTitle("Middle: the learned ranker alone. Left leans on what the films "
                + "are about, right on what people with tastes like yours watched.");
        discovery.setTitle("Right lifts films fewer people know.");
        // Starts at the default balance (the ranker alone), before the live re-rank listener.
        alpha.slider().setValue((int) Math.round(hybrid.defaultAlpha() * 100));
        alpha.slider().addValueChangeListener(e -> rerank());
        discovery.slider().addValueChangeListener(e -> rerank());
        diversity.slider().addValueChangeListener(e -> rerank());
        method.addValueChangeListener(e -> {
            boolean hybridChosen = e.getValue() == Method.HYBRID;
            method.setHelperText(e.getValue() == null ? null : MethodLabels.hint(e.getValue()));
            alpha.setVisible(hybridChosen);
            discovery.setVisible(hybridChosen);
            if (e.isFromClient() && e.getValue() != null) {
                // The address keeps the method, so a reload (or a shared address) shows the list made the same way.
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                        new com.vaadin.flow.router.Location("recommend", QueryParameters.of("method", e.getValue().id()))));
            }
        });
        Div controls = new Div(method, alpha, discovery, diversity);
        controls.addClassName("controls");
        return controls;
    }

    private Details filters(Catalog catalog) {
        genres.setItems(new TreeSet<>(catalog.movies().stream().flatMap(m -> m.genres().stream()).toList()));
        genres.setPlaceholder("Any");
        for (IntegerField year : List.of(yearFrom, yearTo)) {
            year.setMin(1870);
            year.setMax(2100);
            year.setPlaceholder("any");
        }
        minRatings.setMin(0);
        minRatings.setPlaceholder("0");
        minRatings.setHelperText("0 lets in films nobody rated");
        count.setLabel("Results");
        count.setItems(COUNTS);
        count.setValue(12);
        candidates.setLabel("Content candidates");
        candidates.setItems(CandidateSearch.values());
        candidates.setItemLabelGenerator(c -> switch (c) {
            case AUTO -> "Automatic";
            case EXACT -> "Exact: every film scored";
            case HNSW -> "Approximate: HNSW index";
        });
        candidates.setValue(CandidateSearch.AUTO);
        candidates.setHelperText("Content and hybrid; automatic takes the index from " + String.format("%,d", CandidateSearch.HNSW_FROM_FILMS) + " films");
        Div filterFields = new Div(genres, yearFrom, yearTo, minRatings, count, candidates);
        filterFields.addClassName("filter-fields");
        Details filters = new Details("Filters", filterFields);
        filters.addClassName("filters");
        return filters;
    }

    /** The Recommend button with its reason beside it, and the status line and cards it fills. */
    private Div goRow() {
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClickListener(e -> {
            recommend();
            // On a phone the list starts two screens down: bring it into view.
            status.scrollIntoView();
        });
        goReason.addClassName("go-reason");
        goReason.setId("go-reason");
        go.getElement().setAttribute("aria-describedby", "go-reason");
        Div goRow = new Div(go, goReason);
        goRow.addClassName("go-row");
        notice.addClassName("notice");
        status.addClassName("status");
        status.getElement().setAttribute("aria-live", "polite");
        results.addClassName("card-grid");
        return goRow;
    }

    /** The profile's name (renamable) and the link to My films. */
    private Div profileBar() {
        profileName.setValue(mine.name());
        profileName.setMaxLength(80);
        profileName.setPlaceholder("Made when you first pick a film");
        profileName.setHelperText("Your picks, likes and My films are saved under this name in this browser.");
        profileName.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && !e.getValue().isBlank()) {
                save(() -> mine.rename(e.getValue()), "Renamed.");
            }
        });
        Div profileBar = new Div(profileName, myFilmsLink);
        profileBar.addClassName("profile-bar");
        return profileBar;
    }

    private void loadOwnLists() {
        picks.clear();
        mine.liked().stream().map(catalog::byId).flatMap(Optional::stream).forEach(picks::add);
        disliked.clear();
        disliked.addAll(mine.disliked());
        saved.clear();
        saved.addAll(mine.myFilms());
        borrowed = null;
        refreshPicks();
        refreshMyFilmsLink();
    }

    /** A person back with enough saved picks (a reload, a return visit) sees their list again without a click. */
    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (shown.isEmpty() && picks.size() >= RequestValidator.MIN_LIKED) {
            recommend();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters params = event.getLocation().getQueryParameters();
        params.getSingleParameter("liked").ifPresent(ids -> {
            List<Movie> linked = new ArrayList<>();
            for (String id : ids.split(",")) {
                parseId(id).flatMap(catalog::byId).filter(m -> !linked.contains(m)).ifPresent(linked::add);
            }
            borrow("a shared link", linked);
        });
        params.getSingleParameter("method").ifPresent(name -> {
            try {
                method.setValue(Method.parse(name));
            } catch (InvalidInputException unknown) {
                status.setText(unknown.getMessage());
            }
        });
        if (picks.size() >= RequestValidator.MIN_LIKED && params.getSingleParameter("liked").isPresent()) {
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

    /** Shows someone else's picks (an example, a shared link) without touching the visitor's saved likes. */
    private void borrow(String from, List<Movie> movies) {
        picks.clear();
        picks.addAll(movies);
        borrowed = from;
        refreshPicks();
    }

    private void addPick(Movie movie) {
        if (picks.contains(movie)) {
            status.setText(movie.titleWithYear() + " is already in your picks.");
            return;
        }
        picks.add(movie);
        disliked.remove(movie.movieId());
        if (borrowed == null) {
            save(() -> mine.like(movie.movieId()), null);
        }
        refreshPicks();
    }

    private void removePick(Movie movie) {
        picks.remove(movie);
        if (borrowed == null) {
            save(() -> mine.clearVerdict(movie.movieId()), null);
        }
        refreshPicks();
    }

    private void refreshPicks() {
        chips.show(picks);
        borrowedNote.removeAll();
        borrowedNote.setVisible(borrowed != null);
        if (borrowed != null) {
            Button back = new Button("Back to my own picks", e -> loadOwnLists());
            back.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            borrowedNote.add(new Span("These picks come from " + borrowed + "; they are not saved to your profile (Like on a card saves it). "),
                    back);
        }
        int missing = RequestValidator.MIN_LIKED - picks.size();
        go.setEnabled(missing <= 0);
        String reason = missing > 0 ? "Pick " + missing + " more movie" + (missing == 1 ? "" : "s") + " you love" : null;
        go.setTooltipText(reason);
        goReason.setText(reason == null ? "" : reason + " to get recommendations.");
        if (missing > 0) {
            status.setText("Pick at least " + RequestValidator.MIN_LIKED + " movies you love (" + missing + " to go).");
        } else if (status.getText().startsWith("Pick at least")) {
            // the count said "to go" a pick ago: never leave it behind once there are enough
            status.setText(shown.isEmpty() ? "Ready: press Recommend." : "");
        }
    }

    /** The sliders re-rank what is shown, without a new click. */
    private void rerank() {
        if (!shown.isEmpty() && picks.size() >= RequestValidator.MIN_LIKED) {
            recommend();
        }
    }

    RecommendationRequest request() {
        List<Integer> liked = picks.stream().map(Movie::movieId).toList();
        List<Integer> against = disliked.stream().filter(id -> !liked.contains(id)).toList();
        Profile profile = new Profile(liked, against, List.of(), mood.getValue());
        Filters filters = new Filters(genres.getValue(), yearFrom.getValue(), yearTo.getValue(),
                minRatings.getValue() == null ? 0 : minRatings.getValue());
        return new RecommendationRequest(profile, method.getValue(), filters, Objects.requireNonNullElse(count.getValue(), 12),
                alpha.fraction(), diversity.fraction(), null, discovery.fraction(), candidates.getValue());
    }

    private void recommend() {
        shown.clear();
        try {
            RecommendationRequest request = request();
            shown.addAll(recommendations.recommend(request));
            shownBy = request.method();
            String said = shown.isEmpty() ? "Nothing left to recommend with these settings; widen the filters." : "Because of what you picked:";
            Method chosen = method.getValue();
            if (chosen != null && !chosen.readsMood() && !mood.getValue().isBlank()) {
                said += " (this method does not read the mood sentence; the hybrid and content methods do)";
            }
            status.setText(said);
        } catch (InvalidInputException | MethodUnavailableException e) {
            status.setText(e.getMessage());
        }
        renderCards();
    }

    private void renderCards() {
        results.removeAll();
        for (int i = 0; i < shown.size(); i++) {
            Recommendation r = shown.get(i);
            WatchChances.Chance chance = shownBy == null ? null : chances.at(shownBy, i + 1).orElse(null);
            List<String> drivers = r.explanation().becauseOf().stream().limit(3).map(catalog::byId).flatMap(Optional::stream)
                    .map(Movie::title).toList();
            results.add(new RecommendationCard(r, chance, drivers, saved.contains(r.movie().movieId()), picks.contains(r.movie()), cardActions));
        }
    }

    private final RecommendationCard.Actions cardActions = new RecommendationCard.Actions() {
        @Override
        public void like(Recommendation r) {
            Movie movie = r.movie();
            if (!picks.contains(movie)) {
                picks.add(movie);
            }
            disliked.remove(movie.movieId());
            save(() -> mine.like(movie.movieId()), "Liked " + movie.title() + "; it joins your picks for the next Recommend.");
            refreshPicks();
            // The list stays as it is, the card marked: a like that reshuffled everything lost what the person was reading.
            renderCards();
        }

        @Override
        public void dislike(Recommendation r) {
            Movie movie = r.movie();
            picks.remove(movie);
            disliked.add(movie.movieId());
            shown.remove(r);
            renderCards();
            refreshPicks();
            save(() -> mine.dislike(movie.movieId()), "Hid " + movie.title() + "; it counts as disliked.");
        }

        @Override
        public void toggleMyFilms(Recommendation r) {
            int id = r.movie().movieId();
            if (saved.remove(id)) {
                save(() -> mine.removeFilm(id), "Removed " + r.movie().title() + " from My films.");
            } else {
                saved.add(id);
                save(() -> mine.addFilm(id), "Added " + r.movie().title() + " to My films.");
            }
            renderCards();
            refreshMyFilmsLink();
        }
    };

    /** Runs a change to the saved lists; what went wrong is shown as a sentence, the page keeps the change in memory. */
    private void save(Runnable change, String done) {
        try {
            change.run();
            showProblem(null);
            if (done != null) {
                status.setText(done);
            }
            // The first save makes the profile: show its name at once, not after a reload.
            if (profileName.getValue().isEmpty() && mine.name() != null && !mine.name().isEmpty()) {
                profileName.setValue(mine.name());
            }
        } catch (RuntimeException e) {
            showProblem(e.getMessage() + " (kept on this page only)");
        }
    }

    private void showProblem(String problem) {
        notice.setText(problem == null ? "" : problem);
        notice.setVisible(problem != null);
    }

    private void refreshMyFilmsLink() {
        myFilmsLink.setText("My films (" + saved.size() + ")");
    }
}
