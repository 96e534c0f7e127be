package com.reelwise.ui;

import com.reelwise.recommend.Recommendation;
import com.reelwise.recommend.ScoreParts;
import com.reelwise.results.WatchChances;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

/**
 * A recommended movie: poster card, score, the one-line reason, the evidence on demand (score split bar, the
 * person's movies that drove it, the other evidence lines), links out, and the person's buttons. The card only
 * fires its callbacks; the page decides what a like or a dislike does.
 */
public class RecommendationCard extends Div {

    /** What the card's buttons ask the page to do. */
    public interface Actions {
        void like(Recommendation r);

        void dislike(Recommendation r);

        void toggleMyFilms(Recommendation r);
    }

    private static final Actions NONE = new Actions() {
        public void like(Recommendation r) { }

        public void dislike(Recommendation r) { }

        public void toggleMyFilms(Recommendation r) { }
    };

    private final Recommendation recommendation;

    public RecommendationCard(Recommendation recommendation) {
        this(recommendation, null, List.of(), false, false, NONE);
    }

    /**
     * @param chance  what its place in the list has meant in the harness, the same for every method; null: not measured
     * @param drivers titles of the person's movies that drove this recommendation, strongest first
     * @param saved   whether the movie is in the person's My films
     * @param liked   whether the person liked it from this list (it stays, marked, until the next Recommend)
     */
    public RecommendationCard(Recommendation recommendation, WatchChances.Chance chance, List<String> drivers, boolean saved, boolean liked,
                              Actions actions) {
        this.recommendation = recommendation;
        addClassName("recommendation-card");
        String title = recommendation.movie().titleWithYear();
        var card = MovieView.linkedCard(recommendation.movie());
        // A share of people a person can read; the method's own score (3.70, 0.60) means nothing to them, so
        // where no share was measured the card shows none (the API still gives the score).
        Span score = new Span(chance == null ? "" : chance.percent() + " went on to watch it");
        score.addClassName("score");
        score.setVisible(chance != null);
        if (chance != null) {
            score.setTitle(chance.meaning());
        }
        Span why = new Span(recommendation.explanation().text());
        why.addClassName("why");
        add(card, score, why, evidence(drivers), ExternalLinks.of(recommendation.movie()));

        Button like = new Button(VaadinIcon.THUMBS_UP.create(), e -> actions.like(recommendation));
        like.setAriaLabel(liked ? "Liked " + title + ": in your picks" : "Like " + title);
        like.setTooltipText(liked ? "In your picks: the next Recommend uses it" : "Like: it joins your picks");
        like.getElement().setAttribute("aria-pressed", String.valueOf(liked));
        like.setEnabled(!liked);
        if (liked) {
            addClassName("liked");
        }
        Button dislike = new Button(VaadinIcon.THUMBS_DOWN.create(), e -> actions.dislike(recommendation));
        dislike.setAriaLabel("Dislike " + title);
        dislike.setTooltipText("Dislike: hide it and recommend less like it");
        Button keep = new Button(saved ? "★ In My films" : "☆ My films", e -> actions.toggleMyFilms(recommendation));
        keep.setAriaLabel((saved ? "Remove " + title + " from" : "Add " + title + " to") + " My films");
        keep.getElement().setAttribute("aria-pressed", String.valueOf(saved));
        for (Button b : List.of(like, dislike, keep)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        keep.addClassName("keep");
        Div buttons = new Div(like, dislike, keep);
        buttons.addClassName("card-actions");
        add(buttons);
    }

    private Details evidence(List<String> drivers) {
        Div body = new Div();
        Double cf = recommendation.cfScore();
        Double content = recommendation.contentScore();
        ScoreParts parts = recommendation.parts();
        if (parts != null && parts.collaborative() != null) {
            long[] pct = parts.percentages();
            Div cfPart = new Div();
            cfPart.addClassName("cf");
            cfPart.getStyle().set("width", pct[0] + "%");
            Div bar = new Div(cfPart);
            bar.addClassName("split-bar");
            String split = "collaborative " + pct[0] + "% · content " + pct[1] + "% · popularity " + pct[2] + "%"
                    + (pct[3] > 0 ? " · mood " + pct[3] + "%" : "");
            bar.getElement().setAttribute("role", "img");
            bar.getElement().setAttribute("aria-label", split);
            Span legend = new Span(split);
            legend.addClassName("split-legend");
            body.add(bar, legend);
        } else if (cf != null && content != null) {
            double total = Math.abs(cf) + Math.abs(content);
            long cfPercent = total == 0 ? 0 : Math.round(100 * Math.abs(cf) / total);
            Div cfPart = new Div();
            cfPart.addClassName("cf");
            cfPart.getStyle().set("width", cfPercent + "%");
            Div bar = new Div(cfPart);
            bar.addClassName("split-bar");
            bar.getElement().setAttribute("role", "img");
            bar.getElement().setAttribute("aria-label", cfPercent + "% collaborative, " + (100 - cfPercent) + "% content");
            Span legend = new Span("collaborative " + cfPercent + "% · content " + (100 - cfPercent) + "%");
            legend.addClassName("split-legend");
            body.add(bar, legend);
        }
        if (!drivers.isEmpty()) {
            Span because = new Span("Driven by: " + String.join(", ", drivers));
            because.addClassName("drivers");
            body.add(because);
        }
        UnorderedList lines = new UnorderedList();
        recommendation.explanation().details().stream().filter(line -> !line.startsWith("Score split"))
                .forEach(line -> lines.add(new ListItem(line)));
        if (lines.getChildren().findAny().isPresent()) {
            body.add(lines);
        }
        Details more = new Details("Why, in detail", body);
        more.addClassName("evidence");
        return more;
    }

    public Recommendation recommendation() {
        return recommendation;
    }
}
