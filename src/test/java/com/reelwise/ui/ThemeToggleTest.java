package com.reelwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The header's light/dark switch: its state and what it tells screen readers (the browser test checks the page). */
class ThemeToggleTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes().autoDiscoverViews("com.reelwise.ui"), UI::new);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void clickingSwitchesBetweenLightAndDarkAndSaysWhatItWillDo() {
        ThemeToggle toggle = new ThemeToggle();
        UI.getCurrent().add(toggle);
        assertThat(toggle.isDark()).isFalse();
        assertThat(toggle.getElement().getAttribute("aria-label")).isEqualTo("Switch to dark theme");
        assertThat(toggle.getElement().getAttribute("aria-pressed")).isEqualTo("false");

        ButtonKt._click(toggle);

        assertThat(toggle.isDark()).isTrue();
        assertThat(toggle.getElement().getAttribute("aria-label")).isEqualTo("Switch to light theme");
        assertThat(toggle.getElement().getAttribute("aria-pressed")).isEqualTo("true");

        ButtonKt._click(toggle);

        assertThat(toggle.isDark()).isFalse();
        assertThat(toggle.getElement().getAttribute("data-theme")).isEqualTo("light");
    }

    @Test
    void theLayoutHeaderHasTheToggleAndEveryPageLink() {
        MainLayout layout = new MainLayout(new StatusBanner(List::of));
        UI.getCurrent().add(layout);

        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(layout, ThemeToggle.class)).hasSize(1);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(layout, com.vaadin.flow.router.RouterLink.class))
                .extracting(com.vaadin.flow.router.RouterLink::getText).containsExactly("Search", "Recommend", "My films", "Map", "Users", "Metrics", "About");
    }
}
