package fr.ocpizza.pos.app;

import javafx.scene.Parent;

/** An FXML view once loaded: its root node and its controller. */
public record LoadedView<C>(Parent root, C controller) {
}
