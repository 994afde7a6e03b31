package fr.ocpizza.pos.ui.common;

import javafx.beans.binding.StringExpression;
import javafx.scene.control.Label;

/** A form's error or notice line: shows the view model's sentence, and takes no room while it is empty. */
public final class MessageLabels {

    private MessageLabels() {
    }

    public static void show(Label label, StringExpression sentence) {
        label.textProperty().bind(sentence);
        label.visibleProperty().bind(sentence.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
