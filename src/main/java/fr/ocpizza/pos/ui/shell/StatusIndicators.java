package fr.ocpizza.pos.ui.shell;

import fr.ocpizza.pos.ui.common.Styles;
import fr.ocpizza.pos.ui.shell.ShellViewModel.Health;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;

/**
 * Binds a status bar's two labels to the window's {@link ConnectionStatusViewModel}. The model
 * outlives the screens: it only holds weak listeners, so a screen left behind can be collected.
 */
final class StatusIndicators {

    /** The coloured dot of a status indicator (shell.css). */
    private static final String STATUS_DOT = "status-dot";
    private static final String HEALTH_LISTENER = "status-indicator-listener";

    private StatusIndicators() {
    }

    static void bind(Label databaseStatus, Label liveStatus, ConnectionStatusViewModel status) {
        databaseStatus.textProperty().bind(status.databaseStatusProperty());
        liveStatus.textProperty().bind(status.liveStatusProperty());
        showHealth(databaseStatus, status.databaseHealthProperty());
        showHealth(liveStatus, status.liveHealthProperty());
    }

    /** The indicator's colour comes from CSS, through the :up and :down pseudo-classes. */
    private static void showHealth(Label indicator, ReadOnlyObjectProperty<Health> health) {
        indicator.getStyleClass().add(Styles.STATUS_INDICATOR);
        Circle dot = new Circle(5);
        dot.getStyleClass().add(STATUS_DOT);
        indicator.setGraphic(dot);
        ChangeListener<Health> apply = (observable, before, after) -> {
            indicator.pseudoClassStateChanged(Styles.UP, after == Health.UP);
            indicator.pseudoClassStateChanged(Styles.DOWN, after == Health.DOWN);
        };
        // The label keeps its listener alive; the model only holds it weakly.
        indicator.getProperties().put(HEALTH_LISTENER, apply);
        health.addListener(new WeakChangeListener<>(apply));
        apply.changed(health, null, health.get());
    }
}
