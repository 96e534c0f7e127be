package com.reelwise.ui;

import com.reelwise.recommend.Recommendation;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;

/** A recommended movie: its poster card, the one-line reason, and the evidence on demand. */
public class RecommendationCard extends Div {

    private final Recommendation recommendation;

    public RecommendationCard(Recommendation recommendation) {
        this.recommendation = recommendation;
        addClassName("recommendation-card");
        MovieCard card = new MovieCard(recommendation.movie());
        Span why = new Span(recommendation.explanation().text());
        why.addClassName("why");
        add(card, why);
        if (!recommendation.explanation().details().isEmpty()) {
            UnorderedList evidence = new UnorderedList();
            recommendation.explanation().details().forEach(line -> evidence.add(new ListItem(line)));
            Details more = new Details("Why, in detail", evidence);
            more.addClassName("evidence");
            add(more);
        }
    }

    public Recommendation recommendation() {
        return recommendation;
    }
}
