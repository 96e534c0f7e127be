package com.reelwise.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Any error inside the UI becomes one sentence in a notification; the stack trace goes to the log only. */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    static final String MESSAGE = "Something went wrong on our side; it has been logged. Please try again.";
    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            log.error("Error in the UI", error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> Notification.show(MESSAGE, 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR));
            }
        }));
    }
}
