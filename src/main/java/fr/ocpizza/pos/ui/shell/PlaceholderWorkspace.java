package fr.ocpizza.pos.ui.shell;

import fr.ocpizza.pos.ui.common.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** What a role sees until its workspace is built: one calm line naming the workspace. */
public final class PlaceholderWorkspace implements Workspace {

    private final String text;

    /** @param text the line to show, already localized */
    public PlaceholderWorkspace(String text) {
        this.text = text;
    }

    @Override
    public Node view() {
        Label line = new Label(text);
        line.setId("workspacePlaceholder");
        line.setWrapText(true);
        line.getStyleClass().add(Styles.PLACEHOLDER);
        return new StackPane(line);
    }
}
