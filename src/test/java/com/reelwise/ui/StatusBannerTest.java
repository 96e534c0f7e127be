package com.reelwise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.reelwise.training.ModelStatus;
import com.reelwise.training.ModelStatus.State;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The banner under the header: training progress, damaged models with their fix, nothing when all is well. */
class StatusBannerTest {

    private final AtomicReference<List<ModelStatus>> models = new AtomicReference<>();
    private StatusBanner banner;

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes(), UI::new);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private void show(ModelStatus... statuses) {
        models.set(List.of(statuses));
        banner = new StatusBanner(models::get);
        UI.getCurrent().add(banner);
    }

    private List<String> texts() {
        return _find(banner, Span.class).stream().map(Span::getText).toList();
    }

    @Test
    void trainingShowsThePercentageAndPollsUntilEverythingSettles() {
        show(new ModelStatus("Neural CF", State.TRAINING, 0.42, "Training the neural CF model on ml-latest-small: epoch 4 of 10."),
                new ModelStatus("Content", State.READY, 1, "Content model loaded."));

        assertThat(banner.isVisible()).isTrue();
        assertThat(texts()).containsExactly("Training the neural CF model on ml-latest-small: epoch 4 of 10. (42%)");
        assertThat(_find(banner, ProgressBar.class)).singleElement().satisfies(bar -> assertThat(bar.getValue()).isEqualTo(0.42));
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(StatusBanner.POLL_MILLIS);

        models.set(List.of(new ModelStatus("Neural CF", State.READY, 1, "Neural CF model loaded."),
                new ModelStatus("Content", State.READY, 1, "Content model loaded.")));
        banner.refresh(UI.getCurrent());

        assertThat(banner.isVisible()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void aDamagedModelNamesTheFolderAndTheFixAsPlainText() {
        String message = "The neural CF model files in /models/ncf/<b>ml</b>-1 are damaged (truncated). "
                + "Delete the folder to retrain on the next start, or run: mvn -q compile exec:java@train";
        show(new ModelStatus("Neural CF", State.UNAVAILABLE, 0, message), new ModelStatus("Content", State.READY, 1, "ok"));

        assertThat(texts()).containsExactly(message);
        assertThat(_find(banner, ProgressBar.class)).isEmpty();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        // Text, not HTML: the markup in the path stays visible characters.
        assertThat(banner.getElement().getOuterHTML()).contains("&lt;b&gt;ml&lt;/b&gt;");
    }

    @Test
    void nothingToSayHidesTheBanner() {
        show(new ModelStatus("Neural CF", State.READY, 1, "ok"), new ModelStatus("Content", State.READY, 1, "ok"));

        assertThat(banner.isVisible()).isFalse();
        assertThat(texts()).isEmpty();
    }
}
