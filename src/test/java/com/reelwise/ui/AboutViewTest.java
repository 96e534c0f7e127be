package com.reelwise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The About page covers each method, the data with its terms, the measures and the limits. */
class AboutViewTest {

    @BeforeEach
    void setUp() {
        // Only these two routes: the others need Spring beans, and MetricsView links to AboutView.
        Routes routes = new Routes();
        routes.getRoutes().addAll(Set.of(MetricsView.class, AboutView.class));
        MockVaadin.setup(routes, UI::new);
        UI.getCurrent().add(new AboutView());
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void explainsEveryMethodTheDataAndTheMeasures() {
        assertThat(_find(H2.class)).extracting(H2::getText)
                .containsExactly("The methods", "The data and their licences", "What the numbers mean", "Limits");
        assertThat(_find(H3.class)).extracting(H3::getText).contains("Popular", "NeuMF, with fold-in for you",
                "Content, with a fine-tuned MiniLM", "Cluster explore", "Next watch, a sequential model", "The taste autoencoder",
                "Hybrid, a learned ranker (the default)");
        String text = UI.getCurrent().getElement().getTextRecursively();
        assertThat(text).contains("balance slider", "HR@10", "NDCG@10", "Recall@K", "ILD@10",
                "This product uses the TMDB API but is not endorsed or certified by TMDB.",
                "add it as the secret TMDB_API_KEY");
        NativeTable sources = _find(NativeTable.class).get(0);
        assertThat(sources.getBody().getRowCount()).isEqualTo(6);
        assertThat(sources.getElement().getTextRecursively()).contains("may not be redistributed", "CC0");
    }
}
