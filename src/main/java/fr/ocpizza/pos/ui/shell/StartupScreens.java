package fr.ocpizza.pos.ui.shell;

import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/**
 * The screens shown around the real ones: while the terminal starts, when it could not start,
 * and while it closes. Built in code: they have no state and nothing to bind.
 */
public final class StartupScreens {

    private static final String STYLESHEET = StartupScreens.class.getResource("startup.css").toExternalForm();
    private static final String BASE_STYLESHEET = Messages.class.getResource("base.css").toExternalForm();

    private StartupScreens() {
    }

    /** "Démarrage…" with a spinner, shown at once while the database opens. */
    public static Parent starting(Messages messages) {
        return waiting(messages.get("startup.starting"), messages.get("startup.startingDetail"), "starting");
    }

    /** "Fermeture…" while the last events are published and the database closes. */
    public static Parent closing(Messages messages) {
        return waiting(messages.get("startup.closing"), messages.get("startup.closingDetail"), "closing");
    }

    /**
     * "Fermeture…" whose detail line follows {@code progress} ("Fermeture en cours… événements
     * envoyés : 3"), shown while the terminal finishes its work and closes.
     */
    public static Parent closing(Messages messages, ObservableStringValue progress) {
        Label detail = label(messages.get("startup.closingDetail"), Styles.MUTED);
        detail.setId("closingProgress");
        detail.textProperty().bind(progress);
        return screen("closing", new ProgressIndicator(), label(messages.get("startup.closing"), Styles.TITLE), detail);
    }

    /**
     * The terminal could not start: a French headline, what to do (the exception's message,
     * written for the person who runs the terminal) and a Quit button. Never a stack trace.
     */
    public static Parent failed(Messages messages, String whatToDo, Runnable onQuit) {
        Label headline = label(messages.get("startup.failed"), Styles.TITLE);
        headline.getStyleClass().add(Styles.DANGER);
        Label hint = label(messages.get("startup.failedHint"), Styles.MUTED);
        Label detailTitle = label(messages.get("startup.detail"), Styles.STARTUP_DETAIL_TITLE);
        Label detail = label(whatToDo, Styles.STARTUP_DETAIL);
        detail.setId("startupError");
        Button quit = new Button(messages.get("startup.quit"));
        quit.setId("quitButton");
        quit.getStyleClass().add(Styles.ACCENT);
        quit.setDefaultButton(true);
        quit.setOnAction(event -> onQuit.run());
        return screen("failed", headline, hint, detailTitle, detail, quit);
    }

    private static Parent waiting(String title, String detail, String id) {
        ProgressIndicator spinner = new ProgressIndicator();
        return screen(id, spinner, label(title, Styles.TITLE), label(detail, Styles.MUTED));
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static Parent screen(String id, javafx.scene.Node... children) {
        VBox box = new VBox(children);
        box.setId(id);
        box.getStyleClass().addAll(Styles.SCREEN, Styles.STARTUP);
        box.getStylesheets().addAll(BASE_STYLESHEET, STYLESHEET);
        return box;
    }
}
