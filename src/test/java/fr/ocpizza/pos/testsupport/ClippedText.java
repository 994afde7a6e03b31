package fr.ocpizza.pos.testsupport;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * What a screen cuts: labels and buttons whose skin shows less than their text (an ellipsis), and
 * visible labelled controls that lie partly outside the window. Call on the JavaFX thread after a
 * layout pass. Nodes inside a scroll pane's hidden part or in a hidden tab are not visible and are
 * not checked.
 */
public final class ClippedText {

    private ClippedText() {
    }

    /** One sentence per clipped text: "Label 'Répéter la dernière command…' of 'Répéter la dernière commande'". */
    public static List<String> in(Parent root) {
        List<String> clipped = new ArrayList<>();
        Bounds window = root.localToScene(root.getLayoutBounds());
        collect(root, window, clipped);
        return clipped;
    }

    private static void collect(Node node, Bounds window, List<String> clipped) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            String full = labeled.getText();
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && shown.isVisible() && !full.equals(shown.getText())
                        && !shown.getText().isEmpty() && shown.getText().endsWith("…")) {
                    clipped.add(labeled.getClass().getSimpleName() + " '" + shown.getText() + "' of '" + full + "'");
                }
            }
            Bounds bounds = labeled.localToScene(labeled.getLayoutBounds());
            if (insideScrollPane(labeled)) {
                // A scrolled form may hold it below the fold: the scroll bar reaches it.
            } else if (bounds.getWidth() > 0 && (bounds.getMaxX() > window.getMaxX() + 1 || bounds.getMaxY() > window.getMaxY() + 1)) {
                clipped.add(labeled.getClass().getSimpleName() + " '" + full + "' outside the window at " + bounds);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, window, clipped);
            }
        }
    }

    private static boolean insideScrollPane(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof javafx.scene.control.ScrollPane || up instanceof javafx.scene.control.TableView
                    || up instanceof javafx.scene.control.ListView || up instanceof javafx.scene.control.TableCell) {
                return true;
            }
        }
        return false;
    }
}
