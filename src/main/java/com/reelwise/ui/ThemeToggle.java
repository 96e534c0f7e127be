package com.reelwise.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Switches Lumo between light and dark by the {@code theme} attribute on the page's root element.
 * The choice is kept in the browser's localStorage; without one the page follows the OS setting.
 */
class ThemeToggle extends Button {

    static final String STORAGE_KEY = "reelwise-theme";

    private static final String APPLY = """
            const dark = $0;
            if (dark) { document.documentElement.setAttribute('theme', 'dark'); } else { document.documentElement.removeAttribute('theme'); }
            """;

    private boolean dark;

    ThemeToggle() {
        addClassName("theme-toggle");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        addClickListener(e -> {
            setDark(!dark);
            getElement().executeJs(APPLY + "localStorage.setItem($1, dark ? 'dark' : 'light');", dark, STORAGE_KEY);
        });
        render();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // Applied in the browser at once; the server only learns the result to label the button.
        getElement().executeJs("""
                const saved = localStorage.getItem($0);
                const dark = saved ? saved === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
                if (dark) { document.documentElement.setAttribute('theme', 'dark'); } else { document.documentElement.removeAttribute('theme'); }
                return dark;""", STORAGE_KEY).then(Boolean.class, this::setDark);
    }

    boolean isDark() {
        return dark;
    }

    private void setDark(boolean dark) {
        this.dark = dark;
        render();
    }

    private void render() {
        String label = dark ? "Switch to light theme" : "Switch to dark theme";
        setIcon((dark ? VaadinIcon.SUN_O : VaadinIcon.MOON_O).create());
        setAriaLabel(label);
        setTooltipText(label);
        getElement().setAttribute("aria-pressed", String.valueOf(dark));
        getElement().setAttribute("data-theme", dark ? "dark" : "light");
    }
}
